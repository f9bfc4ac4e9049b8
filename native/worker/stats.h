/* Clocks and process statistics. */
#ifndef ZMQBENCH_STATS_H
#define ZMQBENCH_STATS_H

#include <stdint.h>

/* CLOCK_MONOTONIC in ns. */
int64_t now_ns(void);

/* When a blocking receive gives up after timeout_ms, the last message went through about
 * timeout_ms before `now`; an interval ends there, not at the give-up (accurate to ~1 ms, libzmq's
 * timeout clock), and not before `start`. Reading the clock on every message instead would slow
 * the floor down. */
int64_t before_timeout(int64_t now, int timeout_ms, int64_t start);

/* User + system CPU time of the whole process (all threads) in ns, from getrusage(RUSAGE_SELF). */
int64_t cpu_ns(void);

/* Peak resident set size of the process in KiB (ru_maxrss, which is VmHWM on Linux). */
int64_t peak_rss_kb(void);

#endif

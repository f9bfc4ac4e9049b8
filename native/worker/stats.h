/* Clocks and process statistics. */
#ifndef ZMQBENCH_STATS_H
#define ZMQBENCH_STATS_H

#include <stdint.h>

/* CLOCK_MONOTONIC in ns. */
int64_t now_ns(void);

/* User + system CPU time of the whole process (all threads) in ns, from getrusage(RUSAGE_SELF). */
int64_t cpu_ns(void);

/* Peak resident set size of the process in KiB (ru_maxrss, which is VmHWM on Linux). */
int64_t peak_rss_kb(void);

#endif

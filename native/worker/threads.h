/* Per-thread accounting of a side's metered span, as zmqbench.protocol.ThreadCosts: each class of
 * the process's threads (application, libzmq's I/O and reaper threads, other), from
 * /proc/self/task/N/{comm,stat,schedstat,sched}, read at the span's ends only.
 *
 * The meter is the calling thread's own (thread-local): with --role both each side runs on its
 * own thread and meters its own span, as the one cpu_ns() pair beside it does. */
#ifndef ZMQBENCH_THREADS_H
#define ZMQBENCH_THREADS_H

#include <stdint.h>

#include "json.h"

enum thread_class { THREAD_APPLICATION, THREAD_LIBZMQ_IO, THREAD_OTHER, THREAD_CLASSES };

struct thread_class_cost {
    int64_t threads, user_ns, system_ns, run_ns, run_wait_ns, voluntary, involuntary, migrations;
};

struct thread_costs {
    struct thread_class_cost of[THREAD_CLASSES];
};

/* The span starts: every thread's counters are kept; returns cpu_ns(), read after them. */
int64_t meter_start(void);
/* The span ends (again, for a span that grows slice by slice): returns cpu_ns(), read before the
 * threads, whose counters since meter_start become meter_threads(). */
int64_t meter_stop(void);
/* What each class spent between this thread's meter_start and its last meter_stop (zeros before). */
struct thread_costs meter_threads(void);
/* "threads":{"classes":[{"name":..,"threads":..,...},..]}: the classes that had a thread at the end. */
void print_thread_costs(struct json *j, const struct thread_costs *t);

#endif

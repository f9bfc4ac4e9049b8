/* Command-line options of the C worker (see zmqbench/worker/package-info.java). */
#ifndef ZMQBENCH_ARGS_H
#define ZMQBENCH_ARGS_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#include "pattern.h"

struct scenario_def; /* scenario.h: one per scenario, each in its own file */
enum role { ROLE_BIND, ROLE_CONNECT, ROLE_BOTH };
/* How the warm-up ends: after --warmup N messages, after --warmup-ms MS, or at steady state
 * (--warmup-auto CAP_MS: at most CAP_MS). */
enum warmup_kind { WARMUP_COUNT, WARMUP_TIME, WARMUP_AUTO };
/* How the measurement ends: after --count N messages, after --measure-ms MS, or (--slices) it is
 * the slices the parent asks for on stdin (slices.h). */
enum measure_kind { MEASURE_COUNT, MEASURE_TIME, MEASURE_SLICES };

/* Defaults of the steady-state test, the Java worker's (WorkerArgs). */
#define DEFAULT_WINDOW_MS 100
#define DEFAULT_STEADY_WINDOWS 5
#define DEFAULT_STEADY_TOLERANCE_PCT 5.0
#define MAX_STEADY_WINDOWS 1000

struct config {
    bool describe;
    bool slices;              /* --slices: measured in slices the parent asks for (slices.h) */
    const char *backend;
    const struct scenario_def *scenario;
    const char *scenario_name;
    enum role role;
    const char *role_name;
    const struct pattern *pattern;
    const char *endpoint;
    int size;
    enum warmup_kind warmup_kind;
    int64_t warmup;           /* WARMUP_COUNT: messages / round trips */
    int64_t warmup_ms;        /* WARMUP_TIME: the duration; WARMUP_AUTO: the cap */
    enum measure_kind measure_kind;
    int64_t count;            /* MEASURE_COUNT: messages / round trips */
    int64_t measure_ms;       /* MEASURE_TIME */
    int64_t window_ms;        /* timeline window */
    int steady_windows;       /* the last K windows must agree ... */
    double steady_tolerance;  /* ... each within +-this % of their median */
    int hwm;                  /* -1: leave libzmq's default */
    int timeout_ms;
    const char *samples_path; /* NULL: no samples file */
    int64_t rate;             /* open-loop: messages per second; 0 for other scenarios */
    bool rate_given;          /* --rate was given (open-loop requires it) */
    int64_t gap_ns;           /* sparse: quiet time before each measured round trip; 0 for other scenarios */
};

/* Parses a decimal integer in [min, max] (no sign, space or trailing text); 0 on success. */
int parse_int64(const char *s, int64_t min, int64_t max, int64_t *out);

/* true when both phases are counted: the sender knows the total and needs no `stop`. */
bool phases_counted(const struct config *cfg);

/* Fills cfg from argv. On bad or missing arguments writes a one-line message naming the option
 * and value into err and returns -1; returns 0 otherwise. */
int parse_args(int argc, char **argv, struct config *cfg, char *err, size_t errlen);

#endif

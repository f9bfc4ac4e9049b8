/* Command-line options of the C worker (see zmqbench/worker/package-info.java). */
#ifndef ZMQBENCH_ARGS_H
#define ZMQBENCH_ARGS_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#include "pattern.h"

enum scenario { SCENARIO_LATENCY, SCENARIO_THROUGHPUT, SCENARIO_OPEN_LOOP };
enum role { ROLE_BIND, ROLE_CONNECT, ROLE_BOTH };

struct config {
    bool describe;
    const char *backend;
    enum scenario scenario;
    const char *scenario_name;
    enum role role;
    const char *role_name;
    const struct pattern *pattern;
    const char *endpoint;
    int size;
    int64_t count;
    int64_t warmup;
    int hwm;                  /* -1: leave libzmq's default */
    int timeout_ms;
    const char *samples_path; /* NULL: no samples file */
    int64_t rate;             /* open-loop: messages per second; 0 for other scenarios */
};

/* Fills cfg from argv. On bad or missing arguments writes a one-line message naming the option
 * and value into err and returns -1; returns 0 otherwise. */
/* Parses a decimal integer in [min, max] (no sign, space or trailing text); 0 on success. */
int parse_int64(const char *s, int64_t min, int64_t max, int64_t *out);

int parse_args(int argc, char **argv, struct config *cfg, char *err, size_t errlen);

#endif

/* Messaging patterns: which socket types the bind and connect sides use. Adding req/rep,
 * push/pull, pub/sub or dealer/router is a new row in pattern.c (plus, for pub/sub, a
 * subscription in pattern_prepare, and for router the envelope in the echo loop). */
#ifndef ZMQBENCH_PATTERN_H
#define ZMQBENCH_PATTERN_H

#include <stdbool.h>
#include <stddef.h>

struct pattern {
    const char *name;
    int bind_type;    /* bind side: echo (latency) or receiver (throughput) */
    int connect_type; /* connect side: pinger (latency) or sender (throughput) */
    bool latency;     /* usable for the latency scenario (needs two-way traffic) */
    bool throughput;  /* usable for the throughput scenario */
};

/* The pattern called name, or NULL. */
const struct pattern *pattern_find(const char *name);

/* Writes the supported pattern names, comma separated, into buf. */
void pattern_names(char *buf, size_t len);

/* Pattern-specific socket options, before bind/connect (e.g. ZMQ_SUBSCRIBE). 0 or -1 (errno). */
int pattern_prepare(const struct pattern *p, void *socket, bool bind_side);

#endif

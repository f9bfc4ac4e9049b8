/* Messaging patterns: which socket types the bind and connect sides use, which scenarios they
 * can run, and what each side must do beyond plain send/receive. The same table as the Java
 * worker's zmqbench.scenario.Pattern: names, sides, refusal messages and minimum sizes agree. */
#ifndef ZMQBENCH_PATTERN_H
#define ZMQBENCH_PATTERN_H

#include <stdbool.h>
#include <stddef.h>

struct pattern {
    const char *name;
    int bind_type;    /* bind side: echo (latency) or receiver (throughput) */
    int connect_type; /* connect side: pinger (latency) or sender (throughput) */
    bool latency;     /* usable for the latency scenario (needs two-way traffic) */
    bool throughput;  /* usable for the throughput scenario (a one-way stream) */
    bool envelope;    /* bind side receives a routing-id frame before each payload (ROUTER) and
                       * replies through it */
    bool sequenced;   /* pub-sub: numbered payloads, a subscription, drops counted (pubsub.h) */
};

/* The pattern called name, or NULL. */
const struct pattern *pattern_find(const char *name);

/* Writes the supported pattern names, comma separated, into buf. */
void pattern_names(char *buf, size_t len);

/* 0 when the pattern can run the scenario (latency or throughput) with size-byte payloads;
 * otherwise -1 and why not in err, worded as Pattern.refusal / Pattern.sizeRefusal in Java. */
int pattern_check(const struct pattern *p, bool latency, int size, char *err, size_t errlen);

/* Pattern-specific socket options, before bind/connect: the SUB side subscribes to the data
 * topic. 0 or -1 (errno). */
int pattern_prepare(const struct pattern *p, void *socket, bool bind_side);

#endif

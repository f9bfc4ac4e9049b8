#include "pattern.h"

#include <stdio.h>
#include <string.h>
#include <zmq.h>

#include "pubsub.h"

static const struct pattern patterns[] = {
    /* name           bind side   connect side  latency throughput envelope sequenced */
    { "pair",          ZMQ_PAIR,   ZMQ_PAIR,     true,   true,      false,   false },
    { "req-rep",       ZMQ_REP,    ZMQ_REQ,      true,   false,     false,   false },
    { "push-pull",     ZMQ_PULL,   ZMQ_PUSH,     false,  true,      false,   false },
    { "dealer-router", ZMQ_ROUTER, ZMQ_DEALER,   true,   true,      true,    false },
    { "pub-sub",       ZMQ_SUB,    ZMQ_PUB,      false,  true,      false,   true },
};

#define PATTERN_COUNT (sizeof patterns / sizeof patterns[0])

const struct pattern *pattern_find(const char *name)
{
    for (size_t i = 0; i < PATTERN_COUNT; i++)
        if (strcmp(patterns[i].name, name) == 0)
            return &patterns[i];
    return NULL;
}

void pattern_names(char *buf, size_t len)
{
    size_t used = 0;
    if (len == 0)
        return;
    buf[0] = '\0';
    for (size_t i = 0; i < PATTERN_COUNT && used < len; i++) {
        int n = snprintf(buf + used, len - used, "%s%s", i ? ", " : "", patterns[i].name);
        if (n < 0)
            break;
        used += (size_t) n;
    }
}

int pattern_check(const struct pattern *p, bool latency, int size, char *err, size_t errlen)
{
    int minimum = p->sequenced ? PUBSUB_HEADER_BYTES : 1;
    if (latency && !p->latency) {
        snprintf(err, errlen, "%s is one way: it cannot echo, so it has no round-trip latency", p->name);
        return -1;
    }
    if (!latency && !p->throughput) {
        snprintf(err, errlen, "%s is lock-step (one request, one reply): a one-way stream is not possible",
                 p->name);
        return -1;
    }
    if (size < minimum) {
        snprintf(err, errlen,
                 "%s needs --size of at least %d bytes (a topic byte and an 8-byte sequence number in "
                 "every message), got %d", p->name, minimum, size);
        return -1;
    }
    return 0;
}

int pattern_prepare(const struct pattern *p, void *socket, bool bind_side)
{
    /* Subscribing before bind: the subscription goes out as soon as the publisher connects. */
    if (p->sequenced && bind_side) {
        const char topic = PUBSUB_DATA_TOPIC;
        return zmq_setsockopt(socket, ZMQ_SUBSCRIBE, &topic, 1);
    }
    return 0;
}

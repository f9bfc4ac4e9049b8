#include "pattern.h"

#include <stdio.h>
#include <string.h>
#include <zmq.h>

static const struct pattern patterns[] = {
    /* name    bind side  connect side  latency throughput */
    { "pair", ZMQ_PAIR, ZMQ_PAIR, true, true },
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

int pattern_prepare(const struct pattern *p, void *socket, bool bind_side)
{
    /* pair needs nothing; a SUB side would subscribe to "" here. */
    (void) p;
    (void) socket;
    (void) bind_side;
    return 0;
}

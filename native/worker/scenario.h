/* The two scenarios, each as its two sides. A side runs on a socket that is already bound or
 * connected, never exits, and reports through a side_result (error[0] != 0: what went wrong). */
#ifndef ZMQBENCH_SCENARIO_H
#define ZMQBENCH_SCENARIO_H

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <zmq.h>

#include "args.h"

struct side_result {
    int64_t sent;
    int64_t received;
    int64_t measured;   /* messages / round trips in this side's timed interval */
    int64_t elapsed_ns; /* receiver: message max(warmup,1) to last; pinger: measured round trips */
    int64_t enqueue_ns; /* sender: the measured sends */
    int64_t samples;    /* pinger: samples written to the samples file */
    int64_t cpu_ns;     /* process CPU over this side's timed interval */
    char error[512];
};

/* latency.c: bind side echoes warmup+count messages back. */
void latency_echo(void *socket, const struct config *cfg, struct side_result *r);
/* latency.c: connect side; samples (count entries, pre-touched) may be NULL. */
void latency_ping(void *socket, const struct config *cfg, int64_t *samples, struct side_result *r);
/* latency.c: writes n samples as little-endian int64 and closes f. 0, or -1 and err. */
int samples_write(FILE *f, const int64_t *samples, int64_t n, char *err, size_t errlen);

/* throughput.c: bind side receives warmup+count messages. */
void throughput_recv(void *socket, const struct config *cfg, struct side_result *r);
/* throughput.c: connect side sends warmup+count messages. */
void throughput_send(void *socket, const struct config *cfg, struct side_result *r);
/* throughput.c: waits up to timeout_ms for one line on stdin, or EOF (the parent's "delivered"). */
void throughput_wait_confirmation(int timeout_ms);

/* zmq_recv / zmq_send, retried when a signal interrupts them. zmq_recv returns the full message
 * length, which exceeds len when the message was truncated. */
static inline int recv_buf(void *socket, void *buf, size_t len)
{
    int n;
    do
        n = zmq_recv(socket, buf, len, 0);
    while (n < 0 && errno == EINTR);
    return n;
}

static inline int send_buf(void *socket, const void *buf, size_t len)
{
    int n;
    do
        n = zmq_send(socket, buf, len, 0);
    while (n < 0 && errno == EINTR);
    return n;
}

#endif

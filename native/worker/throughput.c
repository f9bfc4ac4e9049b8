/* Throughput: the bind side receives (libzmq's local_thr), the connect side sends (remote_thr).
 * A ROUTER receiver skips the routing-id frame before each payload. pub-sub, which drops, has its
 * own two sides in pubsub.c. */
#include "scenario.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "stats.h"

/* A timed sender polls stdin (or the receiver thread) for `stop` every STOP_EVERY sends. */
#define STOP_EVERY 256

static void recv_failed(struct side_result *r, int e, const struct config *cfg)
{
    if (e == EAGAIN && r->phases.done)
        snprintf(r->error, sizeof r->error, "no end marker within %d ms after the measurement (received %lld "
                 "messages)", cfg->timeout_ms, (long long) r->received);
    else if (e == EAGAIN)
        snprintf(r->error, sizeof r->error, "timed out after %d ms: received %lld messages", cfg->timeout_ms,
                 (long long) r->received);
    else
        snprintf(r->error, sizeof r->error, "receive failed after %lld messages: %s", (long long) r->received,
                 zmq_strerror(e));
}

void throughput_recv(void *socket, const struct config *cfg, const struct notice *measured,
                     struct side_result *r)
{
    const size_t size = (size_t) cfg->size;
    struct phases *ph = &r->phases;
    struct receiver_checks checks = { .next = 1, .every = 1 };
    struct frames frames;
    char *buf = malloc(size);

    if (buf == NULL) {
        snprintf(r->error, sizeof r->error, "cannot allocate %d bytes", cfg->size);
        return;
    }
    if (phases_init(ph, cfg, false, r->error, sizeof r->error) != 0) {
        free(buf);
        return;
    }
    r->timed = true;
    frames_init(&frames, socket, cfg); /* a ROUTER's routing-id frame is skipped */
    for (;;) {
        int n = frames_recv(&frames, buf, size);
        if (n < 0) {
            int e = errno;
            if (ph->measuring && !ph->done) {
                /* blocked, not running, while waiting: no CPU to take off */
                checks.cpu1 = cpu_ns();
                phases_stop(ph, r->received, e == EAGAIN ? before_timeout(now_ns(), cfg->timeout_ms, checks.last)
                                                         : now_ns());
            }
            recv_failed(r, e, cfg);
            break;
        }
        if (n == 0) {
            if (!ph->done) {
                snprintf(r->error, sizeof r->error, "the sender ended (end marker) before the measurement did, "
                         "after %lld messages", (long long) r->received);
                if (ph->measuring) {
                    checks.cpu1 = cpu_ns();
                    phases_stop(ph, r->received, now_ns());
                }
            }
            break;
        }
        if (n != cfg->size) {
            snprintf(r->error, sizeof r->error, "message %lld has %d bytes, expected %d",
                     (long long) r->received + 1, n, cfg->size);
            if (ph->measuring && !ph->done) {
                checks.cpu1 = cpu_ns();
                phases_stop(ph, r->received, now_ns());
            }
            break;
        }
        if (++r->received == checks.next)
            receiver_check(&checks, ph, r->received, measured);
    }
    r->warmup = ph->warmup_messages;
    r->measured = phases_measured(ph);
    r->elapsed_ns = phases_elapsed_ns(ph);
    r->cpu_ns = ph->measuring ? checks.cpu1 - checks.cpu0 : 0;
    free(buf);
}

enum phase_event receiver_check(struct receiver_checks *c, struct phases *ph, int64_t done,
                                const struct notice *measured)
{
    int64_t now = now_ns();
    enum phase_event event;

    c->every = phases_adapt_check_every(ph, c->every, now - c->last);
    c->last = now;
    event = done == 1 ? phases_start(ph, now, 1) : phases_update(ph, done, now);
    if (event == PHASE_WARMUP_END) {
        c->cpu0 = cpu_ns(); /* the meter first, then the clock the interval starts at */
        event = phases_begin_measure(ph, now_ns(), done);
    }
    if (event == PHASE_MEASURE_END) {
        c->cpu1 = cpu_ns();
        if (measured->fire != NULL)
            measured->fire(measured->arg);
    }
    c->next = ph->done ? 0 : phases_next_check(ph, done, c->every);
    return event;
}

static void send_failed(struct side_result *r, int e, const struct config *cfg, const char *what)
{
    if (e == EAGAIN)
        snprintf(r->error, sizeof r->error, "%ssend timed out after %d ms: sent %lld messages", what,
                 cfg->timeout_ms, (long long) r->sent);
    else
        snprintf(r->error, sizeof r->error, "%ssend failed after %lld messages: %s", what, (long long) r->sent,
                 zmq_strerror(e));
}

void throughput_send(void *socket, const struct config *cfg, const struct stop_request *stop,
                     struct side_result *r)
{
    /* Counted phases: the sender knows the total and times the measured sends; otherwise it sends
     * until asked to stop and times them all. */
    const bool counted = phases_counted(cfg);
    const int64_t total = counted ? cfg->warmup + cfg->count : INT64_MAX;
    const int64_t timed_from = counted ? cfg->warmup : 0;
    const size_t size = (size_t) cfg->size;
    int64_t next_stop_check = counted ? INT64_MAX : STOP_EVERY;
    int64_t t0 = 0, t1 = 0, cpu0 = 0, cpu1 = 0;
    bool started = false;
    char *buf = malloc(size);

    if (buf == NULL) {
        snprintf(r->error, sizeof r->error, "cannot allocate %d bytes", cfg->size);
        return;
    }
    memset(buf, 't', size);
    while (r->sent < total) {
        if (r->sent == timed_from) {
            cpu0 = cpu_ns();
            t0 = now_ns();
            started = true;
        }
        if (r->sent == next_stop_check) {
            if (stop->requested(stop->arg))
                break;
            next_stop_check += STOP_EVERY;
        }
        if (send_buf(socket, buf, size) < 0) {
            int e = errno;
            if (started)
                t1 = e == EAGAIN ? before_timeout(now_ns(), cfg->timeout_ms, t0) : now_ns();
            send_failed(r, e, cfg, "");
            break;
        }
        r->sent++;
    }
    if (r->error[0] == '\0') {
        t1 = now_ns();
        if (send_buf(socket, buf, 0) < 0)
            send_failed(r, errno, cfg, "end marker: ");
    }
    cpu1 = cpu_ns();
    if (started) {
        r->warmup = timed_from;
        r->measured = r->sent - timed_from;
        r->enqueue_ns = t1 - t0;
        r->cpu_ns = cpu1 - cpu0;
    }
    free(buf);
}

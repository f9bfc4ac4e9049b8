/* Open-loop latency, connect side (see openloop.h and zmqbench.scenario.OpenLoopPeer).
 *
 * Message i of a phase is due at start + i * 10^9 / rate ns (CLOCK_MONOTONIC). One thread: each
 * turn of the loop sends the message that is due, if one is, then tries one receive, both with
 * ZMQ_DONTWAIT. Ahead of schedule it spins on the receive, with sched_yield() on each turn that
 * neither sent nor received (libzmq's I/O thread then gets the CPU at once on a small machine);
 * behind schedule it sends every turn and never skips a message. No sleeping and no zmq_poll: the
 * Java pinger cannot poll through its backends, so both spin and yield alike (Thread.yield). */
#include "openloop.h"

#include <errno.h>
#include <sched.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "stats.h"

#define NANOS_PER_SECOND 1000000000LL
#define NANOS_PER_MILLI 1000000LL
/* A phase's count when the phases end it: a timed or automatic warm-up. */
#define UNCOUNTED INT64_MAX

/* Worded as OpenLoopScenario, ScenarioKind.sizeRefusal and WorkerArgs in Java. */
static int open_loop_check(const struct config *cfg, char *err, size_t errlen)
{
    if (!cfg->rate_given) {
        snprintf(err, errlen, "missing --rate (open-loop sends at a fixed rate, in messages per second)");
        return -1;
    }
    if (cfg->slices) {
        snprintf(err, errlen, "--slices: open-loop cannot be measured in slices");
        return -1;
    }
    if (cfg->measure_kind != MEASURE_COUNT) {
        snprintf(err, errlen, "--measure-ms %lld: open-loop measures a count of messages (--count N: rate x "
                 "duration)", (long long) cfg->measure_ms);
        return -1;
    }
    if (cfg->pattern->connect_type == ZMQ_REQ) {
        snprintf(err, errlen, "%s is lock-step (one request, then its reply): open-loop needs several messages "
                 "in flight", cfg->pattern->name);
        return -1;
    }
    if (cfg->size < OPEN_LOOP_HEADER_BYTES) {
        snprintf(err, errlen, "open-loop needs --size of at least %d bytes (the intended and the actual send "
                 "time in every message), got %d", OPEN_LOOP_HEADER_BYTES, cfg->size);
        return -1;
    }
    if (cfg->rate < 1 || cfg->rate > OPEN_LOOP_MAX_RATE) {
        snprintf(err, errlen, "--rate must be from 1 to %lld messages per second, got %lld",
                 (long long) OPEN_LOOP_MAX_RATE, (long long) cfg->rate);
        return -1;
    }
    return scenario_check_no_gap(cfg, err, errlen);
}

static void put64(unsigned char *b, int64_t value)
{
    uint64_t v = (uint64_t) value;
    for (int k = 0; k < 8; k++)
        b[k] = (unsigned char) (v >> (8 * k));
}

static int64_t get64(const unsigned char *b)
{
    uint64_t v = 0;
    for (int k = 7; k >= 0; k--)
        v = (v << 8) | b[k];
    return (int64_t) v;
}

struct pinger {
    void *socket;
    const struct config *cfg;
    unsigned char *payload;
    unsigned char *reply;
    int64_t *corrected;
    int64_t *uncorrected; /* NULL without --samples */
    int64_t timeout_ns;
    int64_t replies;      /* since the first message, warm-up included: the timeline's count */
    int64_t last_reply;
    struct side_result *r;
};

/* Sends messages on schedule from start and takes every reply, each a round trip of the timeline
 * (r->phases: the window's p50 from the warm-up's round trips now, from the measured ones after
 * the end). 0, or -1 with r->error set. */
static int phase(struct pinger *p, int64_t start, int64_t messages, bool record)
{
    const struct config *cfg = p->cfg;
    const char *which = record ? "measured" : "warm-up";
    const size_t size = (size_t) cfg->size;
    struct phases *ph = &p->r->phases;
    int64_t sent = 0, received = 0;
    int64_t last_send = start;
    int64_t progress = start; /* the last reply, or the send that ended a quiet spell */
    int64_t blocked_since = 0;
    bool blocked = false;
    char of[32] = "", due[32] = ""; /* " of N" and ", N due" in errors, when the phase has a count */

    if (messages != UNCOUNTED) {
        snprintf(of, sizeof of, " of %lld", (long long) messages);
        snprintf(due, sizeof due, ", %lld due", (long long) messages);
    }
    while (received < messages && !(received == sent && phases_warmup_judged(ph))) {
        int64_t now = now_ns();
        bool worked = false;
        int n;
        if (sent < messages && !phases_warmup_judged(ph)) {
            int64_t intended = start + sent * NANOS_PER_SECOND / cfg->rate;
            if (now - intended >= 0) {
                put64(p->payload, intended);
                put64(p->payload + 8, now);
                do
                    n = zmq_send(p->socket, p->payload, size, ZMQ_DONTWAIT);
                while (n < 0 && errno == EINTR);
                if (n >= 0) {
                    if (sent == received)
                        progress = now;
                    sent++;
                    p->r->sent++;
                    last_send = now;
                    blocked = false;
                    worked = true;
                } else if (errno != EAGAIN) {
                    snprintf(p->r->error, sizeof p->r->error, "send failed (%s message %lld%s): %s", which,
                             (long long) sent + 1, of, zmq_strerror(errno));
                    return -1;
                } else if (!blocked) {
                    blocked = true;
                    blocked_since = now;
                } else if (now - blocked_since > p->timeout_ns) {
                    snprintf(p->r->error, sizeof p->r->error,
                             "send not accepted within %d ms (%s message %lld%s)", cfg->timeout_ms, which,
                             (long long) sent + 1, of);
                    return -1;
                }
            }
        }
        do
            n = zmq_recv(p->socket, p->reply, size, ZMQ_DONTWAIT);
        while (n < 0 && errno == EINTR);
        if (n >= 0) {
            int64_t arrived = now_ns();
            int64_t intended, actual;
            p->r->received++;
            if (n != cfg->size) {
                snprintf(p->r->error, sizeof p->r->error, "reply of %d bytes to a %d-byte message (%s reply %lld)",
                         n, cfg->size, which, (long long) received + 1);
                return -1;
            }
            intended = get64(p->reply);
            actual = get64(p->reply + 8);
            if (intended - start < 0 || actual - intended < 0 || arrived - actual < 0) {
                snprintf(p->r->error, sizeof p->r->error,
                         "reply %lld does not carry send times of this %s phase (not an echo of its messages)",
                         (long long) received + 1, which);
                return -1;
            }
            received++;
            progress = arrived;
            p->last_reply = arrived;
            if (record) {
                p->corrected[p->r->measured] = arrived - intended;
                if (p->uncorrected != NULL)
                    p->uncorrected[p->r->measured] = arrived - actual;
                p->r->measured++;
            } else {
                phases_rtt(ph, arrived - intended);
            }
            /* counted phases end where this loop does (their counts are the same); a timed or
             * automatic warm-up is judged here, and this loop then drains it */
            phases_update(ph, ++p->replies, arrived);
            worked = true;
        } else if (errno != EAGAIN) {
            snprintf(p->r->error, sizeof p->r->error, "receive failed (%s phase, %lld%s answered): %s",
                     which, (long long) received, of, zmq_strerror(errno));
            return -1;
        } else if (sent > received && now - progress > p->timeout_ns) {
            snprintf(p->r->error, sizeof p->r->error,
                     "peer never answered within %d ms (%s phase: %lld of %lld sent messages answered%s)",
                     cfg->timeout_ms, which, (long long) received, (long long) sent, due);
            return -1;
        }
        if (!worked)
            sched_yield();
    }
    if (record) {
        p->r->elapsed_ns = p->last_reply - start;
        p->r->achieved_rate = (double) sent * NANOS_PER_SECOND
                              / ((double) (last_send - start) + (double) NANOS_PER_SECOND / cfg->rate);
    }
    return 0;
}

void open_loop_ping(void *socket, const struct config *cfg, int64_t *corrected, int64_t *uncorrected,
                    struct side_result *r)
{
    struct pinger p = {
        .socket = socket,
        .cfg = cfg,
        .payload = calloc(1, (size_t) cfg->size),
        .reply = calloc(1, (size_t) cfg->size),
        .corrected = corrected,
        .uncorrected = uncorrected,
        .timeout_ns = (int64_t) cfg->timeout_ms * NANOS_PER_MILLI,
        .r = r,
    };
    struct phases *ph = &r->phases;
    int64_t cpu0, start;
    int measured;
    char err[256];

    if (p.payload == NULL || p.reply == NULL) {
        snprintf(r->error, sizeof r->error, "cannot allocate 2 x %d bytes", cfg->size);
        goto out;
    }
    if (phases_init(ph, cfg, true, r->error, sizeof r->error) != 0)
        goto out;
    r->timed = true;
    p.last_reply = start = now_ns();
    if (phases_start(ph, start, 0) != PHASE_WARMUP_END) {
        if (phase(&p, start, cfg->warmup_kind == WARMUP_COUNT ? cfg->warmup : UNCOUNTED, false) != 0) {
            phases_stop(ph, p.replies, p.last_reply);
            goto out;
        }
        if (phases_warmup_judged(ph))
            phases_end_warmup(ph, p.replies, p.last_reply); /* judged over, and its replies are in */
    }
    cpu0 = meter_start(); /* the meter first, then the clock the phase starts at */
    p.last_reply = start = now_ns();
    phases_begin_measure(ph, start, p.replies);
    measured = phase(&p, start, cfg->count, true);
    r->cpu_ns = meter_stop() - cpu0;
    r->threads = meter_threads();
    r->warmup = ph->warmup_messages;
    if (measured == 0)
        latency_end_marker(socket, cfg, r);
    else
        phases_stop(ph, p.replies, p.last_reply);
    if (r->measured > 0 && phases_measured_p50s(ph, corrected, err, sizeof err) != 0 && r->error[0] == '\0')
        snprintf(r->error, sizeof r->error, "%s", err); /* an earlier error says more */

out:
    free(p.payload);
    free(p.reply);
}

static void open_loop_connect_side(void *socket, const struct config *cfg, const struct connect_side *side,
                                   struct side_result *r)
{
    open_loop_ping(socket, cfg, side->samples, side->uncorrected, r);
}

const struct scenario_def scenario_open_loop = {
    .name = "open-loop",
    .round_trips = true,
    .open_loop = true,
    .check = open_loop_check,
    .bind_side = latency_echo,
    .connect_side = open_loop_connect_side,
};

/* Throughput: the bind side receives (libzmq's local_thr), the connect side sends (remote_thr).
 * A ROUTER receiver skips the routing-id frame before each payload. pub-sub, which drops, has its
 * own two sides in pubsub.c. */
#include "scenario.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "json.h"
#include "parent.h"
#include "slices.h"
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

static void wrong_size(struct side_result *r, int n, const struct config *cfg)
{
    snprintf(r->error, sizeof r->error, "message %lld has %d bytes, expected %d", (long long) r->received + 1, n,
             cfg->size);
}

/* Receives until r->received is total, counting each message; returns cfg->size, or what ended it
 * short: 0 for an end marker, -1 (errno) for a failed receive, another length for a message of the
 * wrong size. */
static int receive_until(struct frames *f, char *buf, const struct config *cfg, int64_t total,
                         struct side_result *r)
{
    const int size = cfg->size;
    int64_t received = r->received;
    int n = size;
    while (received < total && (n = frames_recv(f, buf, (size_t) size)) == size)
        received++;
    r->received = received;
    return n;
}

/* The error of a slice that receive_until ended short. */
static void slice_recv_failed(struct side_result *r, int n, const struct config *cfg)
{
    if (n < 0)
        recv_failed(r, errno, cfg);
    else if (n == 0)
        snprintf(r->error, sizeof r->error, "the sender ended (end marker) before the slice did, after %lld "
                 "messages", (long long) r->received);
    else
        wrong_size(r, n, cfg);
}

/* `end`: the messages up to the sender's end marker, counted. */
static void drain_to_end_marker(struct frames *f, char *buf, const struct config *cfg, struct side_result *r)
{
    int n = receive_until(f, buf, cfg, INT64_MAX, r);
    if (n < 0 && errno == EAGAIN)
        snprintf(r->error, sizeof r->error, "no end marker within %d ms after the slices (received %lld "
                 "messages)", cfg->timeout_ms, (long long) r->received);
    else if (n != 0)
        slice_recv_failed(r, n, cfg);
}

/* --slices, once warm (slices.h): while it waits for the parent's lines it takes what still comes
 * (the in-flight tail of a timed warm-up, counted as warm-up); a slice first takes messages up to
 * the sender's S, then P, reads the clock, then N more and reads it again; until `end`, or the
 * sender's end marker between slices. */
static void recv_slices(struct frames *f, char *buf, const struct config *cfg, struct line_reader *lines,
                        struct slice_totals *totals, struct side_result *r)
{
    struct slice_line line;
    int64_t base, t0, elapsed;
    int n;

    for (;;) {
        switch (slice_next(lines, f->socket, -1, &line)) {
        case SLICE_SOCKET:
            n = receive_until(f, buf, cfg, r->received + 1, r);
            if (n != cfg->size && n != 0) /* an end marker: the parent said `end` to the sender first */
                slice_recv_failed(r, n, cfg);
            if (n != cfg->size)
                return;
            continue;
        case SLICE_END:
            drain_to_end_marker(f, buf, cfg, r);
            return;
        case SLICE_RUN:
            break;
        default:
            slice_bad_line(&line, r->error, sizeof r->error);
            return;
        }
        slice_started(totals);
        base = line.sent > r->received ? line.sent : r->received;
        if (totals->slices == 0)
            r->warmup = base;
        if ((n = receive_until(f, buf, cfg, base + line.preroll, r)) != cfg->size) {
            slice_recv_failed(r, n, cfg);
            return;
        }
        t0 = now_ns();
        n = receive_until(f, buf, cfg, base + line.preroll + line.measured, r);
        elapsed = now_ns() - t0;
        if (n != cfg->size) {
            slice_recv_failed(r, n, cfg);
            return;
        }
        slice_ended(totals, line.measured, elapsed);
        print_slice(line.measured, elapsed, -1, -1);
    }
}

void throughput_recv(void *socket, const struct config *cfg, const struct notice *measured,
                     struct line_reader *lines, struct side_result *r)
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
                checks.cpu1 = meter_stop();
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
                    checks.cpu1 = meter_stop();
                    phases_stop(ph, r->received, now_ns());
                }
            }
            break;
        }
        if (n != cfg->size) {
            wrong_size(r, n, cfg);
            if (ph->measuring && !ph->done) {
                checks.cpu1 = meter_stop();
                phases_stop(ph, r->received, now_ns());
            }
            break;
        }
        if (++r->received == checks.next && receiver_check(&checks, ph, r->received, measured) == PHASE_WARMUP_END
            && cfg->slices)
            break; /* warm: the parent's slices follow */
    }
    r->warmup = ph->warmup_messages;
    r->measured = phases_measured(ph);
    r->elapsed_ns = phases_elapsed_ns(ph);
    r->cpu_ns = ph->measuring ? checks.cpu1 - checks.cpu0 : 0;
    r->threads = meter_threads();
    if (cfg->slices && r->error[0] == '\0') {
        struct slice_totals totals = { 0 };
        slice_print_warm(ph);
        if (measured->fire != NULL)
            measured->fire(measured->arg); /* --role both: the sender thread stops warming up */
        recv_slices(&frames, buf, cfg, lines, &totals, r);
        if (totals.slices == 0)
            r->warmup = r->received;
        r->measured = totals.measured;
        r->elapsed_ns = totals.elapsed_ns;
        r->cpu_ns = slices_over(&totals);
        r->threads = meter_threads();
    }
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
    if (event == PHASE_WARMUP_END && ph->cfg->slices)
        return event; /* the parent's slices are the measurement */
    if (event == PHASE_WARMUP_END) {
        c->cpu0 = meter_start(); /* the meter first, then the clock the interval starts at */
        event = phases_begin_measure(ph, now_ns(), done);
    }
    if (event == PHASE_MEASURE_END) {
        c->cpu1 = meter_stop();
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
            cpu0 = meter_start();
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
    cpu1 = meter_stop();
    if (started) {
        r->warmup = timed_from;
        r->measured = r->sent - timed_from;
        r->enqueue_ns = t1 - t0;
        r->cpu_ns = cpu1 - cpu0;
        r->threads = meter_threads();
    }
    free(buf);
}

/* Sends n messages as fast as the socket takes them; 0, or -1 and r->error. */
static int send_n(void *socket, const char *buf, const struct config *cfg, int64_t n, struct side_result *r)
{
    const size_t size = (size_t) cfg->size;
    int64_t sent = r->sent;
    const int64_t total = sent + n;
    while (sent < total && send_buf(socket, buf, size) >= 0)
        sent++;
    r->sent = sent;
    if (sent == total)
        return 0;
    send_failed(r, errno, cfg, "");
    return -1;
}

/* --role both: hands the receiver thread its slice line, with the sender's count for S. */
static int relay_slice(const struct slice_relay *relay, const struct slice_line *line, struct side_result *r)
{
    char text[PARENT_LINE_BYTES];
    int len = snprintf(text, sizeof text, "slice %lld %lld %lld\n", (long long) line->measured,
                       (long long) line->preroll, (long long) r->sent);
    if (write(relay->to_receiver, text, (size_t) len) == len)
        return 0;
    snprintf(r->error, sizeof r->error, "cannot hand a slice to the receiver thread: %s", strerror(errno));
    return -1;
}

/* One slice: P messages, then N timed (nothing else in their loop). 0, or -1 and r->error. */
static int send_slice(void *socket, const char *buf, const struct config *cfg, const struct slice_line *line,
                      struct slice_totals *totals, struct side_result *r)
{
    int64_t t0;
    if (send_n(socket, buf, cfg, line->preroll, r) != 0)
        return -1;
    t0 = now_ns();
    if (send_n(socket, buf, cfg, line->measured, r) != 0)
        return -1;
    slice_ended(totals, line->measured, now_ns() - t0);
    return 0;
}

void throughput_send_slices(void *socket, const struct config *cfg, const struct stop_request *stop,
                            const struct slice_relay *relay, struct side_result *r)
{
    const bool inproc = relay->to_receiver >= 0;
    struct slice_totals totals = { 0 };
    struct slice_line line;
    enum slice_command command = SLICE_RUN;
    int rc = 0;
    char *buf = malloc((size_t) cfg->size);

    if (buf == NULL) {
        snprintf(r->error, sizeof r->error, "cannot allocate %d bytes", cfg->size);
        return;
    }
    memset(buf, 't', (size_t) cfg->size);
    /* The warm-up: a count, or until the receiver's warm-up ends (the parent's `stop`, or the
     * receiver thread's notice). */
    if (cfg->warmup_kind == WARMUP_COUNT)
        rc = send_n(socket, buf, cfg, cfg->warmup, r);
    else {
        do
            rc = send_n(socket, buf, cfg, STOP_EVERY, r);
        while (rc == 0 && !stop->requested(stop->arg));
        command = SLICE_STOP;
    }
    r->warmup = r->sent;
    while (rc == 0) {
        if (command == SLICE_STOP && !inproc) /* the parent learns S, the in-flight tail's end */
            print_paused(r->sent);
        command = slice_next(parent_lines(), NULL, relay->receiver_ended, &line);
        if (command == SLICE_STOP)
            continue;
        if (command != SLICE_RUN) {
            if (command == SLICE_BAD)
                slice_bad_line(&line, r->error, sizeof r->error);
            break;
        }
        slice_started(&totals);
        rc = inproc ? relay_slice(relay, &line, r) : 0;
        if (rc == 0)
            rc = send_slice(socket, buf, cfg, &line, &totals, r);
    }
    if (rc == 0 && send_buf(socket, buf, 0) < 0)
        send_failed(r, errno, cfg, "end marker: ");
    r->measured = totals.measured;
    r->enqueue_ns = totals.elapsed_ns;
    r->cpu_ns = slices_over(&totals);
    r->threads = meter_threads();
    free(buf);
}

/* A stream that may drop (pub-sub) has its own sides (pubsub.h). */
static void throughput_bind_side(void *socket, const struct config *cfg, const struct notice *measured,
                                 struct line_reader *lines, struct side_result *r)
{
    if (cfg->pattern->sequenced)
        pubsub_subscribe(socket, cfg, measured, r);
    else
        throughput_recv(socket, cfg, measured, lines, r);
}

static void throughput_connect_side(void *socket, const struct config *cfg, const struct connect_side *side,
                                    struct side_result *r)
{
    if (cfg->pattern->sequenced)
        pubsub_publish(socket, cfg, &side->stop, &side->release, r);
    else if (cfg->slices)
        throughput_send_slices(socket, cfg, &side->stop, &side->relay, r);
    else
        throughput_send(socket, cfg, &side->stop, r);
}

const struct scenario_def scenario_throughput = {
    .name = "throughput",
    .round_trips = false,
    .check = scenario_check_unpaced,
    .bind_side = throughput_bind_side,
    .connect_side = throughput_connect_side,
};

/* Pub-sub throughput: the connect side publishes, the bind side subscribes. The stream, and why
 * it is counted rather than waited for, is described in pubsub.h. */
#include "scenario.h"

#include <endian.h>
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pubsub.h"
#include "stats.h"

static void stamp(unsigned char *payload, char topic, int64_t sequence)
{
    uint64_t le = htole64((uint64_t) sequence);
    payload[0] = (unsigned char) topic;
    memcpy(payload + 1, &le, sizeof le);
}

static int64_t sequence_of(const unsigned char *payload)
{
    uint64_t le;
    memcpy(&le, payload + 1, sizeof le);
    return (int64_t) le64toh(le);
}

static void sleep_ms(int ms)
{
    struct timespec ts = { .tv_sec = ms / 1000, .tv_nsec = (long) (ms % 1000) * 1000000L };
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}

/* The end marker, silence or an error before the last measured message: the phases end at `at`. */
static void stop_early(struct phases *ph, int64_t received, int64_t at, int64_t *cpu1)
{
    if (ph->done)
        return;
    if (ph->measuring)
        *cpu1 = meter_stop(); /* blocked, not running, while waiting */
    phases_stop(ph, received, at);
}

/* Timed phases: the sequence numbers and counts received where the measurement began and ended;
 * what the span's numbers name but never came was dropped. */
struct measured_span {
    int64_t first_sequence, first_received, last_sequence, last_received;
};

/* Dropped within the span; a span still open ends at sequence, received. */
static int64_t span_dropped(struct measured_span *s, int64_t sequence, int64_t received)
{
    if (s->first_sequence < 0)
        return 0;
    if (s->last_sequence < 0) {
        s->last_sequence = sequence;
        s->last_received = received;
    }
    return (s->last_sequence - s->first_sequence) - (s->last_received - s->first_received);
}

void pubsub_subscribe(void *socket, const struct config *cfg, const struct notice *measured,
                      struct side_result *r)
{
    const bool counted = phases_counted(cfg);
    const int64_t last = counted ? cfg->warmup + cfg->count - 1 : INT64_MAX;
    const size_t size = (size_t) cfg->size;
    struct phases *ph = &r->phases;
    struct receiver_checks checks = { .next = 1, .every = 1 };
    struct measured_span span = { .first_sequence = -1, .last_sequence = -1 };
    int64_t previous = -1, measured_count = 0;
    unsigned char *buf = malloc(size);

    if (buf == NULL) {
        snprintf(r->error, sizeof r->error, "cannot allocate %d bytes", cfg->size);
        return;
    }
    if (phases_init(ph, cfg, false, r->error, sizeof r->error) != 0) {
        free(buf);
        return;
    }
    ph->caller_ends = counted; /* counted phases end by sequence number, whatever was dropped */
    r->timed = true;
    for (;;) {
        int64_t sequence, now;
        int n = recv_buf(socket, buf, size);
        if (n < 0) {
            int e = errno;
            if (e != EAGAIN) {
                snprintf(r->error, sizeof r->error, "receive failed after %lld data messages: %s",
                         (long long) r->received, zmq_strerror(e));
            } else if (r->received == 0) {
                snprintf(r->error, sizeof r->error, "timed out after %d ms: received no data message",
                         cfg->timeout_ms);
            } else {
                /* Silence: the publisher stopped early (its own record says why). */
                stop_early(ph, r->received, before_timeout(now_ns(), cfg->timeout_ms, checks.last), &checks.cpu1);
                r->dropped = counted ? cfg->count - measured_count : span_dropped(&span, previous, r->received);
            }
            break;
        }
        if (n != cfg->size) {
            snprintf(r->error, sizeof r->error, "message has %d bytes, expected %d", n, cfg->size);
            break;
        }
        if (buf[0] != PUBSUB_DATA_TOPIC) {
            snprintf(r->error, sizeof r->error,
                     "received topic '%c', which is not subscribed: the subscription filter let it "
                     "through", buf[0] >= 0x20 && buf[0] < 0x7f ? buf[0] : '?');
            break;
        }
        sequence = sequence_of(buf);
        if (sequence == PUBSUB_HELLO)
            continue;
        if (sequence == PUBSUB_END) { /* the last measured message may have been dropped */
            stop_early(ph, r->received, now_ns(), &checks.cpu1);
            r->dropped = counted ? cfg->count - measured_count : span_dropped(&span, previous, r->received);
            break;
        }
        if (sequence <= previous || sequence > last) {
            snprintf(r->error, sizeof r->error,
                     "data message %lld after %lld (expected 0 to %lld, increasing)",
                     (long long) sequence, (long long) previous, (long long) last);
            break;
        }
        previous = sequence;
        r->received++;
        if (!counted) { /* the phases end themselves, at checks */
            if (r->received == checks.next
                && receiver_check(&checks, ph, r->received, measured) == PHASE_MEASURE_END) {
                span.last_sequence = sequence;
                span.last_received = r->received;
            }
            if (ph->measuring && span.first_sequence < 0) {
                span.first_sequence = sequence;
                span.first_received = r->received;
            }
            continue;
        }
        if (sequence >= cfg->warmup)
            measured_count++;
        /* The clock only every few messages, and at the phases' ends (the first measured message
         * received, the last one sent). */
        if (r->received != checks.next && (ph->measuring || sequence < cfg->warmup) && sequence != last)
            continue;
        now = now_ns();
        checks.every = phases_adapt_check_every(ph, checks.every, now - checks.last);
        checks.last = now;
        if (r->received == 1)
            phases_start(ph, now, 1);
        else
            phases_update(ph, r->received, now);
        if (!ph->measuring && sequence >= cfg->warmup) {
            phases_end_warmup(ph, r->received, now);
            checks.cpu0 = meter_start(); /* the meter first, then the clock the interval starts at */
            now = now_ns();
            phases_begin_measure(ph, now, r->received);
        }
        if (sequence == last) {
            phases_stop(ph, r->received, now);
            checks.cpu1 = meter_stop();
        }
        checks.next = r->received + checks.every;
    }
    stop_early(ph, r->received, now_ns(), &checks.cpu1); /* an error: the interval ends now */
    r->warmup = counted ? cfg->warmup : ph->warmup_messages;
    r->measured = phases_measured(ph);
    r->elapsed_ns = phases_elapsed_ns(ph);
    r->cpu_ns = ph->measuring ? checks.cpu1 - checks.cpu0 : 0;
    r->threads = meter_threads();
    free(buf);
}

/* Sends one message; false (and an error naming what) when it was not accepted. */
static bool publish_one(void *socket, unsigned char *buf, size_t size, char topic, int64_t sequence,
                        const char *what, const struct config *cfg, struct side_result *r)
{
    stamp(buf, topic, sequence);
    if (send_buf(socket, buf, size) >= 0)
        return true;
    if (errno == EAGAIN)
        snprintf(r->error, sizeof r->error, "%s not accepted within %d ms after %lld data messages", what,
                 cfg->timeout_ms, (long long) r->sent);
    else
        snprintf(r->error, sizeof r->error, "%s not sent after %lld data messages: %s", what,
                 (long long) r->sent, zmq_strerror(errno));
    return false;
}

/* End markers every PUBSUB_MARKER_PERIOD_MS until released or timeout_ms: true when released. */
static bool end_markers(void *socket, unsigned char *buf, size_t size, const struct config *cfg,
                        const struct release *release, struct side_result *r)
{
    const int64_t deadline = now_ns() + (int64_t) cfg->timeout_ms * 1000000;
    while (publish_one(socket, buf, size, PUBSUB_DATA_TOPIC, PUBSUB_END, "end marker", cfg, r)) {
        if (release->wait(release->arg, PUBSUB_MARKER_PERIOD_MS))
            return true;
        if (now_ns() >= deadline)
            return false;
    }
    return false;
}

void pubsub_publish(void *socket, const struct config *cfg, const struct stop_request *stop,
                    const struct release *release, struct side_result *r)
{
    /* Counted phases: the measured data is timed. Timed ones: all of it, until asked to stop (the
     * subscriber decides when it has measured enough; the publisher cannot tell where that began). */
    const bool counted = phases_counted(cfg);
    const int64_t total = counted ? cfg->warmup + cfg->count : INT64_MAX;
    const size_t size = (size_t) cfg->size;
    int64_t t0 = 0, cpu0 = 0, next_stop_check = counted ? INT64_MAX : PUBSUB_STOP_EVERY;
    bool ok = true, released;
    unsigned char *buf = malloc(size);

    r->warmup = counted ? cfg->warmup : 0;
    if (buf == NULL) {
        snprintf(r->error, sizeof r->error, "cannot allocate %d bytes", cfg->size);
        return;
    }
    memset(buf, 't', size);

    /* Join: a head start for the connection and the subscription. */
    for (int i = 0; ok && i < PUBSUB_HELLO_MARKERS; i++) {
        ok = publish_one(socket, buf, size, PUBSUB_DATA_TOPIC, PUBSUB_HELLO, "hello marker", cfg, r);
        sleep_ms(PUBSUB_MARKER_PERIOD_MS);
    }

    /* Data, with the unsubscribed topic after every PUBSUB_DATA_PER_OTHER data messages. */
    for (int64_t sequence = 0; ok && sequence < total; sequence++) {
        if (sequence == r->warmup) {
            t0 = now_ns();
            cpu0 = meter_start();
        }
        if (sequence == next_stop_check) {
            if (stop->requested(stop->arg))
                break;
            next_stop_check += PUBSUB_STOP_EVERY;
        }
        ok = publish_one(socket, buf, size, PUBSUB_DATA_TOPIC, sequence, "data message", cfg, r);
        if (!ok)
            break;
        r->sent++;
        if (sequence % PUBSUB_DATA_PER_OTHER == PUBSUB_DATA_PER_OTHER - 1)
            ok = publish_one(socket, buf, size, PUBSUB_OTHER_TOPIC, sequence, "other-topic message",
                             cfg, r);
    }
    if (ok) {
        r->measured = r->sent - r->warmup;
        r->enqueue_ns = now_ns() - t0;
        r->cpu_ns = meter_stop() - cpu0;
        r->threads = meter_threads();
        released = end_markers(socket, buf, size, cfg, release, r);
    } else {
        released = release->wait(release->arg, cfg->timeout_ms);
    }
    if (!released && r->error[0] == '\0')
        snprintf(r->error, sizeof r->error, "receiver did not confirm delivery within %d ms",
                 cfg->timeout_ms);
    free(buf);
}

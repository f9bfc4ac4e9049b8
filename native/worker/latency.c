/* Latency: the bind side echoes (libzmq's local_lat), the connect side pings and times every
 * measured round trip. A ROUTER echo replies through the routing id it received (frames_*); REQ
 * and REP add and strip their envelope themselves. */
#include "scenario.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "json.h"
#include "median.h"
#include "parent.h"
#include "slices.h"
#include "stats.h"

static void io_error(struct side_result *r, const char *what, int e, const struct config *cfg, int64_t done)
{
    if (e == EAGAIN && strstr(what, "send") != NULL)
        snprintf(r->error, sizeof r->error, "%s timed out after %d ms (%lld sent)", what, cfg->timeout_ms,
                 (long long) done);
    else if (e == EAGAIN)
        snprintf(r->error, sizeof r->error, "peer sent nothing for %d ms (%lld received)", cfg->timeout_ms,
                 (long long) done);
    else
        snprintf(r->error, sizeof r->error, "%s failed after %lld: %s", what, (long long) done, zmq_strerror(e));
}

/* The echo cannot see the pinger's phases: as the Java worker's EchoPeer, it meters from its first
 * echo (whose first-time costs would dominate a short run) to the end marker, and its
 * measured_messages are the messages echoed in that span. With --slices it waits without a receive
 * timeout, as long as the other pairs' slices run (the parent's deadline catches a hang). */
void latency_echo(void *socket, const struct config *cfg, const struct notice *measured, struct line_reader *lines,
                  struct side_result *r)
{
    const size_t size = (size_t) cfg->size;
    int64_t cpu0 = 0;
    bool started = false;
    struct frames frames;
    char *buf = malloc(size);

    (void) measured;
    (void) lines;
    if (buf == NULL) {
        snprintf(r->error, sizeof r->error, "cannot allocate %d bytes", cfg->size);
        return;
    }
    frames_init(&frames, socket, cfg);
    if (cfg->slices && zmq_setsockopt(socket, ZMQ_RCVTIMEO, &(int) { -1 }, sizeof(int)) != 0) {
        snprintf(r->error, sizeof r->error, "cannot set ZMQ_RCVTIMEO to -1: %s", zmq_strerror(errno));
        free(buf);
        return;
    }
    for (;;) {
        int n = frames_recv(&frames, buf, size);
        if (n < 0) {
            io_error(r, "receive", errno, cfg, r->received);
            break;
        }
        if (n == 0) { /* the end marker: answered, and done */
            if (frames_reply(&frames, buf, 0) < 0)
                io_error(r, "end marker send", errno, cfg, r->sent);
            break;
        }
        r->received++;
        if (n != cfg->size) {
            snprintf(r->error, sizeof r->error, "message %lld has %d bytes, expected %d",
                     (long long) r->received, n, cfg->size);
            break;
        }
        if (frames_reply(&frames, buf, size) < 0) {
            io_error(r, "send", errno, cfg, r->sent);
            break;
        }
        if (++r->sent == 1) {
            cpu0 = meter_start();
            started = true;
        }
    }
    if (started) {
        r->cpu_ns = meter_stop() - cpu0;
        r->threads = meter_threads();
        r->measured = r->sent - 1;
    }
    free(buf);
}

/* One round trip; 0, or -1 with r->error set. */
static int round_trip(void *socket, const struct config *cfg, const char *payload, char *reply, size_t size,
                      struct side_result *r)
{
    int n;
    if (send_buf(socket, payload, size) < 0) {
        io_error(r, size ? "send" : "end marker send", errno, cfg, r->sent);
        return -1;
    }
    if (size > 0)
        r->sent++;
    if ((n = recv_buf(socket, reply, size)) < 0) {
        io_error(r, size ? "receive" : "end marker receive", errno, cfg, r->received);
        return -1;
    }
    if (n != (int) size) {
        snprintf(r->error, sizeof r->error, "reply %lld has %d bytes, expected %zu", (long long) r->received + 1, n,
                 size);
        return -1;
    }
    if (size > 0)
        r->received++;
    return 0;
}

int latency_end_marker(void *socket, const struct config *cfg, struct side_result *r)
{
    char none[1] = { 0 };
    return round_trip(socket, cfg, none, none, 0, r);
}

/* Room for every measured round trip, allocated and touched at the boundary (before the meter
 * starts): the count, or, as the Java pinger, twice the duration over the fastest warm-up window's
 * p50 (GUESS_RTT_NS without a warm-up), at most one per microsecond; a measurement that fills it
 * ends there. NULL and r->error when out of memory. */
#define GUESS_RTT_NS 2000
#define MAX_SAMPLES_PER_MS 1000

static int64_t *measured_samples(const struct config *cfg, struct phases *ph, struct side_result *r)
{
    int64_t room = cfg->count, rtt = ph->fastest_p50 > 0 ? ph->fastest_p50 : GUESS_RTT_NS;
    int64_t *samples;
    if (cfg->measure_kind == MEASURE_TIME) {
        room = 2 * cfg->measure_ms * 1000000 / rtt + 1024;
        if (room > cfg->measure_ms * MAX_SAMPLES_PER_MS)
            room = cfg->measure_ms * MAX_SAMPLES_PER_MS;
    }
    if ((uint64_t) room > SIZE_MAX / sizeof *samples || (samples = malloc((size_t) room * sizeof *samples)) == NULL) {
        snprintf(r->error, sizeof r->error, "cannot allocate memory for %lld samples", (long long) room);
        return NULL;
    }
    memset(samples, 0, (size_t) room * sizeof *samples);
    ph->measure_limit = room;
    return samples;
}

/* --slices: room for n round trips, grown (at least twofold, so rarely) and touched before a slice's
 * loops when it is short. */
static int64_t *slice_room(int64_t *rtts, int64_t *capacity, int64_t n, struct side_result *r)
{
    int64_t *grown, room = n > 2 * *capacity ? n : 2 * *capacity;
    if (n <= *capacity)
        return rtts;
    if ((uint64_t) room > SIZE_MAX / sizeof *grown
        || (grown = realloc(rtts, (size_t) room * sizeof *grown)) == NULL) {
        snprintf(r->error, sizeof r->error, "cannot allocate memory for %lld samples", (long long) room);
        return NULL;
    }
    memset(grown, 0, (size_t) room * sizeof *grown);
    *capacity = room;
    return grown;
}

/* --slices, once warm (slices.h): P untimed round trips, then N timed ones (nothing else in their
 * loop), appended to samples_file (NULL: none), then the slice record with their p50 and p99; until
 * `end`. 0, or -1 when a round trip failed (r->error: no end marker then). */
static int ping_slices(void *socket, const struct config *cfg, char *payload, char *reply, FILE *samples_file,
                       struct side_result *r)
{
    const size_t size = (size_t) cfg->size;
    struct slice_totals totals = { 0 };
    struct slice_line line;
    int64_t *rtts = NULL, *room, capacity = 0, i;
    char write_error[256] = "";
    int rc = 0;

    slice_print_warm(&r->phases);
    for (;;) {
        enum slice_command command = slice_next(parent_lines(), NULL, -1, &line);
        int64_t elapsed = 0;
        if (command == SLICE_END)
            break;
        if (command != SLICE_RUN) {
            slice_bad_line(&line, r->error, sizeof r->error);
            break;
        }
        slice_started(&totals);
        if ((room = slice_room(rtts, &capacity, line.measured, r)) == NULL)
            break;
        rtts = room;
        for (i = 0; i < line.preroll && rc == 0; i++)
            rc = round_trip(socket, cfg, payload, reply, size, r);
        for (i = 0; i < line.measured && rc == 0; i++) {
            const int64_t t0 = now_ns();
            rc = round_trip(socket, cfg, payload, reply, size, r);
            rtts[i] = now_ns() - t0;
        }
        if (rc != 0)
            break;
        for (i = 0; i < line.measured; i++)
            elapsed += rtts[i];
        slice_ended(&totals, line.measured, elapsed);
        if (samples_file != NULL && write_error[0] == '\0'
            && samples_append(samples_file, rtts, line.measured, write_error, sizeof write_error) == 0)
            r->samples += line.measured;
        print_slice(line.measured, elapsed, median_int64(rtts, line.measured),
                    percentile_int64(rtts, line.measured, 99));
    }
    r->measured = totals.measured;
    r->elapsed_ns = totals.elapsed_ns;
    r->cpu_ns = slices_over(&totals);
    r->threads = meter_threads();
    if (samples_file != NULL) {
        char close_error[sizeof write_error];
        if (samples_close(samples_file, close_error, sizeof close_error) != 0 && write_error[0] == '\0')
            memcpy(write_error, close_error, sizeof write_error);
        if (write_error[0] != '\0' && r->error[0] == '\0')
            snprintf(r->error, sizeof r->error, "%s", write_error);
    }
    free(rtts);
    return rc;
}

/* At least ns of sleep (CLOCK_MONOTONIC, to an absolute time: a signal does not shorten it). */
static void sleep_ns(int64_t ns)
{
    struct timespec until;
    clock_gettime(CLOCK_MONOTONIC, &until);
    until.tv_sec += (time_t) (ns / 1000000000);
    until.tv_nsec += (long) (ns % 1000000000);
    if (until.tv_nsec >= 1000000000) {
        until.tv_sec++;
        until.tv_nsec -= 1000000000;
    }
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL) == EINTR)
        ;
}

/* With a gap (sparse) it sleeps before each measured round trip; the warm-up stays back to back. */
void latency_ping(void *socket, const struct config *cfg, FILE *slice_samples, struct side_result *r)
{
    const size_t size = (size_t) cfg->size;
    struct phases *ph = &r->phases;
    int64_t cpu0 = 0, cpu1 = 0, t0, t1 = 0, done = 0;
    enum phase_event event;
    bool failed;
    char err[256];
    char *payload = malloc(size);
    char *reply = malloc(size);

    if (payload == NULL || reply == NULL) {
        snprintf(r->error, sizeof r->error, "cannot allocate 2 x %d bytes", cfg->size);
        goto out;
    }
    if (phases_init(ph, cfg, true, r->error, sizeof r->error) != 0)
        goto out;
    r->timed = true;
    memset(payload, 'p', size);
    memset(reply, 0, size);

    /* Every round trip is timed around send + receive; the phases' bookkeeping (a window's p50
     * included) happens between round trips. */
    event = phases_start(ph, now_ns(), 0);
    for (;;) {
        if (event == PHASE_WARMUP_END) {
            if (cfg->slices)
                break; /* the parent's slices are the measurement */
            if ((r->kept = measured_samples(cfg, ph, r)) == NULL) {
                phases_stop(ph, done, t1);
                break;
            }
            cpu0 = meter_start(); /* the meter first, then the clock the interval starts at */
            event = phases_begin_measure(ph, now_ns(), done);
        }
        if (event == PHASE_MEASURE_END) {
            cpu1 = meter_stop();
            break;
        }
        if (cfg->gap_ns > 0 && ph->measuring)
            sleep_ns(cfg->gap_ns); /* sparse: the quiet gap, outside the round trip's interval */
        t0 = now_ns();
        if (round_trip(socket, cfg, payload, reply, size, r) != 0) {
            cpu1 = meter_stop();
            phases_stop(ph, done, t1);
            break;
        }
        t1 = now_ns();
        if (ph->measuring)
            r->kept[done - ph->measure_start_done] = t1 - t0;
        else
            phases_rtt(ph, t1 - t0);
        event = phases_update(ph, ++done, t1);
    }
    failed = r->error[0] != '\0';
    if (cfg->slices && !failed)
        failed = ping_slices(socket, cfg, payload, reply, slice_samples, r) != 0;
    if (!failed)
        latency_end_marker(socket, cfg, r);
    r->warmup = ph->warmup_messages;
    if (cfg->slices)
        goto out;
    r->measured = phases_measured(ph);
    r->elapsed_ns = phases_elapsed_ns(ph);
    r->cpu_ns = ph->measuring ? cpu1 - cpu0 : 0;
    r->threads = meter_threads();
    if (r->measured > 0 && phases_measured_p50s(ph, r->kept, err, sizeof err) != 0 && r->error[0] == '\0')
        snprintf(r->error, sizeof r->error, "%s", err); /* an earlier error says more */

out:
    free(payload);
    free(reply);
}

/* 0, or the errno of a failed write. */
static int append_samples(FILE *f, const int64_t *samples, int64_t n)
{
    int e = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* x86_64 and other little-endian hosts: the in-memory layout is the file format. */
    if (n > 0 && fwrite(samples, sizeof *samples, (size_t) n, f) != (size_t) n)
        e = errno ? errno : EIO;
#else
    for (int64_t i = 0; i < n && e == 0; i++) {
        uint64_t v = (uint64_t) samples[i];
        unsigned char b[8];
        for (int k = 0; k < 8; k++)
            b[k] = (unsigned char) (v >> (8 * k));
        if (fwrite(b, 1, sizeof b, f) != sizeof b)
            e = errno ? errno : EIO;
    }
#endif
    return e;
}

static int close_samples(FILE *f)
{
    return fclose(f) != 0 ? (errno ? errno : EIO) : 0;
}

static int samples_error(int e, char *err, size_t errlen)
{
    if (e == 0)
        return 0;
    snprintf(err, errlen, "cannot write the samples file: %s", strerror(e));
    return -1;
}

int samples_append(FILE *f, const int64_t *samples, int64_t n, char *err, size_t errlen)
{
    return samples_error(append_samples(f, samples, n), err, errlen);
}

int samples_close(FILE *f, char *err, size_t errlen)
{
    return samples_error(close_samples(f), err, errlen);
}

int samples_write(FILE *f, const int64_t *samples, int64_t n, char *err, size_t errlen)
{
    int e = append_samples(f, samples, n), closed = close_samples(f);
    return samples_error(e != 0 ? e : closed, err, errlen);
}

static void latency_connect_side(void *socket, const struct config *cfg, const struct connect_side *side,
                                 struct side_result *r)
{
    latency_ping(socket, cfg, side->slice_samples, r);
}

const struct scenario_def scenario_latency = {
    .name = "latency",
    .round_trips = true,
    .check = scenario_check_unpaced,
    .bind_side = latency_echo,
    .connect_side = latency_connect_side,
};

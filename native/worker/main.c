/* zmqbench-worker: the `c` backend, one peer of one measurement on plain libzmq.
 * Protocol: src/worker/main/java/zmqbench/protocol/package-info.java. Exit status: 0 done (the
 * result record may still carry an error), 1 failed before measuring, 2 bad arguments. */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <zmq.h>

#include "args.h"
#include "crossings.h"
#include "handshake.h"
#include "json.h"
#include "openloop.h"
#include "parent.h"
#include "scenario.h"
#include "semantics.h"
#include "sock.h"
#include "stats.h"

#define ERRLEN 512

static char zmq_version_string[32];
/* open-loop: the uncorrected round trips (FILE.uncorrected), beside the corrected ones in samples */
static FILE *uncorrected_file;

static void fail(const char *message)
{
    print_error(message);
    exit(1);
}

struct bind_thread {
    void *socket;
    const struct config *cfg;
    struct side_result result;
    atomic_bool measured; /* stops a timed throughput sender (--role both) */
    atomic_bool done;     /* releases a pub-sub publisher, and stops a sender (--role both) */
    struct line_reader lines; /* --slices: the slice lines the sender hands on */
    int ended_fd;             /* --slices: closed when the thread ends (-1: none) */
};

static void set_flag(void *arg)
{
    atomic_store((atomic_bool *) arg, true);
}

static void *bind_thread_main(void *arg)
{
    struct bind_thread *t = arg;
    struct notice measured = { set_flag, &t->measured };
    t->cfg->scenario->bind_side(t->socket, t->cfg, &measured, &t->lines, &t->result);
    atomic_store(&t->done, true);
    if (t->ended_fd >= 0)
        close(t->ended_fd);
    return NULL;
}

/* The parent hears of a timed receiver's end by a record (bind role). */
static void notice_by_stdout(void *arg)
{
    (void) arg;
    print_measured();
}

/* Released by the parent: a line on stdin (connect role). */
static bool release_by_stdin(void *arg, int wait_ms)
{
    (void) arg;
    return parent_released(wait_ms);
}

static bool stop_by_stdin(void *arg)
{
    (void) arg;
    return parent_stop_requested();
}

/* Stopped by the receiver thread's measurement end, or its end (both role). */
static bool stop_by_thread(void *arg)
{
    struct bind_thread *t = arg;
    return atomic_load(&t->measured) || atomic_load(&t->done);
}

/* Released by the receiver thread's end (both role); polled every wait_ms at most. */
static bool release_by_thread(void *arg, int wait_ms)
{
    atomic_bool *done = arg;
    struct timespec ts = { .tv_sec = wait_ms / 1000, .tv_nsec = (long) (wait_ms % 1000) * 1000000L };
    if (atomic_load(done))
        return true;
    nanosleep(&ts, NULL);
    return atomic_load(done);
}

/* Appends "label: message" (or message when label is NULL) to dst, "; "-separated. */
static void add_error(char *dst, size_t len, const char *label, const char *message)
{
    size_t used = strlen(dst);
    if (message[0] == '\0' || used >= len - 1)
        return;
    snprintf(dst + used, len - used, "%s%s%s%s", used ? "; " : "", label ? label : "",
             label ? ": " : "", message);
}

static void print_timeline(struct json *j, const struct side_result *r)
{
    json_array_begin(j, "timeline");
    for (int64_t i = 0; r->timed && i < r->phases.windows_n; i++) {
        const struct timeline_window *w = &r->phases.windows[i];
        json_item_begin(j);
        json_int(j, "end_ns", w->end_ns);
        json_int(j, "messages", w->messages);
        json_double(j, "value", w->value);
        json_bool(j, "measured", w->measured);
        json_item_end(j);
    }
    json_array_end(j);
}

/* The groups and fields of zmqbench.protocol.PeerRecord, in its order (WorkerSchemaTest holds the
 * two workers' records to the same shape). */
static void print_result(const struct config *cfg, const char *endpoint, const struct side_result *r,
                         const char *error)
{
    struct json j;
    json_begin(&j, stdout);
    json_str(&j, "event", "result");

    json_object_begin(&j, "identity");
    json_str(&j, "backend", "c");
    json_str(&j, "backend_version", zmq_version_string);
    json_str(&j, "libzmq_version", zmq_version_string);
    json_str(&j, "role", cfg->role_name);
    json_str(&j, "scenario", cfg->scenario_name);
    json_str(&j, "pattern", cfg->pattern->name);
    json_str(&j, "endpoint", endpoint);
    json_int(&j, "size", cfg->size);
    json_object_end(&j);

    json_object_begin(&j, "counts");
    json_int(&j, "count", cfg->measure_kind == MEASURE_COUNT ? cfg->count : r->measured);
    json_int(&j, "sent", r->sent);
    json_int(&j, "received", r->received);
    json_int(&j, "measured", r->measured);
    json_int(&j, "dropped", r->dropped);
    json_int(&j, "samples", r->samples);
    json_object_end(&j);

    json_object_begin(&j, "timing");
    json_int(&j, "elapsed_ns", r->elapsed_ns);
    json_int(&j, "enqueue_ns", r->enqueue_ns);
    json_object_end(&j);

    json_object_begin(&j, "cost"); /* no heap, collector or JIT in C: -1 */
    json_int(&j, "cpu_ns", r->cpu_ns);
    json_int(&j, "peak_rss_kb", peak_rss_kb());
    json_int(&j, "alloc_bytes", -1);
    json_int(&j, "gc_count", -1);
    json_int(&j, "gc_ns", -1);
    json_int(&j, "jit_ns", -1);
    json_int(&j, "jit_measured_ns", -1);
    json_int(&j, "native_crossings", 0); /* libzmq called directly: no crossing to count */
    json_object_end(&j);

    print_thread_costs(&j, &r->threads);

    json_object_begin(&j, "rate");
    json_int(&j, "target", cfg->rate);
    json_double(&j, "achieved", r->achieved_rate);
    json_bool(&j, "met", cfg->rate > 0 && r->achieved_rate >= OPEN_LOOP_RATE_MET_FRACTION * (double) cfg->rate);
    json_object_end(&j);

    json_object_begin(&j, "warmup");
    json_str(&j, "steady_state", r->timed ? r->phases.steady_state : "fixed");
    json_int(&j, "duration_ns", r->timed ? r->phases.warmup_ns : 0);
    json_int(&j, "messages", r->warmup);
    json_int(&j, "window_ns", cfg->window_ms * 1000000);
    print_timeline(&j, r);
    json_object_end(&j);

    json_str(&j, "error", error[0] ? error : NULL);
    json_end(&j);
}

static int64_t *touched_samples(int64_t n)
{
    char err[ERRLEN];
    int64_t *samples;
    if ((uint64_t) n > SIZE_MAX / sizeof *samples || (samples = malloc((size_t) n * sizeof *samples)) == NULL) {
        snprintf(err, sizeof err, "cannot allocate memory for %lld samples", (long long) n);
        fail(err);
    }
    memset(samples, 0, (size_t) n * sizeof *samples);
    return samples;
}

static FILE *open_samples(const char *path, const char *suffix)
{
    char name[4096], err[ERRLEN + 4096];
    FILE *f;
    snprintf(name, sizeof name, "%s%s", path, suffix);
    if ((f = fopen(name, "wb")) == NULL) {
        snprintf(err, sizeof err, "cannot open the samples file %s: %s", name, strerror(errno));
        fail(err);
    }
    return f;
}

int main(int argc, char **argv)
{
    struct config cfg;
    char err[ERRLEN];
    char resolved[1024];
    char error[2 * ERRLEN + 64] = "";
    const char *endpoint;
    int major, minor, patch;
    bool latency, pinger;
    FILE *samples_file = NULL;
    int64_t *samples = NULL, *uncorrected_samples = NULL;
    void *ctx, *bind_socket = NULL, *connect_socket = NULL, *handshake = NULL;
    struct side_result result;
    struct bind_thread bt;

    zmq_version(&major, &minor, &patch);
    snprintf(zmq_version_string, sizeof zmq_version_string, "%d.%d.%d", major, minor, patch);
    if (semantics_requested(argc, argv))
        return semantics_main(argc, argv, zmq_version_string); /* zmqbench semantics: semantics.h */
    if (crossings_requested(argc, argv))
        return crossings_main(argc, argv, zmq_version_string); /* zmqbench crossings: crossings.h */

    if (parse_args(argc, argv, &cfg, err, sizeof err) != 0) {
        print_error(err);
        return 2;
    }
    if (cfg.describe) {
        print_describe(zmq_version_string);
        return 0;
    }
    latency = cfg.scenario->round_trips;
    pinger = latency && cfg.role != ROLE_BIND;

    /* Samples: opened, and for open-loop allocated (and touched), before anything is measured (a
     * latency pinger allocates its own at the end of its warm-up, when it knows how many it may
     * need). An open-loop pinger keeps its corrected round trips for its timeline's p50s even
     * without --samples. --samples is ignored by roles that produce no samples. */
    if (pinger && cfg.scenario->open_loop) {
        samples = touched_samples(cfg.count); /* open-loop runs counted phases only */
        if (cfg.samples_path != NULL)
            uncorrected_samples = touched_samples(cfg.count);
    }
    if (pinger && cfg.samples_path != NULL) {
        samples_file = open_samples(cfg.samples_path, "");
        if (cfg.scenario->open_loop)
            uncorrected_file = open_samples(cfg.samples_path, ".uncorrected");
    }

    ctx = zmq_ctx_new();
    if (ctx == NULL) {
        snprintf(err, sizeof err, "cannot create a ZeroMQ context: %s", zmq_strerror(errno));
        fail(err);
    }

    /* Bind first (and announce it), then connect: inproc in libzmq 4.3 allows either order, but
     * this is the order the protocol describes. */
    endpoint = cfg.endpoint;
    if (cfg.role != ROLE_CONNECT) {
        if ((bind_socket = sock_open(ctx, &cfg, true, err, sizeof err)) == NULL
            || (cfg.role == ROLE_BIND && (handshake = handshake_watch(ctx, bind_socket, err, sizeof err)) == NULL)
            || sock_bind(bind_socket, cfg.endpoint, resolved, sizeof resolved, err, sizeof err) != 0)
            fail(err);
        endpoint = resolved;
        if (cfg.role == ROLE_BIND)
            print_ready(endpoint);
    }
    if (cfg.role != ROLE_BIND) {
        if ((connect_socket = sock_open(ctx, &cfg, false, err, sizeof err)) == NULL
            || (cfg.role == ROLE_CONNECT && (handshake = handshake_watch(ctx, connect_socket, err, sizeof err)) == NULL)
            || sock_connect(connect_socket, endpoint, err, sizeof err) != 0)
            fail(err);
    }
    /* Two processes: connected before anything counts (inproc has no handshake). */
    if (handshake != NULL && handshake_await(handshake, cfg.role == ROLE_BIND ? bind_socket : connect_socket,
                                             cfg.role == ROLE_BIND, endpoint, err, sizeof err) != 0)
        fail(err);

    memset(&result, 0, sizeof result);
    switch (cfg.role) {
    case ROLE_BIND: {
        /* --slices: the receiver says `warm` instead */
        struct notice measured = { phases_counted(&cfg) || cfg.slices ? NULL : notice_by_stdout, NULL };
        cfg.scenario->bind_side(bind_socket, &cfg, &measured, parent_lines(), &result);
        add_error(error, sizeof error, NULL, result.error);
        break;
    }

    case ROLE_CONNECT: {
        struct connect_side side = { samples, uncorrected_samples, cfg.slices ? samples_file : NULL,
                                     { release_by_stdin, NULL }, { stop_by_stdin, NULL }, { -1, -1 } };
        cfg.scenario->connect_side(connect_socket, &cfg, &side, &result);
        add_error(error, sizeof error, NULL, result.error);
        break;
    }

    case ROLE_BOTH: {
        /* The bound socket moves to its thread; pthread_create/join are the memory barriers
         * libzmq asks for when a socket changes threads. */
        pthread_t thread;
        int rc, relay[2] = { -1, -1 }, ended[2] = { -1, -1 };
        struct connect_side side = { samples, uncorrected_samples, cfg.slices ? samples_file : NULL,
                                     { release_by_thread, &bt.done }, { stop_by_thread, &bt }, { -1, -1 } };
        memset(&bt, 0, sizeof bt);
        bt.socket = bind_socket;
        bt.cfg = &cfg;
        atomic_init(&bt.measured, false);
        atomic_init(&bt.done, false);
        line_reader_init(&bt.lines, -1);
        bt.ended_fd = -1;
        if (cfg.slices && !latency) { /* this thread reads stdin and hands the receiver its lines */
            if (pipe(relay) != 0 || pipe(ended) != 0) {
                snprintf(err, sizeof err, "cannot create a pipe to the receiver thread: %s", strerror(errno));
                fail(err);
            }
            line_reader_init(&bt.lines, relay[0]);
            bt.ended_fd = ended[1];
            side.relay = (struct slice_relay) { relay[1], ended[0] };
        }
        if ((rc = pthread_create(&thread, NULL, bind_thread_main, &bt)) != 0) {
            snprintf(err, sizeof err, "cannot start the %s thread: %s",
                     latency ? "echo" : "receiver", strerror(rc));
            fail(err);
        }
        cfg.scenario->connect_side(connect_socket, &cfg, &side, &result);
        if (relay[1] >= 0)
            close(relay[1]); /* EOF: a receiver still waiting for lines drains to the end marker */
        /* --slices: an echo waits without a timeout, for an end marker a failed pinger never sent */
        if (cfg.slices && latency && result.error[0] != '\0')
            zmq_ctx_shutdown(ctx);
        pthread_join(thread, NULL); /* the sender closes only once the receiver is done */
        if (relay[0] >= 0) {
            close(relay[0]);
            close(ended[0]);
        }

        /* One record: sent (and, for latency, everything else) from the connect side;
         * received, measured, elapsed and CPU from the receiver in throughput. */
        if (!latency) {
            result.received = bt.result.received;
            result.measured = bt.result.measured;
            result.elapsed_ns = bt.result.elapsed_ns;
            result.cpu_ns = bt.result.cpu_ns;
            result.threads = bt.result.threads;
            result.dropped = bt.result.dropped;
            result.warmup = bt.result.warmup;
            result.timed = bt.result.timed;
            result.phases = bt.result.phases; /* freed once, through result */
            add_error(error, sizeof error, "receiver", bt.result.error);
            add_error(error, sizeof error, "sender", result.error);
        } else {
            add_error(error, sizeof error, "pinger", result.error);
            add_error(error, sizeof error, "echo", bt.result.error);
        }
        break;
    }
    }

    if (samples_file != NULL && !cfg.slices) { /* a slice pinger wrote its own */
        /* open-loop's corrected samples are ours; a closed-loop pinger keeps its own */
        if (samples_write(samples_file, cfg.scenario->open_loop ? samples : result.kept, result.measured, err,
                          sizeof err) == 0)
            result.samples = result.measured;
        else
            add_error(error, sizeof error, NULL, err);
    }
    if (uncorrected_file != NULL
        && samples_write(uncorrected_file, uncorrected_samples, result.measured, err, sizeof err) != 0)
        add_error(error, sizeof error, NULL, err);

    /* The sender waits for the receiver's confirmation before it reports, and its CPU time
     * includes the wait: libzmq's I/O thread is still flushing the tail then, as the Java sender
     * counts it too (--slices: the meter spans the slices alone). A pub-sub publisher has waited
     * already, sending end markers. */
    if (cfg.role == ROLE_CONNECT && !latency && !cfg.pattern->sequenced) {
        int64_t cpu_before_wait = cpu_ns();
        parent_wait_release(cfg.timeout_ms);
        if (!cfg.slices) {
            result.cpu_ns += meter_stop() - cpu_before_wait; /* the threads' span grows with it */
            result.threads = meter_threads();
        }
    }

    print_result(&cfg, endpoint, &result, error);

    if (connect_socket != NULL)
        zmq_close(connect_socket);
    if (bind_socket != NULL)
        zmq_close(bind_socket);
    zmq_ctx_term(ctx);
    phases_free(&result.phases);
    free(samples);
    free(uncorrected_samples);
    free(result.kept);
    return 0;
}

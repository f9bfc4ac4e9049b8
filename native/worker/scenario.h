/* The scenarios, each as its two sides, declared in its own file (latency.c, throughput.c,
 * openloop.c, sparse.c; pub-sub's throughput sides are in pubsub.c) as a scenario_def that
 * scenarios.c finds by name. A side runs on a socket that is already bound or connected, never
 * exits, and reports through a side_result (error[0] != 0: what went wrong). */
#ifndef ZMQBENCH_SCENARIO_H
#define ZMQBENCH_SCENARIO_H

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <zmq.h>

#include "args.h"
#include "parent.h"
#include "phases.h"
#include "threads.h"

struct side_result {
    int64_t sent;
    int64_t received;
    int64_t measured;   /* messages / round trips in this side's timed interval */
    int64_t elapsed_ns; /* receiver, pinger: the measured interval (phases.h) */
    int64_t enqueue_ns; /* sender: the measured sends (timed phases: all, it cannot tell) */
    int64_t samples;    /* pinger: samples written to the samples file */
    int64_t cpu_ns;     /* process CPU over this side's timed interval */
    struct thread_costs threads; /* each class of thread over the same span (threads.h) */
    int64_t dropped;    /* pub-sub subscriber: measured messages sent but never received */
    double achieved_rate; /* open-loop pinger: measured messages per second actually sent */
    int64_t warmup;     /* warm-up messages / round trips this side knows of */
    int64_t *kept;      /* latency pinger: the measured round trips (measured of them); the caller frees it */
    bool timed;         /* the timed side: phases holds its phases and timeline */
    struct phases phases;
    char error[512];
};

/* Tells the other side of --role both, or the parent, something happened; fire may be NULL. */
struct notice {
    void (*fire)(void *arg);
    void *arg;
};

/* Asks whether the sender of a timed throughput run is to stop: a `stop` line from the parent, or
 * the receiver thread's notice with --role both. */
struct stop_request {
    bool (*requested)(void *arg);
    void *arg;
};

/* latency.c: bind side echoes every message back, up to the end marker (a 0-byte frame, answered
 * with one); the bind side of every round-trip scenario (measured and lines: unused). */
void latency_echo(void *socket, const struct config *cfg, const struct notice *measured, struct line_reader *lines,
                  struct side_result *r);
/* latency.c: connect side, the timed one: warm-up, measurement (its round trips in r->kept), then
 * the end marker. With --slices the measurement is the parent's slices (slices.h), whose round
 * trips go to slice_samples (NULL: none), appended to after each slice and closed at the end. */
void latency_ping(void *socket, const struct config *cfg, FILE *slice_samples, struct side_result *r);
/* latency.c: the pinger's end marker (a 0-byte frame) and the echo's answer; 0, or -1 and r->error. */
int latency_end_marker(void *socket, const struct config *cfg, struct side_result *r);
/* latency.c: writes n samples as little-endian int64 and closes f. 0, or -1 and err. */
int samples_write(FILE *f, const int64_t *samples, int64_t n, char *err, size_t errlen);
/* latency.c: samples_write in two steps, for --slices: n more samples; then the close. */
int samples_append(FILE *f, const int64_t *samples, int64_t n, char *err, size_t errlen);
int samples_close(FILE *f, char *err, size_t errlen);

/* throughput.c: bind side, the timed one: warm-up, measurement (then `measured` is noticed), and
 * on to the sender's end marker. With --slices the measurement is the parent's slices, read from
 * lines (stdin, or the sender thread's pipe with --role both), and `measured` is noticed when the
 * warm-up ends. */
void throughput_recv(void *socket, const struct config *cfg, const struct notice *measured,
                     struct line_reader *lines, struct side_result *r);
/* A receiver's clock, read every `every` messages only (the floor cannot afford one per message):
 * the message count of the next check, the last check's time, and the meter at the measurement's
 * ends. */
struct receiver_checks {
    int64_t next, every, last, cpu0, cpu1;
};
/* throughput.c: the check at message `done` (== c->next) of a receiver whose phases decide their
 * own ends: starts the phases at the first message, closes windows, starts the meter when the
 * warm-up ends, stops it and notices `measured` when the measurement ends, and sets the next
 * check (0: none). Also pubsub.c's, with timed phases. */
enum phase_event receiver_check(struct receiver_checks *c, struct phases *ph, int64_t done,
                                const struct notice *measured);
/* throughput.c: connect side sends warmup+count messages (counted phases) or until stop is
 * requested, then the end marker. */
void throughput_send(void *socket, const struct config *cfg, const struct stop_request *stop,
                     struct side_result *r);

/* --slices with --role both: the sender (the main thread, reading stdin) hands the receiver thread
 * its slice lines through to_receiver, a pipe, and stops waiting for lines once receiver_ended, a
 * descriptor, becomes readable (the receiver thread has ended). -1 and -1 with two processes. */
struct slice_relay {
    int to_receiver;
    int receiver_ended;
};

/* throughput.c: connect side with --slices (slices.h): the warm-up (--warmup N messages, or until
 * stop is requested, then `paused` with two processes), then each slice's P + N messages, then the
 * end marker. */
void throughput_send_slices(void *socket, const struct config *cfg, const struct stop_request *stop,
                            const struct slice_relay *relay, struct side_result *r);

/* Tells a pub-sub publisher that the receiver is done: true when released, after waiting at most
 * wait_ms for it. */
struct release {
    bool (*wait)(void *arg, int wait_ms);
    void *arg;
};

/* What the connect side needs from its surroundings: the parent's stdin, or the bind thread. */
struct connect_side {
    int64_t *samples;     /* open-loop: the corrected round trips, allocated before the run */
    int64_t *uncorrected; /* open-loop with --samples: the uncorrected ones, likewise; else NULL */
    FILE *slice_samples;  /* --slices, latency */
    struct release release;
    struct stop_request stop;
    struct slice_relay relay;
};

/* One scenario: its name, its sides, and what it asks of its arguments (the Java worker's
 * zmqbench.scenario.Scenario). */
struct scenario_def {
    const char *name;
    bool round_trips;   /* the connect side pings and times round trips that the bind side echoes */
    bool open_loop;     /* its pinger keeps corrected and uncorrected samples, allocated before the run, and
                         * drains a timed warm-up's replies before it measures (openloop.h) */
    /* 0 when cfg's scenario arguments suit it (rate, gap, phases, size, pattern beyond the round
     * trips pattern_check judges); else -1 and why not in err, worded as the Java worker. */
    int (*check)(const struct config *cfg, char *err, size_t errlen);
    void (*bind_side)(void *socket, const struct config *cfg, const struct notice *measured,
                      struct line_reader *lines, struct side_result *r);
    void (*connect_side)(void *socket, const struct config *cfg, const struct connect_side *side,
                         struct side_result *r);
};

extern const struct scenario_def scenario_latency, scenario_throughput, scenario_open_loop;

/* scenarios.c: the scenario called name, or NULL. */
const struct scenario_def *scenario_find(const char *name);
/* scenarios.c: the known names, comma separated, into buf. */
void scenario_names(char *buf, size_t len);
/* scenarios.c: the checks that a scenario without a send rate, or without a gap, was given none
 * (worded as zmqbench.scenario.Scenario); 0, or -1 and err. scenario_check_unpaced: both. */
int scenario_check_no_rate(const struct config *cfg, char *err, size_t errlen);
int scenario_check_no_gap(const struct config *cfg, char *err, size_t errlen);
int scenario_check_unpaced(const struct config *cfg, char *err, size_t errlen);

/* pubsub.c: bind side, the subscriber; counts drops; with timed phases `measured` is noticed when
 * the measurement ends (see pubsub.h). */
void pubsub_subscribe(void *socket, const struct config *cfg, const struct notice *measured,
                      struct side_result *r);
/* pubsub.c: connect side, the publisher: warmup+count data messages (counted phases) or data until
 * stop is requested, then end markers until released (see pubsub.h). */
void pubsub_publish(void *socket, const struct config *cfg, const struct stop_request *stop,
                    const struct release *release, struct side_result *r);

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

static inline int send_frame(void *socket, const void *buf, size_t len, int flags)
{
    int n;
    do
        n = zmq_send(socket, buf, len, flags);
    while (n < 0 && errno == EINTR);
    return n;
}

static inline int send_buf(void *socket, const void *buf, size_t len)
{
    return send_frame(socket, buf, len, 0);
}

/* One payload, skipping the routing-id frame a ROUTER puts in front of it, and a reply back
 * through the same envelope (as Frames in the Java worker). */
struct frames {
    void *socket;
    bool envelope;
    size_t id_len;
    unsigned char id[256]; /* libzmq routing ids are at most 255 bytes */
};

static inline void frames_init(struct frames *f, void *socket, const struct config *cfg)
{
    f->socket = socket;
    f->envelope = cfg->pattern->envelope;
    f->id_len = 0;
}

/* The payload's full length (as recv_buf), or -1 and errno. */
static inline int frames_recv(struct frames *f, void *buf, size_t len)
{
    if (f->envelope) {
        int n = recv_buf(f->socket, f->id, sizeof f->id);
        if (n < 0)
            return -1;
        f->id_len = (size_t) n < sizeof f->id ? (size_t) n : sizeof f->id;
    }
    return recv_buf(f->socket, buf, len);
}

/* Sends buf to the peer the last payload came from; bytes sent or -1 and errno. */
static inline int frames_reply(struct frames *f, const void *buf, size_t len)
{
    if (f->envelope && send_frame(f->socket, f->id, f->id_len, ZMQ_SNDMORE) < 0)
        return -1;
    return send_buf(f->socket, buf, len);
}

#endif

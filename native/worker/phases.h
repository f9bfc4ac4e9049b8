/* The phases of the timed side (latency pinger, throughput receiver): when the warm-up ends (a
 * count, a duration, or steady state within a cap), when the measurement ends (a count or a
 * duration), and the timeline of windows from the first message, as the Java worker keeps them
 * (zmqbench.protocol.TimelineWindow).
 *
 * The caller counts `done`, the messages (or round trips) completed since the first one, and
 * calls phases_update with it and the clock at checks of its choosing (every round trip, or every
 * few messages: phases_next_check says when the next count boundary falls). A window closes at
 * the first check at or after its nominal end and keeps its exact end and count; the warm-up's
 * last window and the measurement's last one end at the phase's end (partial windows). Steady
 * state: the last K full warm-up windows each within +-tolerance % of their median.
 *
 * Everything is allocated by phases_init: updates allocate nothing and read no clock. Windows
 * beyond the preallocated capacity (the phases' time bounds, or 4096 more windows when a phase
 * is counted) are not kept; their messages still count. */
#ifndef ZMQBENCH_PHASES_H
#define ZMQBENCH_PHASES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "args.h"

struct timeline_window {
    int64_t end_ns;   /* since the first message */
    int64_t messages; /* completed in the window */
    double value;     /* msg/s (throughput), or the RTT p50 in ns (latency) */
    bool measured;    /* false: warm-up */
};

enum phase_event { PHASE_NONE, PHASE_WARMUP_END, PHASE_MEASURE_END };

struct phases {
    const struct config *cfg;
    bool latency;
    int64_t window_ns;
    struct timeline_window *windows;
    int64_t capacity, windows_n;
    double *recent, *sorted; /* the last 2K full warm-up window values, oldest first, and a K-long sort buffer */
    int recent_n;
    int64_t *rtts;           /* latency: warm-up round trips of the open window, every rtt_stride-th */
    int64_t rtts_capacity, rtts_n, rtt_stride, rtts_seen;
    int64_t fastest_p50;     /* latency: the lowest warm-up window p50, 0 before any */
    bool measuring, done;
    int64_t origin, window_start, window_end, window_done;
    int64_t warmup_ns, warmup_messages; /* warmup_messages: as counted, or as run */
    int64_t measure_start_ns, measure_start_done, measure_end_ns, measure_end_done;
    int64_t measure_limit;  /* the most a measurement may take (0: no limit); set before phases_begin_measure */
    int64_t measure_target; /* a measurement ends at done == measure_target at the latest */
    const char *steady_state;              /* "steady", "not steady" or "fixed" */
    /* Counted phases whose ends only the caller sees (pub-sub: by sequence number, across drops):
     * phases_start and phases_update then end no phase; phases_end_warmup and phases_stop do. */
    bool caller_ends;
    /* Open-loop with a timed or automatic warm-up: messages sent on the warm-up's schedule are
     * still in flight when a check judges it over. phases_update then only records the verdict
     * (phases_warmup_judged); the caller sends no more, takes the replies, and ends the warm-up
     * with phases_end_warmup. */
    bool drains_warmup;
    const char *verdict; /* the judged warm-up's steady_state, NULL before */
};

/* latency: window values are RTT p50s. 0, or -1 and err. */
int phases_init(struct phases *p, const struct config *cfg, bool latency, char *err, size_t errlen);
void phases_free(struct phases *p);

/* The first message: the timeline's origin. PHASE_WARMUP_END when there is no warm-up. */
enum phase_event phases_start(struct phases *p, int64_t now, int64_t done);
/* A check: closes the window when due; PHASE_WARMUP_END or PHASE_MEASURE_END when a phase ends
 * here. After PHASE_WARMUP_END the caller starts its meter, then phases_begin_measure. */
enum phase_event phases_update(struct phases *p, int64_t done, int64_t now);
/* PHASE_MEASURE_END when the measurement is over at once (a count already reached), else PHASE_NONE. */
enum phase_event phases_begin_measure(struct phases *p, int64_t now, int64_t done);
/* An error ended the run, or (caller_ends) the measurement ended: the phase ends at now (the
 * last message completed). */
void phases_stop(struct phases *p, int64_t done, int64_t now);
/* caller_ends, or drains_warmup once judged: the warm-up ends at now; the caller starts its meter,
 * then phases_begin_measure. */
void phases_end_warmup(struct phases *p, int64_t done, int64_t now);
/* drains_warmup: the warm-up is over but for the replies in flight; send no more of it. */
bool phases_warmup_judged(const struct phases *p);
/* The next done at which a count boundary falls, or done + every, whichever comes first. */
int64_t phases_next_check(const struct phases *p, int64_t done, int64_t every);
/* A receiver that reads the clock every `every` messages only: the next `every`, given the time
 * since its last check, so that checks cost nothing measurable yet windows end on time. */
int64_t phases_adapt_check_every(const struct phases *p, int64_t every, int64_t since_last_ns);

/* Latency, warm-up: one round trip of the open window (for its p50). */
void phases_rtt(struct phases *p, int64_t rtt_ns);
/* Latency, after the end: the measured windows' p50s from the measured samples (in order). */
int phases_measured_p50s(struct phases *p, const int64_t *samples, char *err, size_t errlen);

/* After the warm-up: messages (round trips) per second over its last --steady-windows windows
 * (their messages over their total length; fewer when it had fewer), 0 without any. */
double phases_warmup_rate(const struct phases *p);

int64_t phases_measured(const struct phases *p);
int64_t phases_elapsed_ns(const struct phases *p);

#endif

#include "phases.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "median.h"
#include "scenario.h"
#include "steady.h"

#define NS_PER_MS 1000000LL
/* Windows kept beyond the phases' time bounds when a phase is counted (its length is unknown). */
#define COUNTED_PHASE_WINDOWS 4096
#define MAX_WINDOWS (1LL << 20)
/* Warm-up round trips kept per window for its p50; beyond, every 2nd, 4th... is kept. */
#define RTTS_PER_WINDOW 65536
#define NO_LIMIT (INT64_MAX / 4)

static void *touched(size_t n, size_t size)
{
    return calloc(n > 0 ? n : 1, size); /* calloc: zeroed pages, written below before the loop */
}

int phases_init(struct phases *p, const struct config *cfg, bool latency, char *err, size_t errlen)
{
    int64_t known_ms = 0;
    bool counted = cfg->measure_kind == MEASURE_COUNT || (cfg->warmup_kind == WARMUP_COUNT && cfg->warmup > 0);

    memset(p, 0, sizeof *p);
    p->cfg = cfg;
    p->latency = latency;
    p->window_ns = cfg->window_ms * NS_PER_MS;
    p->steady_state = cfg->warmup_kind == WARMUP_AUTO ? "not steady" : "fixed";
    p->drains_warmup = cfg->scenario->open_loop && cfg->warmup_kind != WARMUP_COUNT;

    if (cfg->warmup_kind != WARMUP_COUNT)
        known_ms += cfg->warmup_ms;
    if (cfg->measure_kind == MEASURE_TIME)
        known_ms += cfg->measure_ms;
    p->capacity = known_ms / cfg->window_ms + 8 + (counted ? COUNTED_PHASE_WINDOWS : 0);
    if (p->capacity > MAX_WINDOWS)
        p->capacity = MAX_WINDOWS;
    p->windows = touched((size_t) p->capacity, sizeof *p->windows);
    p->recent = touched((size_t) (2 * cfg->steady_windows), sizeof *p->recent);
    p->sorted = touched((size_t) cfg->steady_windows, sizeof *p->sorted);
    p->rtts_capacity = latency ? RTTS_PER_WINDOW : 0;
    p->rtts = touched((size_t) p->rtts_capacity, sizeof *p->rtts);
    p->rtt_stride = 1;
    if (p->windows == NULL || p->recent == NULL || p->sorted == NULL || p->rtts == NULL) {
        snprintf(err, errlen, "cannot allocate the timeline (%lld windows)", (long long) p->capacity);
        phases_free(p);
        return -1;
    }
    memset(p->windows, 0, (size_t) p->capacity * sizeof *p->windows);
    memset(p->rtts, 0, (size_t) p->rtts_capacity * sizeof *p->rtts);
    return 0;
}

void phases_free(struct phases *p)
{
    free(p->windows);
    free(p->recent);
    free(p->sorted);
    free(p->rtts);
    p->windows = NULL;
    p->recent = p->sorted = NULL;
    p->rtts = NULL;
    p->windows_n = 0;
}

/* The median of the last K full warm-up windows within +-tolerance % of the K before theirs. */
static bool steady(struct phases *p)
{
    const int k = p->cfg->steady_windows;
    return p->recent_n == 2 * k && steady_agree(p->recent, k, p->cfg->steady_tolerance, p->sorted);
}

static void open_window(struct phases *p, int64_t done, int64_t now)
{
    p->window_start = now;
    p->window_end = now + p->window_ns;
    p->window_done = done;
    p->rtts_n = 0;
    p->rtts_seen = 0;
    p->rtt_stride = 1;
}

/* Ends the open window at now (full: at its nominal end, so it counts for the steady-state test). */
static void close_window(struct phases *p, int64_t done, int64_t now, bool full)
{
    const int64_t messages = done - p->window_done;
    const int64_t length = now - p->window_start;
    double value = 0;

    if (!p->latency)
        value = length > 0 ? (double) messages * 1e9 / (double) length : 0;
    else if (p->measuring)
        value = NAN; /* its p50 comes from the kept samples after the end (none: stays NaN, JSON null) */
    else if (p->rtts_n > 0) {
        int64_t p50 = median_int64(p->rtts, p->rtts_n);
        if (p50 > 0 && (p->fastest_p50 == 0 || p50 < p->fastest_p50))
            p->fastest_p50 = p50;
        value = (double) p50;
    }
    if (p->windows_n < p->capacity) {
        struct timeline_window *w = &p->windows[p->windows_n++];
        w->end_ns = now - p->origin;
        w->messages = messages;
        w->value = value;
        w->measured = p->measuring;
    }
    if (full && !p->measuring) {
        const int kept = 2 * p->cfg->steady_windows;
        if (p->recent_n == kept)
            memmove(p->recent, p->recent + 1, (size_t) (--p->recent_n) * sizeof *p->recent);
        p->recent[p->recent_n++] = value;
    }
    open_window(p, done, now);
}

/* A partial window, unless it is empty (a phase that ended at a window's end). */
static void close_partial(struct phases *p, int64_t done, int64_t now)
{
    if (done > p->window_done)
        close_window(p, done, now, false);
}

static enum phase_event end_warmup(struct phases *p, int64_t done, int64_t now, const char *state)
{
    close_partial(p, done, now);
    p->steady_state = state;
    p->warmup_ns = now - p->origin;
    p->warmup_messages = p->cfg->warmup_kind == WARMUP_COUNT ? p->cfg->warmup : done;
    return PHASE_WARMUP_END;
}

static enum phase_event end_measure(struct phases *p, int64_t done, int64_t now)
{
    close_partial(p, done, now);
    p->measure_end_ns = now;
    p->measure_end_done = done;
    p->done = true;
    return PHASE_MEASURE_END;
}

enum phase_event phases_start(struct phases *p, int64_t now, int64_t done)
{
    p->origin = now;
    open_window(p, done, now);
    if (p->caller_ends)
        return PHASE_NONE;
    if ((p->cfg->warmup_kind == WARMUP_COUNT && done >= p->cfg->warmup)
        || (p->cfg->warmup_kind == WARMUP_TIME && p->cfg->warmup_ms == 0))
        return end_warmup(p, done, now, "fixed");
    return PHASE_NONE;
}

enum phase_event phases_begin_measure(struct phases *p, int64_t now, int64_t done)
{
    const struct config *cfg = p->cfg;
    p->measuring = true;
    p->measure_start_ns = now;
    p->measure_start_done = done;
    /* Counted phases end where the sender's count ends: warmup + count messages in all. */
    if (p->caller_ends)
        p->measure_target = done + NO_LIMIT;
    else if (cfg->measure_kind == MEASURE_COUNT)
        p->measure_target = cfg->warmup_kind == WARMUP_COUNT ? cfg->warmup + cfg->count : done + cfg->count;
    else
        p->measure_target = done + NO_LIMIT;
    if (p->measure_limit > 0 && p->measure_target - done > p->measure_limit)
        p->measure_target = done + p->measure_limit;
    open_window(p, done, now);
    return done >= p->measure_target ? end_measure(p, done, now) : PHASE_NONE;
}

/* How the warm-up ends at this check ("fixed", "steady", "not steady"), or NULL: it goes on. */
static const char *warmup_verdict(struct phases *p, int64_t done, int64_t now, bool full)
{
    const struct config *cfg = p->cfg;
    switch (cfg->warmup_kind) {
    case WARMUP_COUNT:
        return done >= cfg->warmup ? "fixed" : NULL;
    case WARMUP_TIME:
        return now - p->origin >= cfg->warmup_ms * NS_PER_MS ? "fixed" : NULL;
    case WARMUP_AUTO:
        if (full && steady(p))
            return "steady";
        return now - p->origin >= cfg->warmup_ms * NS_PER_MS ? "not steady" : NULL;
    }
    return NULL;
}

enum phase_event phases_update(struct phases *p, int64_t done, int64_t now)
{
    const struct config *cfg = p->cfg;
    const int64_t grid_end = p->window_end;
    const bool full = now >= grid_end;

    if (full) {
        close_window(p, done, now, true);
        /* the next nominal end stays on the grid from the phase's start (as the Java worker's) */
        p->window_end = grid_end + ((now - grid_end) / p->window_ns + 1) * p->window_ns;
    }
    if (p->caller_ends)
        return PHASE_NONE;
    if (p->measuring) {
        if (done >= p->measure_target
            || (cfg->measure_kind == MEASURE_TIME && now - p->measure_start_ns >= cfg->measure_ms * NS_PER_MS))
            return end_measure(p, done, now);
        return PHASE_NONE;
    }
    if (p->verdict == NULL)
        p->verdict = warmup_verdict(p, done, now, full);
    if (p->verdict == NULL || p->drains_warmup)
        return PHASE_NONE;
    return end_warmup(p, done, now, p->verdict);
}

void phases_stop(struct phases *p, int64_t done, int64_t now)
{
    if (p->done)
        return;
    if (now < p->window_start) /* nothing completed since the window opened */
        now = p->window_start;
    if (!p->measuring) {
        close_partial(p, done, now);
        return;
    }
    end_measure(p, done, now);
}

void phases_end_warmup(struct phases *p, int64_t done, int64_t now)
{
    end_warmup(p, done, now, p->verdict != NULL ? p->verdict : "fixed");
}

bool phases_warmup_judged(const struct phases *p)
{
    return !p->measuring && p->verdict != NULL;
}

int64_t phases_next_check(const struct phases *p, int64_t done, int64_t every)
{
    int64_t next = done + every;
    int64_t boundary = p->measuring ? p->measure_target
                       : p->cfg->warmup_kind == WARMUP_COUNT ? p->cfg->warmup : NO_LIMIT;
    return boundary > done && boundary < next ? boundary : next;
}

/* Up to MAX_CHECK_EVERY when messages come fast, so that the timeline costs the floor nothing
 * measurable, down to every message when they come slowly, so that windows still end within ~1%
 * of their length. */
#define MAX_CHECK_EVERY 256

int64_t phases_adapt_check_every(const struct phases *p, int64_t every, int64_t since_last_ns)
{
    if (since_last_ns > p->window_ns / 100 && every > 1)
        return every / 2;
    if (since_last_ns < p->window_ns / 1000 && every < MAX_CHECK_EVERY)
        return every * 2;
    return every;
}

void phases_rtt(struct phases *p, int64_t rtt_ns)
{
    if (p->rtts_seen++ % p->rtt_stride != 0)
        return;
    if (p->rtts_n == p->rtts_capacity) {
        /* Full: keep every other one, and from now on every (2 x stride)-th. */
        for (int64_t i = 0; i < p->rtts_n / 2; i++)
            p->rtts[i] = p->rtts[2 * i];
        p->rtts_n /= 2;
        p->rtt_stride *= 2;
        if ((p->rtts_seen - 1) % p->rtt_stride != 0)
            return;
    }
    p->rtts[p->rtts_n++] = rtt_ns;
}

int phases_measured_p50s(struct phases *p, const int64_t *samples, char *err, size_t errlen)
{
    int64_t largest = 0, at = 0;
    int64_t *scratch;

    for (int64_t i = 0; i < p->windows_n; i++) {
        if (p->windows[i].measured && p->windows[i].messages > largest)
            largest = p->windows[i].messages;
    }
    if (largest == 0)
        return 0;
    if ((scratch = malloc((size_t) largest * sizeof *scratch)) == NULL) {
        snprintf(err, errlen, "cannot allocate memory for the p50 of %lld round trips", (long long) largest);
        return -1;
    }
    for (int64_t i = 0; i < p->windows_n; i++) {
        struct timeline_window *w = &p->windows[i];
        if (!w->measured)
            continue;
        if (w->messages > 0) {
            memcpy(scratch, samples + at, (size_t) w->messages * sizeof *scratch);
            w->value = (double) median_int64(scratch, w->messages);
        }
        at += w->messages;
    }
    free(scratch);
    return 0;
}

double phases_warmup_rate(const struct phases *p)
{
    int64_t last = p->windows_n, first, messages = 0, start_ns, end_ns;
    while (last > 0 && p->windows[last - 1].measured)
        last--;
    first = last > p->cfg->steady_windows ? last - p->cfg->steady_windows : 0;
    for (int64_t i = first; i < last; i++)
        messages += p->windows[i].messages;
    start_ns = first > 0 ? p->windows[first - 1].end_ns : 0;
    end_ns = last > 0 ? p->windows[last - 1].end_ns : 0;
    return end_ns > start_ns ? (double) messages * 1e9 / (double) (end_ns - start_ns) : 0;
}

int64_t phases_measured(const struct phases *p)
{
    return p->measuring ? p->measure_end_done - p->measure_start_done : 0;
}

int64_t phases_elapsed_ns(const struct phases *p)
{
    return p->measuring ? p->measure_end_ns - p->measure_start_ns : 0;
}

#include "args.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scenario.h"

/* warmup + count must not overflow */
#define MAX_MESSAGES (INT64_MAX / 4)
/* durations in ms: their ns must not overflow (10^9 ms is 11 days) */
#define MAX_MS 1000000000LL

static int fail(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return -1;
}

int parse_int64(const char *s, int64_t min, int64_t max, int64_t *out)
{
    char *end;
    long long v;
    if (*s == '\0' || *s == ' ' || *s == '\t' || *s == '+')
        return -1;
    errno = 0;
    v = strtoll(s, &end, 10);
    if (errno != 0 || *end != '\0' || v < min || v > max)
        return -1;
    *out = (int64_t) v;
    return 0;
}

bool phases_counted(const struct config *cfg)
{
    return cfg->warmup_kind == WARMUP_COUNT && cfg->measure_kind == MEASURE_COUNT;
}

/* The phase options, in the order of the Java worker's lists (its messages name them so). */
static const char *const WARMUP_OPTIONS[] = { "--warmup", "--warmup-ms", "--warmup-auto" }; /* enum warmup_kind */
static const char *const MEASURE_OPTIONS[] = { "--count", "--measure-ms" };                 /* enum measure_kind */
#define WARMUP_KINDS 3
#define MEASURE_KINDS 2

static int option_index(const char *opt, const char *const *options, int n)
{
    for (int i = 0; i < n; i++) {
        if (strcmp(opt, options[i]) == 0)
            return i;
    }
    return -1;
}

/* A whole number from min to max, worded as the Java worker's WorkerArgs, PeerSpec and SteadyRule;
 * note (may be "") follows "at least MIN". */
static int option_int64(const char *opt, const char *val, int64_t min, int64_t max, const char *note, int64_t *out,
                        char *err, size_t errlen)
{
    if (parse_int64(val, INT64_MIN, INT64_MAX, out) != 0)
        return fail(err, errlen, "%s must be a whole number, got '%s'", opt, val);
    if (*out < min && min == 0)
        return fail(err, errlen, "%s must be 0 or more, got %lld", opt, (long long) *out);
    if (*out < min)
        return fail(err, errlen, "%s must be at least %lld%s, got %lld", opt, (long long) min, note,
                    (long long) *out);
    if (*out > max)
        return fail(err, errlen, "%s must be at most %lld, got %lld", opt, (long long) max, (long long) *out);
    return 0;
}

/* A percentage above 0 and at most 100, such as 5 or 2.5. */
static int option_percent(const char *opt, const char *val, double *out, char *err, size_t errlen)
{
    char *end;
    errno = 0;
    *out = strtod(val, &end);
    /* digits, sign and point only, as Java's parseDouble without exponents, hex or spaces */
    if (*val == '\0' || val[strspn(val, "0123456789.+-")] != '\0' || *end != '\0' || errno != 0 || !isfinite(*out))
        return fail(err, errlen, "%s must be a number such as 5 or 2.5, got '%s'", opt, val);
    if (!(*out > 0 && *out <= 100))
        return fail(err, errlen, "%s must be a percentage above 0 and at most 100, got %.15g", opt, *out);
    return 0;
}

/* The one option of `options` given (its index), or -1 for none; two of them are an error naming
 * both, as the Java worker's WorkerArgs words it. */
static int exclusive(const char *const *options, const char *const *given, int n, int *kind, char *err,
                     size_t errlen)
{
    *kind = -1;
    for (int i = 0; i < n; i++) {
        if (given[i] == NULL)
            continue;
        if (*kind >= 0) {
            char names[128] = "";
            for (int k = 0; k < n; k++)
                snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s", k ? ", " : "", options[k]);
            return fail(err, errlen, "%s %s and %s %s exclude each other: give one of %s", options[*kind],
                        given[*kind], options[i], given[i], names);
        }
        *kind = i;
    }
    return 0;
}

/* The warm-up and the measurement: one of each kind (--warmup 0 when none), amounts in range. */
static int parse_phases(struct config *cfg, const char *const *warmup_given, const char *const *measure_given,
                        char *err, size_t errlen)
{
    int warmup, measure;
    if (exclusive(WARMUP_OPTIONS, warmup_given, WARMUP_KINDS, &warmup, err, errlen) != 0
        || exclusive(MEASURE_OPTIONS, measure_given, MEASURE_KINDS, &measure, err, errlen) != 0)
        return -1;
    if (cfg->slices && measure >= 0) /* worded as the Java worker's WorkerArgs */
        return fail(err, errlen, "--slices: --count and --measure-ms do not apply (the parent's slice lines are the "
                    "measurement)");
    if (measure < 0 && !cfg->slices)
        return fail(err, errlen, "missing --count or --measure-ms");
    cfg->warmup_kind = warmup < 0 ? WARMUP_COUNT : (enum warmup_kind) warmup;
    cfg->measure_kind = measure < 0 ? MEASURE_SLICES : (enum measure_kind) measure;
    switch (cfg->warmup_kind) {
    case WARMUP_COUNT:
        if (warmup >= 0
            && option_int64("--warmup", warmup_given[warmup], 0, MAX_MESSAGES, "", &cfg->warmup, err, errlen) != 0)
            return -1;
        break;
    case WARMUP_TIME:
        if (option_int64("--warmup-ms", warmup_given[warmup], 0, MAX_MS, "", &cfg->warmup_ms, err, errlen) != 0)
            return -1;
        break;
    case WARMUP_AUTO:
        if (option_int64("--warmup-auto", warmup_given[warmup], 1, MAX_MS, " (ms, the cap)", &cfg->warmup_ms, err,
                         errlen) != 0)
            return -1;
        break;
    }
    switch (cfg->measure_kind) {
    case MEASURE_COUNT:
        return option_int64("--count", measure_given[measure], 1, MAX_MESSAGES, "", &cfg->count, err, errlen);
    case MEASURE_TIME:
        return option_int64("--measure-ms", measure_given[measure], 1, MAX_MS, "", &cfg->measure_ms, err, errlen);
    case MEASURE_SLICES:
        break;
    }
    return 0;
}

/* --slices: a stream that cannot drop (a slice ends at a count of messages), closed-loop, warm
 * before its first slice (the parent sizes the slices by the warm-up's rate). Worded as the Java
 * worker's PeerSpec. */
static int check_slices(const struct config *cfg, char *err, size_t errlen)
{
    if (!cfg->slices)
        return 0;
    if (cfg->pattern->sequenced)
        return fail(err, errlen, "--slices: %s cannot be measured in slices (PUB drops at the high-water mark)",
                    cfg->pattern->name);
    if (cfg->warmup_kind == WARMUP_COUNT && cfg->warmup == 0)
        return fail(err, errlen, "--slices: needs a warm-up (--warmup N of at least 1, --warmup-ms MS or "
                    "--warmup-auto CAP_MS)");
    return 0;
}

int parse_args(int argc, char **argv, struct config *cfg, char *err, size_t errlen)
{
    const char *pattern_name = NULL;
    bool have_size = false;
    const char *warmup_given[WARMUP_KINDS] = { NULL }, *measure_given[MEASURE_KINDS] = { NULL };
    int k;
    int64_t v;

    memset(cfg, 0, sizeof *cfg);
    cfg->hwm = -1;
    cfg->timeout_ms = 10000;
    cfg->window_ms = DEFAULT_WINDOW_MS;
    cfg->steady_windows = DEFAULT_STEADY_WINDOWS;
    cfg->steady_tolerance = DEFAULT_STEADY_TOLERANCE_PCT;

    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i];
        const char *val;

        if (strcmp(opt, "--describe") == 0) {
            cfg->describe = true;
            continue;
        }
        if (strcmp(opt, "--slices") == 0) {
            cfg->slices = true;
            continue;
        }
        if (strncmp(opt, "--", 2) != 0)
            return fail(err, errlen, "unexpected argument '%s' (options are --name value)", opt);
        if (i + 1 >= argc)
            return fail(err, errlen, "%s needs a value", opt);
        val = argv[++i];

        if (strcmp(opt, "--backend") == 0) {
            cfg->backend = val;
        } else if (strcmp(opt, "--scenario") == 0) {
            char names[256];
            if ((cfg->scenario = scenario_find(val)) == NULL) {
                scenario_names(names, sizeof names);
                return fail(err, errlen, "--scenario must be one of %s, got '%s'", names, val);
            }
            cfg->scenario_name = val;
        } else if (strcmp(opt, "--role") == 0) {
            if (strcmp(val, "bind") == 0)
                cfg->role = ROLE_BIND;
            else if (strcmp(val, "connect") == 0)
                cfg->role = ROLE_CONNECT;
            else if (strcmp(val, "both") == 0)
                cfg->role = ROLE_BOTH;
            else
                return fail(err, errlen, "--role must be bind, connect or both, got '%s'", val);
            cfg->role_name = val;
        } else if (strcmp(opt, "--pattern") == 0) {
            pattern_name = val;
        } else if (strcmp(opt, "--endpoint") == 0) {
            if (*val == '\0')
                return fail(err, errlen, "--endpoint must not be empty");
            cfg->endpoint = val;
        } else if (strcmp(opt, "--size") == 0) {
            if (parse_int64(val, 1, INT_MAX, &v) != 0)
                return fail(err, errlen, "--size must be an integer from 1 to %d, got '%s'", INT_MAX, val);
            cfg->size = (int) v;
            have_size = true;
        } else if ((k = option_index(opt, WARMUP_OPTIONS, WARMUP_KINDS)) >= 0) {
            warmup_given[k] = val; /* checked with the others below */
        } else if ((k = option_index(opt, MEASURE_OPTIONS, MEASURE_KINDS)) >= 0) {
            measure_given[k] = val;
        } else if (strcmp(opt, "--window-ms") == 0) {
            if (option_int64(opt, val, 1, MAX_MS, "", &cfg->window_ms, err, errlen) != 0)
                return -1;
        } else if (strcmp(opt, "--steady-windows") == 0) {
            if (option_int64(opt, val, 2, MAX_STEADY_WINDOWS, "", &v, err, errlen) != 0)
                return -1;
            cfg->steady_windows = (int) v;
        } else if (strcmp(opt, "--steady-tolerance") == 0) {
            if (option_percent(opt, val, &cfg->steady_tolerance, err, errlen) != 0)
                return -1;
        } else if (strcmp(opt, "--jit-quiet-ms") == 0) {
            /* The JVM's steady-state condition: no JIT here, so accepted and ignored. */
            if (option_int64(opt, val, 0, MAX_MS, "", &v, err, errlen) != 0)
                return -1;
        } else if (strcmp(opt, "--hwm") == 0) {
            if (parse_int64(val, -1, INT_MAX, &v) != 0)
                return fail(err, errlen, "--hwm must be an integer >= -1 (-1: libzmq default), got '%s'", val);
            cfg->hwm = (int) v;
        } else if (strcmp(opt, "--timeout-ms") == 0) {
            if (parse_int64(val, 1, INT_MAX, &v) != 0)
                return fail(err, errlen, "--timeout-ms must be an integer from 1 to %d, got '%s'", INT_MAX, val);
            cfg->timeout_ms = (int) v;
        } else if (strcmp(opt, "--samples") == 0) {
            if (*val == '\0')
                return fail(err, errlen, "--samples must not be empty");
            cfg->samples_path = val;
        } else if (strcmp(opt, "--rate") == 0) {
            /* Range checked with the scenario below, worded as PeerSpec in Java. */
            if (parse_int64(val, INT64_MIN, INT64_MAX, &v) != 0)
                return fail(err, errlen, "--rate must be a whole number, got '%s'", val);
            cfg->rate = v;
            cfg->rate_given = true;
        } else if (strcmp(opt, "--gap-ns") == 0) {
            /* Range checked with the scenario below, worded as PeerSpec in Java. */
            if (parse_int64(val, INT64_MIN, INT64_MAX, &v) != 0)
                return fail(err, errlen, "--gap-ns must be a whole number, got '%s'", val);
            cfg->gap_ns = v;
        } else {
            return fail(err, errlen, "unknown option '%s'", opt);
        }
    }

    if (cfg->backend == NULL)
        return fail(err, errlen, "missing --backend (this worker implements only 'c')");
    if (strcmp(cfg->backend, "c") != 0)
        return fail(err, errlen, "--backend '%s' is not served by the C worker (only 'c')", cfg->backend);
    if (cfg->describe)
        return 0;

    if (cfg->scenario_name == NULL)
        return fail(err, errlen, "missing --scenario (latency or throughput)");
    if (cfg->role_name == NULL)
        return fail(err, errlen, "missing --role (bind, connect or both)");
    if (pattern_name == NULL)
        pattern_name = "pair"; /* as the Java worker */
    if (cfg->endpoint == NULL)
        return fail(err, errlen, "missing --endpoint");
    if (!have_size)
        return fail(err, errlen, "missing --size");
    if (parse_phases(cfg, warmup_given, measure_given, err, errlen) != 0)
        return -1;

    cfg->pattern = pattern_find(pattern_name);
    if (cfg->pattern == NULL) {
        char names[256];
        pattern_names(names, sizeof names);
        return fail(err, errlen, "unknown pattern '%s' (known: %s)", pattern_name, names);
    }
    /* Worded as the Java worker's Pattern.refusal and Pattern.sizeRefusal. */
    if (pattern_check(cfg->pattern, cfg->scenario->round_trips, cfg->size, err, errlen) != 0)
        return -1;
    if (check_slices(cfg, err, errlen) != 0)
        return -1;
    return cfg->scenario->check(cfg, err, errlen);
}

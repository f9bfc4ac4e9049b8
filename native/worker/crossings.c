/* The crossing floor: see crossings.h and zmqbench.worker.CrossingLoop. */
#include "crossings.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "args.h"
#include "json.h"
#include "median.h"
#include "steady.h"
#include "stats.h"

#define FLAG "--crossings"
/* As CrossingSpec and PhaseDefaults. */
#define DEFAULT_CALLS 10000000LL
#define DEFAULT_BATCHES 10LL
#define MAX_BATCHES 10000LL
#define DEFAULT_WARMUP_CAP_MS 5000LL
#define NS_PER_MS 1000000LL

struct spec {
    const char *call;
    int calls;
    int batches;
    int64_t warmup_cap_ms;
};

/* One batch of one function: direct calls into libzmq, which the compiler must make one by one
 * (it knows nothing of them), summed. */
typedef int64_t (*batch_fn)(void *ctx, int calls);

static int64_t errno_batch(void *ctx, int calls)
{
    int64_t sum = 0;
    (void) ctx;
    for (int i = 0; i < calls; i++)
        sum += zmq_errno();
    return sum;
}

static int64_t ctx_get_batch(void *ctx, int calls)
{
    int64_t sum = 0;
    for (int i = 0; i < calls; i++)
        sum += zmq_ctx_get(ctx, ZMQ_MAX_SOCKETS);
    return sum;
}

/* The sum of every result, printed: volatile, so that no batch can be dropped either. */
static volatile int64_t sink;

bool crossings_requested(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], FLAG) == 0)
            return true;
    return false;
}

/* A whole number no larger than max for opt into out: 0, or 2 with an error record printed. */
static int whole(const char *opt, const char *val, int64_t max, int64_t *out)
{
    if (parse_int64(val, INT64_MIN, INT64_MAX, out) != 0)
        return print_usage_error("%s must be a whole number, got '%s'", opt, val);
    if (*out > max)
        return print_usage_error("%s is out of range: %s", opt, val);
    return 0;
}

/* Worded as CrossingSpec.parse and its checks. 0, or the exit status 2 with an error record printed. */
static int parse(int argc, char **argv, struct spec *s)
{
    const char *backend = NULL;
    int64_t calls = DEFAULT_CALLS, batches = DEFAULT_BATCHES;
    int status = 0;

    memset(s, 0, sizeof *s);
    s->call = "zmq_errno";
    s->warmup_cap_ms = DEFAULT_WARMUP_CAP_MS;
    for (int i = 1; i < argc && status == 0; i++) {
        const char *opt = argv[i], *val;
        if (strcmp(opt, FLAG) == 0)
            continue;
        if (strcmp(opt, "--backend") != 0 && strcmp(opt, "--call") != 0 && strcmp(opt, "--calls") != 0
            && strcmp(opt, "--batches") != 0 && strcmp(opt, "--warmup-auto") != 0)
            return print_usage_error("unknown crossings argument '%s'", opt);
        if (i + 1 >= argc)
            return print_usage_error("%s needs a value", opt);
        val = argv[++i];
        if (strcmp(opt, "--backend") == 0)
            backend = val;
        else if (strcmp(opt, "--call") == 0)
            s->call = val;
        else if (strcmp(opt, "--calls") == 0)
            status = whole(opt, val, INT_MAX, &calls);
        else if (strcmp(opt, "--batches") == 0)
            status = whole(opt, val, INT_MAX, &batches);
        else
            status = whole(opt, val, INT64_MAX / NS_PER_MS, &s->warmup_cap_ms);
    }
    if (status != 0)
        return status;
    if (backend == NULL)
        return print_usage_error("missing --backend");
    if (strcmp(backend, "c") != 0)
        return print_usage_error("--backend '%s' is not served by the C worker (only 'c')", backend);
    if (strcmp(s->call, "zmq_errno") != 0 && strcmp(s->call, "zmq_ctx_get") != 0)
        return print_usage_error("--call must be one of zmq_errno, zmq_ctx_get, got '%s'", s->call);
    if (calls < 1)
        return print_usage_error("--calls must be from 1 to %d, got %lld", INT_MAX, (long long) calls);
    if (batches < 1 || batches > MAX_BATCHES)
        return print_usage_error("--batches must be from 1 to %lld, got %lld", MAX_BATCHES, (long long) batches);
    if (s->warmup_cap_ms < 1)
        return print_usage_error("--warmup-auto must be at least 1 (ms), got %lld", (long long) s->warmup_cap_ms);
    s->calls = (int) calls;
    s->batches = (int) batches;
    return 0;
}

/* One timed batch: ns per call. */
static double timed_batch(batch_fn batch, void *ctx, int calls)
{
    int64_t before = now_ns(), sum = batch(ctx, calls), ns = now_ns() - before;
    sink += sum;
    return (double) ns / calls;
}

int crossings_main(int argc, char **argv, const char *zmq_version)
{
    struct spec spec;
    struct json j;
    batch_fn batch;
    void *ctx;
    double *warmup, *measured, *sorted, scratch[DEFAULT_STEADY_WINDOWS];
    int64_t start, warmup_ns, warmed = 0, capacity = 16;
    bool steady = false;
    int status = parse(argc, argv, &spec);
    if (status != 0)
        return status;

    batch = strcmp(spec.call, "zmq_errno") == 0 ? errno_batch : ctx_get_batch;
    ctx = zmq_ctx_new();
    warmup = malloc((size_t) capacity * sizeof *warmup);
    measured = malloc((size_t) spec.batches * sizeof *measured);
    sorted = malloc((size_t) spec.batches * sizeof *sorted);
    if (ctx == NULL || warmup == NULL || measured == NULL || sorted == NULL) {
        print_error("cannot allocate the batches or create a ZeroMQ context");
        return 1;
    }

    /* Batches until the last DEFAULT_STEADY_WINDOWS' median agrees with the ones before, at most the
     * cap: as the Java worker, with no JIT to wait for. */
    start = now_ns();
    while (!steady && now_ns() - start < spec.warmup_cap_ms * NS_PER_MS) {
        if (warmed == capacity) {
            double *grown = realloc(warmup, (size_t) (2 * capacity) * sizeof *warmup);
            if (grown == NULL) {
                print_error("cannot allocate the warm-up batches");
                return 1;
            }
            warmup = grown;
            capacity *= 2;
        }
        warmup[warmed++] = timed_batch(batch, ctx, spec.calls);
        steady = warmed >= 2 * DEFAULT_STEADY_WINDOWS
                 && steady_agree(warmup + warmed - 2 * DEFAULT_STEADY_WINDOWS, DEFAULT_STEADY_WINDOWS,
                                 DEFAULT_STEADY_TOLERANCE_PCT, scratch);
    }
    warmup_ns = now_ns() - start;
    for (int i = 0; i < spec.batches; i++)
        measured[i] = timed_batch(batch, ctx, spec.calls);
    memcpy(sorted, measured, (size_t) spec.batches * sizeof *sorted);

    /* The fields of zmqbench.protocol.CrossingRecord, in its order. */
    json_begin(&j, stdout);
    json_str(&j, "event", "crossing");
    json_str(&j, "backend", "c");
    json_str(&j, "backend_version", zmq_version);
    json_str(&j, "libzmq_version", zmq_version);
    json_str(&j, "call", spec.call);
    json_int(&j, "calls", spec.calls);
    json_int(&j, "warmup_batches", warmed);
    json_int(&j, "warmup_ns", warmup_ns);
    json_str(&j, "steady_state", steady ? "steady" : "not steady");
    json_array_begin(&j, "batches");
    for (int i = 0; i < spec.batches; i++)
        json_double_item(&j, measured[i]);
    json_array_end(&j);
    json_double(&j, "ns_per_call", median_double(sorted, spec.batches));
    json_int(&j, "sink", sink);
    json_end(&j);

    zmq_ctx_term(ctx);
    free(warmup);
    free(measured);
    free(sorted);
    return 0;
}

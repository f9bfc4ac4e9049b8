/* Sparse: single round trips after a quiet gap (--gap-ns), both peers idle in between: the pinger
 * sleeps (latency_ping with cfg->gap_ns, after a back-to-back warm-up), the echo waits in a
 * blocking receive. As the Java worker's zmqbench.scenario.SparseScenario. */
#include "scenario.h"

#include <stdio.h>

/* Worded as SparseScenario.check. */
static int sparse_check(const struct config *cfg, char *err, size_t errlen)
{
    if (scenario_check_no_rate(cfg, err, errlen) != 0)
        return -1;
    if (cfg->gap_ns < 1) {
        snprintf(err, errlen, "--gap-ns must be at least 1 (sparse sleeps that long before each measured round "
                 "trip), got %lld", (long long) cfg->gap_ns);
        return -1;
    }
    if (cfg->gap_ns / 1000000 >= cfg->timeout_ms) {
        snprintf(err, errlen, "--gap-ns %lld must be shorter than --timeout-ms %d (the echo waits that long in its "
                 "receive)", (long long) cfg->gap_ns, cfg->timeout_ms);
        return -1;
    }
    if (cfg->measure_kind != MEASURE_COUNT) {
        if (cfg->measure_kind == MEASURE_SLICES)
            snprintf(err, errlen, "sparse measures a count of round trips (--count N), not slices");
        else
            snprintf(err, errlen, "sparse measures a count of round trips (--count N), not --measure-ms %lld",
                     (long long) cfg->measure_ms);
        return -1;
    }
    return 0;
}

static void sparse_ping(void *socket, const struct config *cfg, const struct connect_side *side,
                        struct side_result *r)
{
    latency_ping(socket, cfg, side->slice_samples, r);
}

const struct scenario_def scenario_sparse = {
    .name = "sparse",
    .round_trips = true,
    .check = sparse_check,
    .bind_side = latency_echo,
    .connect_side = sparse_ping,
};

/* The scenarios the C worker knows, each declared in its own file; main.c and args.c find them
 * here by their command-line name. */
#include "scenario.h"

#include <string.h>

extern const struct scenario_def scenario_sparse;

static const struct scenario_def *const scenarios[] = {
    &scenario_latency,
    &scenario_throughput,
    &scenario_open_loop,
    &scenario_sparse,
};

#define SCENARIO_COUNT (sizeof scenarios / sizeof scenarios[0])

const struct scenario_def *scenario_find(const char *name)
{
    for (size_t i = 0; i < SCENARIO_COUNT; i++)
        if (strcmp(scenarios[i]->name, name) == 0)
            return scenarios[i];
    return NULL;
}

void scenario_names(char *buf, size_t len)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < SCENARIO_COUNT && used < len; i++)
        used += (size_t) snprintf(buf + used, len - used, "%s%s", i ? ", " : "", scenarios[i]->name);
}

int scenario_check_no_rate(const struct config *cfg, char *err, size_t errlen)
{
    if (cfg->rate != 0) {
        snprintf(err, errlen, "--rate applies to --scenario open-loop only, got --rate %lld with %s",
                 (long long) cfg->rate, cfg->scenario_name);
        return -1;
    }
    return 0;
}

int scenario_check_unpaced(const struct config *cfg, char *err, size_t errlen)
{
    return scenario_check_no_rate(cfg, err, errlen) != 0 ? -1 : scenario_check_no_gap(cfg, err, errlen);
}

int scenario_check_no_gap(const struct config *cfg, char *err, size_t errlen)
{
    if (cfg->gap_ns != 0) {
        snprintf(err, errlen, "--gap-ns applies to --scenario sparse only, got --gap-ns %lld with %s",
                 (long long) cfg->gap_ns, cfg->scenario_name);
        return -1;
    }
    return 0;
}

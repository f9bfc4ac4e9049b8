/* The steady-state test, shared by the timed phases (phases.c) and the crossing batches
 * (crossings.c): as zmqbench.scenario.SteadyRule.agrees. */
#ifndef ZMQBENCH_STEADY_H
#define ZMQBENCH_STEADY_H

#include <stdbool.h>

/* True when the rate has stopped moving: v[0..2k) in time order, the median of v[k..2k) lies
 * within +-tolerance_pct % of the median of v[0..k), both positive; scratch, k long, is
 * overwritten. */
bool steady_agree(const double *v, int k, double tolerance_pct, double *scratch);

#endif

/* The steady-state test, shared by the timed phases (phases.c) and the crossing batches
 * (crossings.c): as zmqbench.scenario.SteadyRule.agrees. */
#ifndef ZMQBENCH_STEADY_H
#define ZMQBENCH_STEADY_H

#include <stdbool.h>

/* True when the median of v[0..n) is positive and each of them lies within +-tolerance_pct % of
 * it; scratch, n long, is overwritten. */
bool steady_agree(const double *v, int n, double tolerance_pct, double *scratch);

#endif

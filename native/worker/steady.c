#include "steady.h"

#include <math.h>
#include <string.h>

#include "median.h"

static double median_of(const double *v, int k, double *scratch)
{
    memcpy(scratch, v, (size_t) k * sizeof *scratch);
    return median_double(scratch, k);
}

bool steady_agree(const double *v, int k, double tolerance_pct, double *scratch)
{
    const double earlier = median_of(v, k, scratch);
    const double recent = median_of(v + k, k, scratch);
    return earlier > 0 && recent > 0 && fabs(recent - earlier) <= earlier * tolerance_pct / 100;
}

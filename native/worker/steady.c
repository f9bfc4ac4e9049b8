#include "steady.h"

#include <math.h>
#include <string.h>

#include "median.h"

bool steady_agree(const double *v, int n, double tolerance_pct, double *scratch)
{
    double median, bound;
    memcpy(scratch, v, (size_t) n * sizeof *scratch);
    median = median_double(scratch, n);
    bound = median * tolerance_pct / 100;
    if (!(median > 0))
        return false;
    for (int i = 0; i < n; i++) {
        if (fabs(v[i] - median) > bound)
            return false;
    }
    return true;
}

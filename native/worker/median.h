/* Medians computed in place, without allocating: cheap enough to run between two round trips. */
#ifndef ZMQBENCH_MEDIAN_H
#define ZMQBENCH_MEDIAN_H

#include <stdint.h>

/* The lower median (element (n-1)/2 in order) of v[0..n), n >= 1; reorders v. */
int64_t median_int64(int64_t *v, int64_t n);

/* The pct-th percentile of v[0..n) by nearest rank (element ceil(pct/100 x n) - 1 in order, as
 * HdrHistogram's getValueAtPercentile on exact values; pct 50 is the lower median), n >= 1,
 * 1 <= pct <= 100; reorders v. */
int64_t percentile_int64(int64_t *v, int64_t n, int pct);

/* The median of v[0..n), n >= 1 (the mean of the middle two when n is even); sorts v. */
double median_double(double *v, int n);

#endif

/* Medians computed in place, without allocating: cheap enough to run between two round trips. */
#ifndef ZMQBENCH_MEDIAN_H
#define ZMQBENCH_MEDIAN_H

#include <stdint.h>

/* The lower median (element (n-1)/2 in order) of v[0..n), n >= 1; reorders v. */
int64_t median_int64(int64_t *v, int64_t n);

/* The median of v[0..n), n >= 1 (the mean of the middle two when n is even); sorts v. */
double median_double(double *v, int n);

#endif

/* Open-loop latency, connect side: messages sent at --rate on a fixed schedule whatever the replies
 * do, each reply timed from its message's intended send time (corrected) and from its actual send
 * (uncorrected). The same loop as the Java worker's zmqbench.scenario.OpenLoopPeer; the bind side
 * is the ordinary echo (latency_echo). */
#ifndef ZMQBENCH_OPENLOOP_H
#define ZMQBENCH_OPENLOOP_H

#include <stddef.h>
#include <stdint.h>

#include "args.h"
#include "scenario.h"

/* Bytes every open-loop message needs: the intended and the actual send time, little-endian int64. */
#define OPEN_LOOP_HEADER_BYTES 16
/* The largest --rate: one message per nanosecond. */
#define OPEN_LOOP_MAX_RATE 1000000000LL
/* The rate counts as met when the pinger achieved at least this fraction of it. */
#define OPEN_LOOP_RATE_MET_FRACTION 0.99

/* Warm-up phase, drained, then the measured phase, with their timeline in r->phases. corrected
 * and uncorrected (NULL without --samples) (count entries each, pre-touched) receive the measured
 * round trips in reply order; r->measured says how many. */
void open_loop_ping(void *socket, const struct config *cfg, int64_t *corrected, int64_t *uncorrected,
                    struct side_result *r);

#endif

/* Lines the parent writes on a sender's stdin: `stop` (a timed throughput sender stops sending and
 * sends its end marker) and then any other line, or EOF, to release it (delivery is confirmed: it
 * may report and close). */
#ifndef ZMQBENCH_PARENT_H
#define ZMQBENCH_PARENT_H

#include <stdbool.h>

/* true once `stop`, a release or EOF has come; never waits (a poll of stdin). */
bool parent_stop_requested(void);

/* true once a release (any line but `stop`) or EOF has come, waiting at most timeout_ms. */
bool parent_released(int timeout_ms);

/* parent_released, and a line on stderr when the parent never answered. */
void parent_wait_release(int timeout_ms);

#endif

/* `--crossings`: the C floor of zmqbench crossings, one trivial libzmq call made directly in
 * timed batches. The same arguments, warm-up and record as the Java worker's
 * zmqbench.worker.CrossingLoop and zmqbench.protocol.CrossingSpec / CrossingRecord. */
#ifndef ZMQBENCH_CROSSINGS_H
#define ZMQBENCH_CROSSINGS_H

#include <stdbool.h>

/* True when argv holds --crossings. */
bool crossings_requested(int argc, char **argv);

/* Parses its own arguments, runs the batches and prints one "crossing" record (or an "error"
 * record). Returns the exit status: 0 done, 1 failed, 2 bad arguments. */
int crossings_main(int argc, char **argv, const char *zmq_version);

#endif

/* `--scenario semantics`: one high-water-mark probe with both peers in this process, the receiver
 * never reading (zmqbench semantics). The same steps, arguments and record as the Java worker's
 * zmqbench.worker.SemanticsProbe and zmqbench.protocol.ProbeSpec. */
#ifndef ZMQBENCH_SEMANTICS_H
#define ZMQBENCH_SEMANTICS_H

#include <stdbool.h>

/* True when argv asks for --scenario semantics. */
bool semantics_requested(int argc, char **argv);

/* Parses its own arguments, runs the probe and prints one "semantics" record (or an "error"
 * record). Returns the exit status: 0 done, 1 failed, 2 bad arguments. */
int semantics_main(int argc, char **argv, const char *zmq_version);

#endif

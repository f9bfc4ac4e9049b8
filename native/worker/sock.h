/* Socket set-up: options, bind and connect, with errors a user can act on. */
#ifndef ZMQBENCH_SOCK_H
#define ZMQBENCH_SOCK_H

#include <stdbool.h>
#include <stddef.h>

#include "args.h"

/* Creates a socket for one side (bind_side: echo/receiver) and sets, before any bind/connect,
 * SNDHWM/RCVHWM (if --hwm >= 0), RCVTIMEO, SNDTIMEO and LINGER (= --timeout-ms, so closing
 * is bounded). NULL and a message in err on failure. */
void *sock_open(void *ctx, const struct config *cfg, bool bind_side, char *err, size_t errlen);

/* Binds and writes ZMQ_LAST_ENDPOINT (the resolved endpoint, e.g. the chosen tcp port) into
 * resolved. -1 and a message in err on failure. */
int sock_bind(void *socket, const char *endpoint, char *resolved, size_t resolved_len,
              char *err, size_t errlen);

int sock_connect(void *socket, const char *endpoint, char *err, size_t errlen);

#endif

/* A two-process peer's connection, established before anything counts: the socket's ZMTP
 * handshake with the other worker must complete within its own timeout, else the worker fails
 * with "never connected: ...", a status distinct from lost messages. The Java worker does the
 * same with the same timeouts (src/worker/.../protocol/ConnectTimeouts.java). */
#ifndef ZMQBENCH_HANDSHAKE_H
#define ZMQBENCH_HANDSHAKE_H

#include <stdbool.h>
#include <stddef.h>

/* The connecting side: the binding worker is up already. */
#define HANDSHAKE_CONNECT_TIMEOUT_MS 10000
/* The binding side also waits while the parent starts the connecting worker. */
#define HANDSHAKE_ACCEPT_TIMEOUT_MS 30000

/* Starts watching socket (zmq_socket_monitor) before it binds or connects; returns the reader
 * of its events, or NULL and a message in err. */
void *handshake_watch(void *ctx, void *socket, char *err, size_t errlen);

/* Waits for a completed handshake (ZMQ_EVENT_HANDSHAKE_SUCCEEDED), then stops watching and closes
 * the reader. 0 when connected; -1 and "never connected: ..." in err. */
int handshake_await(void *reader, void *socket, bool accepting, const char *endpoint, char *err, size_t errlen);

#endif

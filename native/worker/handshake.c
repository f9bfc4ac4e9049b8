#include "handshake.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <zmq.h>

void *handshake_watch(void *ctx, void *socket, char *err, size_t errlen)
{
    static int serial;
    char endpoint[64];
    snprintf(endpoint, sizeof endpoint, "inproc://zmqbench-monitor-%d-%d", (int) getpid(), ++serial);
    if (zmq_socket_monitor(socket, endpoint, ZMQ_EVENT_HANDSHAKE_SUCCEEDED) != 0) {
        snprintf(err, errlen, "zmq_socket_monitor: %s", zmq_strerror(zmq_errno()));
        return NULL;
    }
    void *reader = zmq_socket(ctx, ZMQ_PAIR);
    int linger = 0;
    if (reader == NULL || zmq_setsockopt(reader, ZMQ_LINGER, &linger, sizeof linger) != 0
        || zmq_connect(reader, endpoint) != 0) {
        snprintf(err, errlen, "monitor reader: %s", zmq_strerror(zmq_errno()));
        if (reader != NULL)
            zmq_close(reader);
        zmq_socket_monitor(socket, NULL, 0);
        return NULL;
    }
    return reader;
}

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t) ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The next event's number, or -1 when none came before the deadline. Each event is two frames:
 * uint16 event + uint32 value (host order), then the endpoint. */
static int next_event(void *reader, int64_t deadline)
{
    uint8_t frame[256];
    int more = 0;
    size_t more_size = sizeof more;
    for (;;) {
        int remaining = (int) (deadline - now_ms());
        if (remaining <= 0)
            return -1;
        zmq_setsockopt(reader, ZMQ_RCVTIMEO, &remaining, sizeof remaining);
        int size = zmq_recv(reader, frame, sizeof frame, 0);
        if (size >= 2)
            break;
        if (size < 0 && zmq_errno() != EINTR)
            return -1;
    }
    uint16_t event;
    memcpy(&event, frame, sizeof event);
    while (zmq_getsockopt(reader, ZMQ_RCVMORE, &more, &more_size) == 0 && more)
        zmq_recv(reader, frame, sizeof frame, 0); /* the endpoint frame */
    return event;
}

int handshake_await(void *reader, void *socket, bool accepting, const char *endpoint, char *err, size_t errlen)
{
    int timeout_ms = accepting ? HANDSHAKE_ACCEPT_TIMEOUT_MS : HANDSHAKE_CONNECT_TIMEOUT_MS;
    int64_t deadline = now_ms() + timeout_ms;
    int event;
    while ((event = next_event(reader, deadline)) >= 0 && event != ZMQ_EVENT_HANDSHAKE_SUCCEEDED) {
    }
    zmq_socket_monitor(socket, NULL, 0); /* nothing of the monitor runs while the peers measure */
    zmq_close(reader);
    if (event < 0) {
        snprintf(err, errlen, "never connected: no ZMTP handshake with the peer at %s within %d ms", endpoint,
                 timeout_ms);
        return -1;
    }
    return 0;
}

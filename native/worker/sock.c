#include "sock.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <zmq.h>

static int set_int(void *socket, int option, const char *name, int value, char *err, size_t errlen)
{
    if (zmq_setsockopt(socket, option, &value, sizeof value) == 0)
        return 0;
    snprintf(err, errlen, "cannot set %s to %d: %s", name, value, zmq_strerror(errno));
    return -1;
}

void *sock_open(void *ctx, const struct config *cfg, bool bind_side, char *err, size_t errlen)
{
    const struct pattern *p = cfg->pattern;
    void *s = zmq_socket(ctx, bind_side ? p->bind_type : p->connect_type);
    if (s == NULL) {
        snprintf(err, errlen, "cannot create a %s socket: %s", p->name, zmq_strerror(errno));
        return NULL;
    }
    if ((cfg->hwm >= 0
         && (set_int(s, ZMQ_SNDHWM, "ZMQ_SNDHWM", cfg->hwm, err, errlen) != 0
             || set_int(s, ZMQ_RCVHWM, "ZMQ_RCVHWM", cfg->hwm, err, errlen) != 0))
        || set_int(s, ZMQ_RCVTIMEO, "ZMQ_RCVTIMEO", cfg->timeout_ms, err, errlen) != 0
        || set_int(s, ZMQ_SNDTIMEO, "ZMQ_SNDTIMEO", cfg->timeout_ms, err, errlen) != 0
        || set_int(s, ZMQ_LINGER, "ZMQ_LINGER", cfg->timeout_ms, err, errlen) != 0) {
        zmq_close(s);
        return NULL;
    }
    if (pattern_prepare(p, s, bind_side) != 0) {
        snprintf(err, errlen, "cannot prepare a %s socket: %s", p->name, zmq_strerror(errno));
        zmq_close(s);
        return NULL;
    }
    return s;
}

static void endpoint_error(const char *verb, const char *endpoint, int e, char *err, size_t errlen)
{
    switch (e) {
    case EADDRINUSE:
        snprintf(err, errlen, "address already in use: %s", endpoint);
        break;
    case EINVAL:
    case EPROTONOSUPPORT:
        snprintf(err, errlen, "invalid endpoint %s: %s", endpoint, zmq_strerror(e));
        break;
    case ENOCOMPATPROTO:
        snprintf(err, errlen, "transport of %s does not work with this socket type", endpoint);
        break;
    case EADDRNOTAVAIL:
        snprintf(err, errlen, "address not available: %s", endpoint);
        break;
    case ENODEV:
        snprintf(err, errlen, "no such network interface: %s", endpoint);
        break;
    default:
        snprintf(err, errlen, "cannot %s %s: %s", verb, endpoint, zmq_strerror(e));
    }
}

int sock_bind(void *socket, const char *endpoint, char *resolved, size_t resolved_len,
              char *err, size_t errlen)
{
    if (zmq_bind(socket, endpoint) != 0) {
        endpoint_error("bind", endpoint, errno, err, errlen);
        return -1;
    }
    if (zmq_getsockopt(socket, ZMQ_LAST_ENDPOINT, resolved, &resolved_len) != 0) {
        snprintf(err, errlen, "bound %s but cannot read ZMQ_LAST_ENDPOINT: %s", endpoint,
                 zmq_strerror(errno));
        return -1;
    }
    return 0;
}

int sock_connect(void *socket, const char *endpoint, char *err, size_t errlen)
{
    if (zmq_connect(socket, endpoint) != 0) {
        endpoint_error("connect to", endpoint, errno, err, errlen);
        return -1;
    }
    return 0;
}

/* The high-water-mark probe: see semantics.h and zmqbench.worker.SemanticsProbe. */
#include "semantics.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zmq.h>

#include "args.h"
#include "json.h"

#define POLL_MS 20          /* the receiver's RCVTIMEO: how often a waiting loop checks its deadline */
#define MIN_SIZE 16
#define TCP_EXTRA 1000000LL /* over tcp the kernel's buffers queue too */
#define MAX_LIMIT 100000000LL
#define DEFAULT_HWM 1000    /* what pipes get when the HWM is set after connecting */
#define HELLO 'w'
#define PROBE 'p'
#define UNROUTABLE 'u'
#define PEER_ID "peer"
#define NOBODY_ID "nobody"

/* The outcome of one send: accepted, would block, or an errno (>= 0). */
#define SENT_ACCEPTED (-1)
#define SENT_WOULD_BLOCK (-2)

struct kind {
    const char *name;
    int sender;
    int receiver;
    bool sender_binds;
    bool mandatory;
};

/* As zmqbench.semantics.SendingSocket. */
static const struct kind KINDS[] = {
    { "pair", ZMQ_PAIR, ZMQ_PAIR, false, false },
    { "push", ZMQ_PUSH, ZMQ_PULL, false, false },
    { "dealer", ZMQ_DEALER, ZMQ_ROUTER, false, false },
    { "req", ZMQ_REQ, ZMQ_REP, false, false },
    { "pub", ZMQ_PUB, ZMQ_SUB, true, false },
    { "router", ZMQ_ROUTER, ZMQ_DEALER, true, false },
    { "router-mandatory", ZMQ_ROUTER, ZMQ_DEALER, true, true },
};
#define KIND_COUNT (sizeof KINDS / sizeof KINDS[0])

struct spec {
    const struct kind *kind;
    const char *transport;
    bool tcp;
    int hwm;
    bool hwm_after; /* --hwm-set after: set once connected (and the handshake done), not before */
    int size;
    int block_ms;
    int timeout_ms;
    long long limit;
};

struct probe {
    const struct spec *spec;
    void *sender;
    void *receiver;
    unsigned char *out;
    unsigned char *in;
    size_t in_len;
    int64_t sequence;
    char error[512];
};

bool semantics_requested(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; i++)
        if (strcmp(argv[i], "--scenario") == 0 && strcmp(argv[i + 1], "semantics") == 0)
            return true;
    return false;
}

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t) ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static bool routed(const struct probe *p)
{
    return p->spec->kind->sender == ZMQ_ROUTER;
}

static const char *errno_name(int e, char *buf, size_t len)
{
    switch (e) {
    case EAGAIN: return "EAGAIN";
    case EINTR: return "EINTR";
    case EINVAL: return "EINVAL";
    case ENOTSUP: return "ENOTSUP";
    case EHOSTUNREACH: return "EHOSTUNREACH";
    case EFSM: return "EFSM";
    case ENOCOMPATPROTO: return "ENOCOMPATPROTO";
    case ETERM: return "ETERM";
    default:
        snprintf(buf, len, "%d", e);
        return buf;
    }
}

/* "accepted", "eagain" or "error:<ERRNO>" into buf. */
static const char *outcome(int sent, char *buf, size_t len)
{
    char name[32];
    if (sent == SENT_ACCEPTED)
        snprintf(buf, len, "accepted");
    else if (sent == SENT_WOULD_BLOCK)
        snprintf(buf, len, "eagain");
    else
        snprintf(buf, len, "error:%s", errno_name(sent, name, sizeof name));
    return buf;
}

static void put_i64(unsigned char *b, int64_t v)
{
    for (int i = 0; i < 8; i++)
        b[i] = (unsigned char) ((uint64_t) v >> (8 * i));
}

static int64_t get_i64(const unsigned char *b)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v |= (uint64_t) b[i] << (8 * i);
    return (int64_t) v;
}

static int send_retry(void *socket, const void *buf, size_t len, int flags)
{
    int n;
    do
        n = zmq_send(socket, buf, len, flags);
    while (n < 0 && errno == EINTR);
    return n;
}

/* One payload frame with marker and number: 0 sent, or -1 and errno (EAGAIN: would block). */
static int send_payload(struct probe *p, void *socket, unsigned char marker, int64_t number, int flags)
{
    p->out[0] = marker;
    put_i64(p->out + 1, number);
    return send_retry(socket, p->out, (size_t) p->spec->size, flags) < 0 ? -1 : 0;
}

/* A probe message from the sender, with a routing-id frame first for a ROUTER. */
static int send_message(struct probe *p, const char *routing_id, unsigned char marker, int flags)
{
    if (routed(p) && send_retry(p->sender, routing_id, strlen(routing_id), flags | ZMQ_SNDMORE) < 0)
        return errno == EAGAIN ? SENT_WOULD_BLOCK : errno;
    if (send_payload(p, p->sender, marker, ++p->sequence, flags) < 0)
        return errno == EAGAIN ? SENT_WOULD_BLOCK : errno;
    return SENT_ACCEPTED;
}

/* One whole message (a ROUTER's routing-id frame skipped): its marker byte, -1 on RCVTIMEO, or
 * -2 and p->error on failure. The last frame stays in p->in. */
static int receive_message(struct probe *p, void *socket)
{
    int more = 0;
    size_t more_len = sizeof more;
    int n;
    do {
        do
            n = zmq_recv(socket, p->in, p->in_len, 0);
        while (n < 0 && errno == EINTR);
        if (n < 0) {
            if (errno == EAGAIN && more == 0)
                return -1;
            snprintf(p->error, sizeof p->error, "zmq_recv: %s", zmq_strerror(errno));
            return -2;
        }
        if (zmq_getsockopt(socket, ZMQ_RCVMORE, &more, &more_len) != 0) {
            snprintf(p->error, sizeof p->error, "ZMQ_RCVMORE: %s", zmq_strerror(errno));
            return -2;
        }
    } while (more);
    return n > 0 ? p->in[0] : 0;
}

/* Waits until a message with marker (and number, unless < 0) arrives; 0, or -1 and p->error. */
static int await_message(struct probe *p, void *socket, unsigned char marker, int64_t number, int64_t deadline,
                         const char *what)
{
    while (now_ns() < deadline) {
        int got = receive_message(p, socket);
        if (got == -2)
            return -1;
        if (got == marker && (number < 0 || get_i64(p->in + 1) == number))
            return 0;
    }
    snprintf(p->error, sizeof p->error, "%s did not arrive within %d ms", what, p->spec->timeout_ms);
    return -1;
}

/* A blocking send retried until the deadline (a PUSH or REQ waits for a peer to connect). */
static int send_until(struct probe *p, void *socket, int64_t deadline)
{
    while (send_payload(p, socket, HELLO, ++p->sequence, 0) < 0) {
        if (errno != EAGAIN) {
            snprintf(p->error, sizeof p->error, "the hello failed: %s", zmq_strerror(errno));
            return -1;
        }
        if (now_ns() >= deadline) {
            snprintf(p->error, sizeof p->error, "the hello could not be sent within %d ms",
                     p->spec->timeout_ms);
            return -1;
        }
    }
    return 0;
}

static int send_once(struct probe *p, void *socket, int64_t number, int flags, const char *what)
{
    if (send_payload(p, socket, HELLO, number, flags) == 0)
        return 0;
    snprintf(p->error, sizeof p->error, "the %s could not be sent within %d ms (%s)", what, p->spec->timeout_ms,
             zmq_strerror(errno));
    return -1;
}

/* PUB: numbered messages until the subscriber receives the latest one sent. */
static int warm_up(struct probe *p, int64_t deadline)
{
    while (now_ns() < deadline) {
        int64_t number = ++p->sequence;
        if (send_once(p, p->sender, number, ZMQ_DONTWAIT, "warm-up") != 0)
            return -1;
        for (;;) {
            int got = receive_message(p, p->receiver);
            if (got == -2)
                return -1;
            if (got < 0)
                break; /* nothing within POLL_MS: send the next one */
            if (got == HELLO && get_i64(p->in + 1) == number)
                return 0;
        }
    }
    snprintf(p->error, sizeof p->error, "the subscriber received no message within %d ms", p->spec->timeout_ms);
    return -1;
}

/* Makes sure the receiver is connected; the handshake's name, or NULL and p->error. */
static const char *handshake(struct probe *p)
{
    int64_t deadline = now_ns() + (int64_t) p->spec->timeout_ms * 1000000LL;
    int sender = p->spec->kind->sender;
    if (sender == ZMQ_PUB)
        return warm_up(p, deadline) == 0 ? "warm-up" : NULL;
    if (sender == ZMQ_ROUTER) {
        /* The peer speaks first: the ROUTER then knows its routing id. */
        if (send_once(p, p->receiver, 0, 0, "peer's hello") != 0
            || await_message(p, p->sender, HELLO, -1, deadline, "the peer's hello") != 0)
            return NULL;
        return "hello";
    }
    if (sender == ZMQ_REQ) {
        if (send_until(p, p->sender, deadline) != 0
            || await_message(p, p->receiver, HELLO, -1, deadline, "the request") != 0
            || send_once(p, p->receiver, 0, 0, "reply") != 0
            || await_message(p, p->sender, HELLO, -1, deadline, "the reply") != 0)
            return NULL;
        return "hello";
    }
    if (!p->spec->tcp)
        return "none"; /* inproc to a bound peer is connected when zmq_connect returns */
    if (send_until(p, p->sender, deadline) != 0
        || await_message(p, p->receiver, HELLO, -1, deadline, "the hello") != 0)
        return NULL;
    return "hello";
}

/* Reads until every sent message came, or block_ms passed without one (unless patient), or
 * timeout_ms passed; the probe messages read. */
static int64_t drain(struct probe *p, int64_t expected, bool patient)
{
    int64_t delivered = 0;
    int64_t hard = now_ns() + (int64_t) p->spec->timeout_ms * 1000000LL;
    int64_t quiet = now_ns() + (int64_t) p->spec->block_ms * 1000000LL;
    while (delivered < expected && now_ns() < hard) {
        int got = receive_message(p, p->receiver);
        if (got == -2)
            break;
        if (got < 0) {
            if (!patient && now_ns() > quiet)
                break;
            continue;
        }
        if (got == PROBE)
            delivered++;
        quiet = now_ns() + (int64_t) p->spec->block_ms * 1000000LL;
    }
    return delivered;
}

static int set_int(void *socket, int option, const char *name, int value, char *err, size_t errlen)
{
    if (zmq_setsockopt(socket, option, &value, sizeof value) == 0)
        return 0;
    snprintf(err, errlen, "cannot set %s to %d: %s", name, value, zmq_strerror(errno));
    return -1;
}

/* Both sockets get their options before bind/connect (see SemanticsProbe.open). */
static void *open_socket(void *ctx, const struct spec *s, bool sending, char *err, size_t errlen)
{
    int type = sending ? s->kind->sender : s->kind->receiver;
    void *socket = zmq_socket(ctx, type);
    if (socket == NULL) {
        snprintf(err, errlen, "cannot create a socket: %s", zmq_strerror(errno));
        return NULL;
    }
    if ((!s->hwm_after
         && (set_int(socket, ZMQ_SNDHWM, "ZMQ_SNDHWM", s->hwm, err, errlen) != 0
             || set_int(socket, ZMQ_RCVHWM, "ZMQ_RCVHWM", s->hwm, err, errlen) != 0))
        || set_int(socket, ZMQ_LINGER, "ZMQ_LINGER", 0, err, errlen) != 0
        || set_int(socket, ZMQ_SNDTIMEO, "ZMQ_SNDTIMEO", sending ? s->block_ms : s->timeout_ms, err, errlen) != 0
        || set_int(socket, ZMQ_RCVTIMEO, "ZMQ_RCVTIMEO", sending ? s->timeout_ms : POLL_MS, err, errlen) != 0
        || (sending && s->kind->mandatory
            && set_int(socket, ZMQ_ROUTER_MANDATORY, "ZMQ_ROUTER_MANDATORY", 1, err, errlen) != 0)) {
        zmq_close(socket);
        return NULL;
    }
    if ((!sending && type == ZMQ_SUB && zmq_setsockopt(socket, ZMQ_SUBSCRIBE, "", 0) != 0)
        || (!sending && s->kind->sender == ZMQ_ROUTER
            && zmq_setsockopt(socket, ZMQ_ROUTING_ID, PEER_ID, strlen(PEER_ID)) != 0)) {
        snprintf(err, errlen, "cannot subscribe or set ZMQ_ROUTING_ID: %s", zmq_strerror(errno));
        zmq_close(socket);
        return NULL;
    }
    return socket;
}

/* Worded as ProbeSpec.parse. 0, or the exit status 2 with an error record printed. */
static int parse(int argc, char **argv, struct spec *s)
{
    const char *backend = NULL, *socket = NULL;
    int64_t v;
    bool have_limit = false;

    memset(s, 0, sizeof *s);
    s->hwm = 10;
    s->size = 64;
    s->block_ms = 200;
    s->timeout_ms = 10000;
    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i], *val;
        if (i + 1 >= argc)
            return print_usage_error("%s needs a value", opt);
        val = argv[++i];
        if (strcmp(opt, "--backend") == 0) {
            backend = val;
        } else if (strcmp(opt, "--scenario") == 0) {
            /* semantics, or we would not be here */
        } else if (strcmp(opt, "--socket") == 0) {
            socket = val;
        } else if (strcmp(opt, "--transport") == 0) {
            s->transport = val;
        } else if (strcmp(opt, "--hwm") == 0) {
            if (parse_int64(val, INT_MIN, INT_MAX, &v) != 0)
                return print_usage_error("--hwm must be a whole number, got '%s'", val);
            s->hwm = (int) v;
        } else if (strcmp(opt, "--hwm-set") == 0) {
            if (strcmp(val, "before") != 0 && strcmp(val, "after") != 0)
                return print_usage_error("--hwm-set must be before or after, got '%s'", val);
            s->hwm_after = strcmp(val, "after") == 0;
        } else if (strcmp(opt, "--size") == 0) {
            if (parse_int64(val, INT_MIN, INT_MAX, &v) != 0)
                return print_usage_error("--size must be a whole number, got '%s'", val);
            s->size = (int) v;
        } else if (strcmp(opt, "--block-ms") == 0) {
            if (parse_int64(val, INT_MIN, INT_MAX, &v) != 0)
                return print_usage_error("--block-ms must be a whole number, got '%s'", val);
            s->block_ms = (int) v;
        } else if (strcmp(opt, "--timeout-ms") == 0) {
            if (parse_int64(val, INT_MIN, INT_MAX, &v) != 0)
                return print_usage_error("--timeout-ms must be a whole number, got '%s'", val);
            s->timeout_ms = (int) v;
        } else if (strcmp(opt, "--limit") == 0) {
            if (parse_int64(val, INT64_MIN, INT64_MAX, &v) != 0)
                return print_usage_error("--limit must be a whole number, got '%s'", val);
            s->limit = v;
            have_limit = true;
        } else {
            return print_usage_error("unknown semantics argument '%s'", opt);
        }
    }
    if (backend == NULL)
        return print_usage_error("missing --backend");
    if (strcmp(backend, "c") != 0)
        return print_usage_error("--backend '%s' is not served by the C worker (only 'c')", backend);
    if (socket == NULL)
        return print_usage_error("missing --socket");
    if (s->transport == NULL)
        return print_usage_error("missing --transport");
    for (size_t k = 0; k < KIND_COUNT; k++)
        if (strcmp(KINDS[k].name, socket) == 0)
            s->kind = &KINDS[k];
    if (s->kind == NULL)
        return print_usage_error("unknown socket '%s' (known: pair, push, dealer, req, pub, router, router-mandatory)",
                          socket);
    if (strcmp(s->transport, "inproc") != 0 && strcmp(s->transport, "tcp") != 0)
        return print_usage_error("--transport must be inproc or tcp, got '%s'", s->transport);
    s->tcp = strcmp(s->transport, "tcp") == 0;
    if (s->hwm < 1)
        return print_usage_error("--hwm must be at least 1 (0 means no limit: nothing to probe), got %d", s->hwm);
    if (s->size < MIN_SIZE)
        return print_usage_error("--size must be at least %d, got %d", MIN_SIZE, s->size);
    if (s->block_ms < 1 || s->timeout_ms < 1)
        return print_usage_error("--block-ms and --timeout-ms must be at least 1");
    if (!have_limit) {
        long long base = s->hwm_after && s->hwm < DEFAULT_HWM ? DEFAULT_HWM : s->hwm;
        long long limit = 10LL * 2 * base + (s->tcp ? TCP_EXTRA : 0);
        s->limit = limit < MAX_LIMIT ? limit : MAX_LIMIT;
    }
    if (s->limit < 1 || s->limit > MAX_LIMIT)
        return print_usage_error("--limit must be from 1 to %lld, got %lld", MAX_LIMIT, s->limit);
    return 0;
}

int semantics_main(int argc, char **argv, const char *zmq_version)
{
    struct spec spec;
    struct probe p;
    char err[1024], endpoint[256], nonblocking[64] = "", blocking[64] = "", unroutable[64] = "";
    size_t endpoint_len = sizeof endpoint;
    const char *how, *stopped_by;
    void *ctx, *binder, *connector;
    int64_t start, deadline, elapsed, drain_start, drain_ns, queued = 0, first_eagain = -1, sent_total, delivered;
    int status = parse(argc, argv, &spec);
    if (status != 0)
        return status;

    memset(&p, 0, sizeof p);
    p.spec = &spec;
    p.in_len = spec.size > 256 ? (size_t) spec.size : 256;
    p.out = calloc(1, (size_t) spec.size);
    p.in = calloc(1, p.in_len);
    ctx = zmq_ctx_new();
    if (p.out == NULL || p.in == NULL || ctx == NULL) {
        print_error("cannot allocate the probe's buffers or context");
        return 1;
    }
    if ((p.sender = open_socket(ctx, &spec, true, err, sizeof err)) == NULL
        || (p.receiver = open_socket(ctx, &spec, false, err, sizeof err)) == NULL) {
        print_error(err);
        return 1;
    }
    binder = spec.kind->sender_binds ? p.sender : p.receiver;
    connector = spec.kind->sender_binds ? p.receiver : p.sender;
    if (zmq_bind(binder, spec.tcp ? "tcp://127.0.0.1:*" : "inproc://zmqbench-semantics") != 0
        || zmq_getsockopt(binder, ZMQ_LAST_ENDPOINT, endpoint, &endpoint_len) != 0
        || zmq_connect(connector, endpoint) != 0) {
        snprintf(err, sizeof err, "c %s/%s: bind or connect failed: %s", spec.kind->name, spec.transport,
                 zmq_strerror(errno));
        print_error(err);
        return 1;
    }
    how = handshake(&p);
    if (how == NULL) {
        snprintf(err, sizeof err, "c %s/%s: %s", spec.kind->name, spec.transport, p.error);
        print_error(err);
        return 1;
    }
    if (spec.hwm_after) {
        /* the pipes exist now (made with the default HWM); sender first, then receiver */
        void *sockets[2] = { p.sender, p.receiver };
        for (int i = 0; i < 2; i++)
            if (set_int(sockets[i], ZMQ_SNDHWM, "ZMQ_SNDHWM", spec.hwm, err, sizeof err) != 0
                || set_int(sockets[i], ZMQ_RCVHWM, "ZMQ_RCVHWM", spec.hwm, err, sizeof err) != 0) {
                print_error(err);
                return 1;
            }
    }
    if (routed(&p))
        outcome(send_message(&p, NOBODY_ID, UNROUTABLE, ZMQ_DONTWAIT), unroutable, sizeof unroutable);

    /* The probe: see SemanticsProbe.probe. */
    start = now_ns();
    deadline = start + (int64_t) spec.timeout_ms * 1000000LL;
    for (;;) {
        int sent;
        if (queued >= spec.limit) {
            stopped_by = "limit";
            break;
        }
        if (now_ns() > deadline) {
            stopped_by = "time";
            break;
        }
        sent = send_message(&p, PEER_ID, PROBE, ZMQ_DONTWAIT);
        if (sent == SENT_ACCEPTED) {
            queued++;
            continue;
        }
        if (sent != SENT_WOULD_BLOCK) {
            outcome(sent, nonblocking, sizeof nonblocking);
            stopped_by = "error";
            break;
        }
        if (first_eagain < 0)
            first_eagain = queued;
        sent = send_message(&p, PEER_ID, PROBE, 0);
        if (sent == SENT_ACCEPTED) {
            queued++;
            continue;
        }
        if (sent == SENT_WOULD_BLOCK)
            snprintf(blocking, sizeof blocking, "blocked");
        else
            outcome(sent, blocking, sizeof blocking);
        stopped_by = sent == SENT_WOULD_BLOCK ? "block" : "error";
        break;
    }
    sent_total = queued;
    if (nonblocking[0] == '\0') {
        int sent = send_message(&p, PEER_ID, PROBE, ZMQ_DONTWAIT);
        sent_total += sent == SENT_ACCEPTED;
        outcome(sent, nonblocking, sizeof nonblocking);
    }
    if (blocking[0] == '\0') {
        int sent = send_message(&p, PEER_ID, PROBE, 0);
        sent_total += sent == SENT_ACCEPTED;
        if (sent == SENT_WOULD_BLOCK)
            snprintf(blocking, sizeof blocking, "blocked");
        else
            outcome(sent, blocking, sizeof blocking);
    }
    elapsed = now_ns() - start;

    /* A sender that never dropped must deliver everything: wait for it all (see SemanticsProbe). */
    drain_start = now_ns();
    delivered = drain(&p, sent_total, strcmp(stopped_by, "limit") != 0 && strcmp(stopped_by, "time") != 0);
    drain_ns = now_ns() - drain_start;
    if (strcmp(blocking, "accepted") == 0 && delivered < sent_total)
        snprintf(blocking, sizeof blocking, "accepted (dropped)");

    {
        struct json j;
        json_begin(&j, stdout);
        json_str(&j, "event", "semantics");
        json_object_begin(&j, "identity");
        json_str(&j, "backend", "c");
        json_str(&j, "backend_version", zmq_version);
        json_str(&j, "libzmq_version", zmq_version);
        json_object_end(&j);
        json_object_begin(&j, "connection");
        json_str(&j, "socket", spec.kind->name);
        json_str(&j, "transport", spec.transport);
        json_str(&j, "endpoint", endpoint);
        json_str(&j, "handshake", how);
        json_object_end(&j);
        json_object_begin(&j, "limits");
        json_int(&j, "hwm", spec.hwm);
        json_str(&j, "hwm_set", spec.hwm_after ? "after" : "before");
        json_int(&j, "size", spec.size);
        json_int(&j, "block_ms", spec.block_ms);
        json_int(&j, "limit", spec.limit);
        json_object_end(&j);
        json_object_begin(&j, "outcome");
        json_int(&j, "queued_before_block", queued);
        json_int(&j, "first_eagain_at", first_eagain);
        json_str(&j, "nonblocking_result", nonblocking);
        json_str(&j, "blocking_result", blocking);
        json_str(&j, "unroutable_result", routed(&p) ? unroutable : NULL);
        json_str(&j, "stopped_by", stopped_by);
        json_object_end(&j);
        json_object_begin(&j, "delivery");
        json_int(&j, "sent", sent_total);
        json_int(&j, "delivered", delivered);
        json_int(&j, "dropped", sent_total - delivered);
        json_int(&j, "elapsed_ns", elapsed);
        json_int(&j, "drain_ns", drain_ns);
        json_object_end(&j);
        json_str(&j, "error", NULL);
        json_end(&j);
    }
    zmq_close(p.receiver);
    zmq_close(p.sender);
    zmq_ctx_term(ctx);
    free(p.out);
    free(p.in);
    return 0;
}

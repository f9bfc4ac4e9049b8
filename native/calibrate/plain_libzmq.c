/* A plain libzmq loop that shares no code with zmqbench, to hold the tool's `c` figures against
 * (`make calibrate`). PAIR; the bind side echoes (latency) or receives (throughput), the connect
 * side pings or sends.
 *   plain-libzmq latency|throughput bind|connect ENDPOINT SIZE WARMUP COUNT
 * The bind side prints `endpoint E` first (ENDPOINT may be tcp://127.0.0.1:*). The pinger prints
 * `rtt_p50_ns N rtt_p99_ns N`, the receiver `msgs_per_sec N`, timed from message WARMUP (or the
 * first) to the last, as the tool does. Exit 2 on bad usage, 1 on a failed run. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zmq.h>

/* Every blocking call gives up after this, so a lost peer cannot hang us; long enough for the
 * other peer (a JVM) to start on a loaded machine. */
#define TIMEOUT_MS 60000

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t) ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int64_t number(const char *text, int64_t min)
{
    char *end;
    long long v = strtoll(text, &end, 10);
    return *text != '\0' && *end == '\0' && v >= min && v <= INT32_MAX ? v : -1;
}

static int cmp(const void *a, const void *b)
{
    int64_t x = *(const int64_t *) a, y = *(const int64_t *) b;
    return (x > y) - (x < y);
}

static int fail(const char *what)
{
    fprintf(stderr, "plain-libzmq: %s: %s\n", what, zmq_strerror(errno));
    return 1;
}

static int run(void *s, int latency, int bind, int size, int64_t warmup, int64_t count)
{
    const int64_t total = warmup + count, start_at = warmup > 0 ? warmup : 1;
    char *buf = calloc(1, (size_t) size);
    int64_t *rtt = latency && !bind ? malloc(sizeof *rtt * (size_t) count) : NULL, t0 = 0;

    if (buf == NULL || (latency && !bind && rtt == NULL)) {
        fprintf(stderr, "plain-libzmq: cannot allocate the buffers\n");
        return 1;
    }
    for (int64_t i = 0; i < total; i++) {
        if (latency && !bind) {
            t0 = now_ns();
            if (zmq_send(s, buf, size, 0) != size || zmq_recv(s, buf, size, 0) != size)
                return fail("round trip");
            if (i >= warmup)
                rtt[i - warmup] = now_ns() - t0;
        } else if (bind) {
            if (zmq_recv(s, buf, size, 0) != size)
                return fail("receive");
            if (latency && zmq_send(s, buf, size, 0) != size)
                return fail("echo");
            if (!latency && i + 1 == start_at)
                t0 = now_ns();
        } else if (zmq_send(s, buf, size, 0) != size) {
            return fail("send");
        }
    }
    if (latency && !bind) {
        qsort(rtt, (size_t) count, sizeof *rtt, cmp);
        printf("rtt_p50_ns %lld rtt_p99_ns %lld\n", (long long) rtt[(count + 1) / 2 - 1],
               (long long) rtt[(99 * count + 99) / 100 - 1]);
    } else if (!latency && bind) {
        printf("msgs_per_sec %.0f\n", (double) (total - start_at) * 1e9 / (double) (now_ns() - t0));
    }
    free(rtt);
    free(buf);
    return 0;
}

int main(int argc, char **argv)
{
    int latency = argc == 7 ? strcmp(argv[1], "latency") == 0 : -1;
    int bind = argc == 7 ? strcmp(argv[2], "bind") == 0 : -1;
    int64_t size = argc == 7 ? number(argv[4], 1) : -1, warmup = argc == 7 ? number(argv[5], 0) : -1;
    int64_t count = argc == 7 ? number(argv[6], 1) : -1;
    int timeout = TIMEOUT_MS, rc;
    char endpoint[256];
    size_t len = sizeof endpoint;

    if (argc != 7 || (!latency && strcmp(argv[1], "throughput") != 0)
        || (!bind && strcmp(argv[2], "connect") != 0) || size < 0 || warmup < 0 || count < 0) {
        fprintf(stderr, "usage: plain-libzmq latency|throughput bind|connect ENDPOINT SIZE WARMUP COUNT\n");
        return 2;
    }
    void *ctx = zmq_ctx_new(), *s = zmq_socket(ctx, ZMQ_PAIR);
    zmq_setsockopt(s, ZMQ_RCVTIMEO, &timeout, sizeof timeout);
    zmq_setsockopt(s, ZMQ_SNDTIMEO, &timeout, sizeof timeout);
    zmq_setsockopt(s, ZMQ_LINGER, &timeout, sizeof timeout);
    if (bind ? zmq_bind(s, argv[3]) != 0 : zmq_connect(s, argv[3]) != 0)
        return fail(argv[3]);
    if (bind && zmq_getsockopt(s, ZMQ_LAST_ENDPOINT, endpoint, &len) == 0) {
        printf("endpoint %s\n", endpoint);
        fflush(stdout);
    }
    rc = run(s, latency, bind, (int) size, warmup, count);
    zmq_close(s);
    zmq_ctx_term(ctx);
    return rc;
}

/* Throughput: the bind side receives (libzmq's local_thr), the connect side sends (remote_thr).
 * A ROUTER receiver skips the routing-id frame before each payload. pub-sub, which drops, has its
 * own two sides in pubsub.c. */
#include "scenario.h"

#include <errno.h>
#include <poll.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stats.h"

/* When a blocking call gives up after timeout_ms, the last message went through about
 * timeout_ms earlier; the interval ends there, not at the give-up (accurate to ~1 ms, libzmq's
 * timeout clock). Reading the clock on every message instead would slow the floor down. */
static int64_t before_timeout(int64_t now, int timeout_ms, int64_t start)
{
    int64_t t = now - (int64_t) timeout_ms * 1000000;
    return t > start ? t : start;
}

void throughput_recv(void *socket, const struct config *cfg, struct side_result *r)
{
    const int64_t total = cfg->warmup + cfg->count;
    /* The clock starts when this message (1-based) arrives: the last warm-up one, or the first. */
    const int64_t start_at = cfg->warmup > 0 ? cfg->warmup : 1;
    const size_t size = (size_t) cfg->size;
    int64_t t0 = 0, t1 = 0, cpu0 = 0, cpu1 = 0;
    bool started = false;
    struct frames frames;
    char *buf = malloc(size);

    if (buf == NULL) {
        snprintf(r->error, sizeof r->error, "cannot allocate %d bytes", cfg->size);
        return;
    }
    frames_init(&frames, socket, cfg); /* a ROUTER's routing-id frame is skipped */
    while (r->received < total) {
        int n = frames_recv(&frames, buf, size);
        if (n < 0) {
            int e = errno;
            int64_t now = now_ns();
            if (started) {
                cpu1 = cpu_ns(); /* blocked, not running, while waiting: no CPU to take off */
                t1 = e == EAGAIN ? before_timeout(now, cfg->timeout_ms, t0) : now;
            }
            if (e == EAGAIN)
                snprintf(r->error, sizeof r->error,
                         "timed out after %d ms: received %lld of %lld messages", cfg->timeout_ms,
                         (long long) r->received, (long long) total);
            else
                snprintf(r->error, sizeof r->error, "receive failed after %lld of %lld messages: %s",
                         (long long) r->received, (long long) total, zmq_strerror(e));
            break;
        }
        r->received++;
        if (r->received == start_at) {
            t0 = t1 = now_ns();
            cpu0 = cpu1 = cpu_ns();
            started = true;
        } else if (started && (r->received == total || n != cfg->size)) {
            t1 = now_ns();
            cpu1 = cpu_ns();
        }
        if (n != cfg->size) {
            snprintf(r->error, sizeof r->error, "message %lld has %d bytes, expected %d",
                     (long long) r->received, n, cfg->size);
            break;
        }
    }
    if (started) {
        r->measured = r->received - start_at;
        r->elapsed_ns = t1 - t0;
        r->cpu_ns = cpu1 - cpu0;
    }
    free(buf);
}

void throughput_send(void *socket, const struct config *cfg, struct side_result *r)
{
    const int64_t total = cfg->warmup + cfg->count;
    const size_t size = (size_t) cfg->size;
    int64_t t0 = 0, t1 = 0, cpu0 = 0, cpu1 = 0;
    bool started = false;
    char *buf = malloc(size);

    if (buf == NULL) {
        snprintf(r->error, sizeof r->error, "cannot allocate %d bytes", cfg->size);
        return;
    }
    memset(buf, 't', size);
    while (r->sent < total) {
        if (r->sent == cfg->warmup) {
            t0 = now_ns();
            cpu0 = cpu_ns();
            started = true;
        }
        if (send_buf(socket, buf, size) < 0) {
            int e = errno;
            int64_t now = now_ns();
            if (started) {
                cpu1 = cpu_ns();
                t1 = e == EAGAIN ? before_timeout(now, cfg->timeout_ms, t0) : now;
            }
            if (e == EAGAIN)
                snprintf(r->error, sizeof r->error,
                         "send timed out after %d ms: sent %lld of %lld messages", cfg->timeout_ms,
                         (long long) r->sent, (long long) total);
            else
                snprintf(r->error, sizeof r->error, "send failed after %lld of %lld messages: %s",
                         (long long) r->sent, (long long) total, zmq_strerror(e));
            break;
        }
        r->sent++;
    }
    if (r->sent == total) {
        t1 = now_ns();
        cpu1 = cpu_ns();
    }
    if (started) {
        r->measured = r->sent - cfg->warmup;
        r->enqueue_ns = t1 - t0;
        r->cpu_ns = cpu1 - cpu0;
    }
    free(buf);
}

bool stdin_released(int timeout_ms)
{
    const int64_t deadline = now_ns() + (int64_t) timeout_ms * 1000000;
    char buf[256];

    for (;;) {
        int64_t left_ns = deadline - now_ns();
        struct pollfd pfd = { .fd = 0, .events = POLLIN, .revents = 0 };
        ssize_t n;
        int rc;

        if (left_ns <= 0)
            return false;
        rc = poll(&pfd, 1, (int) ((left_ns + 999999) / 1000000));
        if (rc < 0 && errno == EINTR)
            continue;
        if (rc < 0)
            return true; /* stdin unusable: nothing to wait for */
        if (rc == 0)
            return false;
        n = read(0, buf, sizeof buf);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n <= 0 || memchr(buf, '\n', (size_t) n) != NULL)
            return true; /* EOF, a line, or stdin unusable (closed): nothing to wait for */
    }
}

void throughput_wait_confirmation(int timeout_ms)
{
    if (!stdin_released(timeout_ms))
        fprintf(stderr, "zmqbench-worker: no line on stdin within %d ms, closing anyway\n", timeout_ms);
}

/* Latency: the bind side echoes (libzmq's local_lat), the connect side pings and times every
 * measured round trip. A ROUTER echo replies through the routing id it received (frames_*); REQ
 * and REP add and strip their envelope themselves. */
#include "scenario.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "stats.h"

static void io_error(struct side_result *r, const char *what, int e, const struct config *cfg,
                     int64_t done, int64_t total)
{
    if (e == EAGAIN && strcmp(what, "send") == 0)
        snprintf(r->error, sizeof r->error, "send timed out after %d ms (sent %lld of %lld)",
                 cfg->timeout_ms, (long long) done, (long long) total);
    else if (e == EAGAIN)
        snprintf(r->error, sizeof r->error, "peer sent nothing for %d ms (got %lld of %lld)",
                 cfg->timeout_ms, (long long) done, (long long) total);
    else
        snprintf(r->error, sizeof r->error, "%s failed after %lld of %lld: %s", what,
                 (long long) done, (long long) total, zmq_strerror(e));
}

void latency_echo(void *socket, const struct config *cfg, struct side_result *r)
{
    const int64_t total = cfg->warmup + cfg->count;
    const size_t size = (size_t) cfg->size;
    int64_t cpu0 = 0;
    bool started = false;
    struct frames frames;
    char *buf = malloc(size);

    if (buf == NULL) {
        snprintf(r->error, sizeof r->error, "cannot allocate %d bytes", cfg->size);
        return;
    }
    frames_init(&frames, socket, cfg);
    while (r->received < total) {
        int n = frames_recv(&frames, buf, size);
        if (n < 0) {
            io_error(r, "receive", errno, cfg, r->received, total);
            break;
        }
        r->received++;
        if (r->received == cfg->warmup + 1) {
            cpu0 = cpu_ns();
            started = true;
        }
        if (n != cfg->size) {
            snprintf(r->error, sizeof r->error, "message %lld has %d bytes, expected %d",
                     (long long) r->received, n, cfg->size);
            break;
        }
        if (frames_reply(&frames, buf, size) < 0) {
            io_error(r, "send", errno, cfg, r->sent, total);
            break;
        }
        r->sent++;
    }
    if (started) {
        r->cpu_ns = cpu_ns() - cpu0;
        r->measured = r->sent > cfg->warmup ? r->sent - cfg->warmup : 0;
    }
    free(buf);
}

void latency_ping(void *socket, const struct config *cfg, int64_t *samples, struct side_result *r)
{
    const int64_t total = cfg->warmup + cfg->count;
    const size_t size = (size_t) cfg->size;
    int64_t cpu0 = 0, first = 0, last = 0;
    bool started = false;
    char *payload = malloc(size);
    char *reply = malloc(size);

    if (payload == NULL || reply == NULL) {
        snprintf(r->error, sizeof r->error, "cannot allocate 2 x %d bytes", cfg->size);
        goto out;
    }
    memset(payload, 'p', size);
    memset(reply, 0, size);

    /* Warm-up round trips: untimed. */
    for (int64_t i = 0; i < cfg->warmup; i++) {
        int n;
        if (send_buf(socket, payload, size) < 0) {
            io_error(r, "send", errno, cfg, r->sent, total);
            goto out;
        }
        r->sent++;
        if ((n = recv_buf(socket, reply, size)) < 0) {
            io_error(r, "receive", errno, cfg, r->received, total);
            goto out;
        }
        r->received++;
        if (n != cfg->size) {
            snprintf(r->error, sizeof r->error, "reply %lld has %d bytes, expected %d",
                     (long long) r->received, n, cfg->size);
            goto out;
        }
    }

    /* Measured round trips: each timed around send + receive. */
    cpu0 = cpu_ns();
    started = true;
    for (int64_t i = 0; i < cfg->count; i++) {
        int64_t t0, t1;
        int n;
        t0 = now_ns();
        if (send_buf(socket, payload, size) < 0) {
            io_error(r, "send", errno, cfg, r->sent, total);
            break;
        }
        n = recv_buf(socket, reply, size);
        t1 = now_ns();
        r->sent++;
        if (n < 0) {
            io_error(r, "receive", errno, cfg, r->received, total);
            break;
        }
        r->received++;
        if (n != cfg->size) {
            snprintf(r->error, sizeof r->error, "reply %lld has %d bytes, expected %d",
                     (long long) r->received, n, cfg->size);
            break;
        }
        if (samples != NULL)
            samples[i] = t1 - t0;
        if (i == 0)
            first = t0;
        last = t1;
        r->measured++;
    }

out:
    if (started) {
        r->cpu_ns = cpu_ns() - cpu0;
        r->elapsed_ns = r->measured > 0 ? last - first : 0;
    }
    free(payload);
    free(reply);
}

int samples_write(FILE *f, const int64_t *samples, int64_t n, char *err, size_t errlen)
{
    int e = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* x86_64 and other little-endian hosts: the in-memory layout is the file format. */
    if (n > 0 && fwrite(samples, sizeof *samples, (size_t) n, f) != (size_t) n)
        e = errno ? errno : EIO;
#else
    for (int64_t i = 0; i < n && e == 0; i++) {
        uint64_t v = (uint64_t) samples[i];
        unsigned char b[8];
        for (int k = 0; k < 8; k++)
            b[k] = (unsigned char) (v >> (8 * k));
        if (fwrite(b, 1, sizeof b, f) != sizeof b)
            e = errno ? errno : EIO;
    }
#endif
    if (fclose(f) != 0 && e == 0)
        e = errno ? errno : EIO;
    if (e != 0) {
        snprintf(err, errlen, "cannot write the samples file: %s", strerror(e));
        return -1;
    }
    return 0;
}

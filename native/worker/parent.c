#include "parent.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <zmq.h>

#include "stats.h"

static struct line_reader stdin_lines = { .fd = 0 };
static bool stopped, released;

void line_reader_init(struct line_reader *r, int fd)
{
    memset(r, 0, sizeof *r);
    r->fd = fd;
}

struct line_reader *parent_lines(void)
{
    return &stdin_lines;
}

/* Moves the first complete line out of the buffer (a full buffer without a newline counts as one). */
static bool take_line(struct line_reader *r, char *line, size_t len)
{
    char *newline = memchr(r->buf, '\n', r->len);
    size_t n = newline != NULL ? (size_t) (newline - r->buf) : r->len;
    size_t taken = newline != NULL ? n + 1 : n;
    if (newline == NULL && r->len < sizeof r->buf)
        return false;
    if (n > len - 1)
        n = len - 1;
    memcpy(line, r->buf, n);
    line[n] = '\0';
    r->len -= taken;
    memmove(r->buf, r->buf + taken, r->len);
    return true;
}

/* One read of what the descriptor has. */
static void fill(struct line_reader *r)
{
    ssize_t n = read(r->fd, r->buf + r->len, sizeof r->buf - r->len);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        r->eof = true; /* EOF, or unusable: nothing to wait for */
        return;
    }
    r->len += (size_t) n;
}

/* Which of the reader's descriptor, the socket and watch_fd is ready first (LINE_READ for the
 * reader's), or LINE_TIMEOUT. */
static enum line_event wait_ready(struct line_reader *r, void *socket, int watch_fd, int timeout_ms)
{
    zmq_pollitem_t items[3] = { { NULL, r->fd, ZMQ_POLLIN, 0 } };
    int n = 1, socket_at = -1, watch_at = -1, rc;
    if (socket != NULL) {
        socket_at = n;
        items[n++] = (zmq_pollitem_t) { socket, 0, ZMQ_POLLIN, 0 };
    }
    if (watch_fd >= 0) {
        watch_at = n;
        items[n++] = (zmq_pollitem_t) { NULL, watch_fd, ZMQ_POLLIN, 0 };
    }
    do
        rc = zmq_poll(items, n, timeout_ms);
    while (rc < 0 && errno == EINTR);
    if (rc < 0) {
        r->eof = true;
        return LINE_READ;
    }
    /* a hang-up comes as ZMQ_POLLERR: any event on a descriptor is worth a look */
    if (items[0].revents != 0)
        return LINE_READ;
    if (socket_at >= 0 && items[socket_at].revents != 0)
        return LINE_SOCKET;
    if (watch_at >= 0 && items[watch_at].revents != 0)
        return LINE_WATCH;
    return LINE_TIMEOUT;
}

enum line_event line_wait(struct line_reader *r, char *line, size_t len, void *socket, int watch_fd,
                          int timeout_ms)
{
    for (bool waited = false;; waited = true) {
        enum line_event ready;
        if (take_line(r, line, len))
            return LINE_READ;
        if (r->eof)
            return LINE_EOF;
        if (waited && timeout_ms >= 0)
            return LINE_TIMEOUT;
        ready = wait_ready(r, socket, watch_fd, timeout_ms);
        if (ready != LINE_READ)
            return ready;
        if (!r->eof)
            fill(r);
    }
}

/* Takes one line from stdin, within timeout_ms: `stop` stops, anything else (or EOF) releases. */
static void read_stdin(int timeout_ms)
{
    char line[PARENT_LINE_BYTES];
    switch (line_wait(&stdin_lines, line, sizeof line, NULL, -1, timeout_ms)) {
    case LINE_READ:
        stopped = true;
        if (strcmp(line, "stop") != 0)
            released = true;
        break;
    case LINE_EOF:
        released = stopped = true;
        break;
    default:
        break;
    }
}

bool parent_stop_requested(void)
{
    if (!stopped)
        read_stdin(0);
    return stopped;
}

bool parent_released(int timeout_ms)
{
    const int64_t deadline = now_ns() + (int64_t) timeout_ms * 1000000;
    while (!released) {
        int64_t left_ns = deadline - now_ns();
        if (left_ns <= 0)
            return false;
        read_stdin((int) ((left_ns + 999999) / 1000000));
    }
    return true;
}

void parent_wait_release(int timeout_ms)
{
    if (!parent_released(timeout_ms))
        fprintf(stderr, "zmqbench-worker: no line on stdin within %d ms, closing anyway\n", timeout_ms);
}

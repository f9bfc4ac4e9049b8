#include "parent.h"

#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "stats.h"

static bool stopped, released;
static char line[64];
static size_t line_len;

/* Reads what stdin has within timeout_ms (0: only what is there) and takes its complete lines. */
static void read_stdin(int timeout_ms)
{
    char buf[256];
    struct pollfd pfd = { .fd = 0, .events = POLLIN, .revents = 0 };
    ssize_t n;
    int rc = poll(&pfd, 1, timeout_ms);

    if (rc < 0 && errno == EINTR)
        return;
    if (rc == 0)
        return;
    n = rc < 0 ? -1 : read(0, buf, sizeof buf);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        released = stopped = true; /* EOF, or stdin unusable: nothing to wait for */
        return;
    }
    for (ssize_t i = 0; i < n; i++) {
        if (buf[i] != '\n') {
            if (line_len < sizeof line - 1)
                line[line_len++] = buf[i];
            continue;
        }
        line[line_len] = '\0';
        stopped = true;
        if (strcmp(line, "stop") != 0)
            released = true;
        line_len = 0;
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

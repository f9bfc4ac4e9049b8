/* Lines the parent writes on a worker's stdin. Without --slices: `stop` (a timed throughput sender
 * stops sending and sends its end marker) and then any other line, or EOF, to release it (delivery
 * is confirmed: it may report and close). With --slices: the slice lines of slices.h. */
#ifndef ZMQBENCH_PARENT_H
#define ZMQBENCH_PARENT_H

#include <stdbool.h>
#include <stddef.h>

#define PARENT_LINE_BYTES 128

/* Lines read from a file descriptor: stdin, or (--role both) the pipe through which the main
 * thread hands the parent's lines on to the receiver thread. */
struct line_reader {
    int fd;
    bool eof; /* EOF, or the descriptor is unusable: no more lines */
    size_t len;
    char buf[PARENT_LINE_BYTES];
};

enum line_event { LINE_READ, LINE_EOF, LINE_SOCKET, LINE_WATCH, LINE_TIMEOUT };

void line_reader_init(struct line_reader *r, int fd);

/* The reader of stdin. */
struct line_reader *parent_lines(void);

/* Waits at most timeout_ms (-1: no limit, blocked) for the next line (LINE_READ: in line, without
 * its newline; a line longer than the reader's buffer comes in pieces), or EOF; or for a message on
 * socket (LINE_SOCKET; socket may be NULL), or for watch_fd to become readable or hang up
 * (LINE_WATCH; -1: none), whichever comes first. With a limit: one wait, then LINE_TIMEOUT. */
enum line_event line_wait(struct line_reader *r, char *line, size_t len, void *socket, int watch_fd,
                          int timeout_ms);

/* true once `stop`, a release or EOF has come; never waits (a poll of stdin). */
bool parent_stop_requested(void);

/* true once a release (any line but `stop`) or EOF has come, waiting at most timeout_ms. */
bool parent_released(int timeout_ms);

/* parent_released, and a line on stderr when the parent never answered. */
void parent_wait_release(int timeout_ms);

#endif

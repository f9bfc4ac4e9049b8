/* --slices (SLICES.md; zmqbench.protocol's documentation): warm, then measured in slices the parent
 * asks for one at a time on stdin, each answered before the next is asked for.
 *   slice N P S   the timed side (pinger, receiver): P untimed messages / round trips, then N timed
 *                 ones; S, the messages the sender sent before this slice, tells a receiver the
 *                 in-flight tail of a timed warm-up it must take first (the pinger ignores it)
 *   slice N P     the throughput sender: P + N messages (an S is accepted and ignored)
 *   stop          the throughput sender, warming up by time: stop sending and say `paused`
 *   end           finish as without --slices (end markers), then the result record; so does EOF
 * The timed side prints `warm` when its warm-up ends and a `slice` record after each slice. */
#ifndef ZMQBENCH_SLICES_H
#define ZMQBENCH_SLICES_H

#include <stdint.h>

#include "parent.h"
#include "phases.h"

enum slice_command {
    SLICE_RUN,
    SLICE_STOP,
    SLICE_END,    /* `end`, or EOF */
    SLICE_BAD,    /* a line that is none of these: slice_bad_line says so */
    SLICE_SOCKET, /* not a line: the socket has a message */
    SLICE_WATCH,  /* not a line: the watched descriptor is readable */
};

struct slice_line {
    int64_t measured; /* N >= 1 */
    int64_t preroll;  /* P >= 1 */
    int64_t sent;     /* S >= 0 (0 when not given) */
    char text[PARENT_LINE_BYTES];
};

/* Waits (blocked) for the parent's next line on r and parses it, or for a message on socket (may
 * be NULL), or for watch_fd (-1: none) to become readable. */
enum slice_command slice_next(struct line_reader *r, void *socket, int watch_fd, struct slice_line *line);

/* "unexpected line ..." for a SLICE_BAD line. */
void slice_bad_line(const struct slice_line *line, char *err, size_t errlen);

/* What a side's slices add up to: the measured messages / round trips, their time, and the meter
 * from the first slice line to the end of the run. */
struct slice_totals {
    int64_t slices, measured, elapsed_ns, cpu0, cpu1;
};

/* A slice line has come: the meter starts at the first. */
void slice_started(struct slice_totals *t);
/* A slice of `measured` messages / round trips in elapsed_ns has ended. */
void slice_ended(struct slice_totals *t, int64_t measured, int64_t elapsed_ns);
/* The slices are over: the meter stops (not at each slice's end: the parent reads each slice's
 * threads around it, and a read here would fall in its span); the CPU time since the first line. */
int64_t slices_over(struct slice_totals *t);

/* {"event":"warm",...} from the ended warm-up of p. */
void slice_print_warm(const struct phases *p);

#endif

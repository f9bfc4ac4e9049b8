#include "slices.h"

#include <stdio.h>
#include <string.h>

#include "args.h"
#include "json.h"
#include "stats.h"
#include "threads.h"

/* warm-up + slices must not overflow a count */
#define MAX_SLICE_MESSAGES (INT64_MAX / 4)

/* "slice N P" or "slice N P S": N, P >= 1, S >= 0. */
static enum slice_command parse_slice(struct slice_line *line)
{
    char copy[PARENT_LINE_BYTES], *save = NULL;
    const char *word[5];
    int words = 0;

    memcpy(copy, line->text, sizeof copy);
    for (char *w = strtok_r(copy, " ", &save); w != NULL && words < 5; w = strtok_r(NULL, " ", &save))
        word[words++] = w;
    line->sent = 0;
    if ((words != 3 && words != 4) || strcmp(word[0], "slice") != 0
        || parse_int64(word[1], 1, MAX_SLICE_MESSAGES, &line->measured) != 0
        || parse_int64(word[2], 1, MAX_SLICE_MESSAGES, &line->preroll) != 0
        || (words == 4 && parse_int64(word[3], 0, MAX_SLICE_MESSAGES, &line->sent) != 0))
        return SLICE_BAD;
    return SLICE_RUN;
}

enum slice_command slice_next(struct line_reader *r, void *socket, int watch_fd, struct slice_line *line)
{
    switch (line_wait(r, line->text, sizeof line->text, socket, watch_fd, -1)) {
    case LINE_SOCKET:
        return SLICE_SOCKET;
    case LINE_WATCH:
        return SLICE_WATCH;
    case LINE_READ:
        break;
    default: /* EOF: the parent is gone, or says no more */
        return SLICE_END;
    }
    if (strcmp(line->text, "end") == 0)
        return SLICE_END;
    if (strcmp(line->text, "stop") == 0)
        return SLICE_STOP;
    return parse_slice(line);
}

void slice_bad_line(const struct slice_line *line, char *err, size_t errlen)
{
    snprintf(err, errlen, "unexpected line on stdin '%s': expected 'slice N P S' (N, P >= 1, S >= 0; a sender's "
             "without S), 'stop' or 'end'", line->text); /* worded as the Java worker's SliceCommand */
}

void slice_started(struct slice_totals *t)
{
    if (t->slices == 0)
        t->cpu0 = meter_start();
}

void slice_ended(struct slice_totals *t, int64_t measured, int64_t elapsed_ns)
{
    t->slices++;
    t->measured += measured;
    t->elapsed_ns += elapsed_ns;
}

int64_t slices_over(struct slice_totals *t)
{
    if (t->slices == 0)
        return 0;
    t->cpu1 = meter_stop();
    return t->cpu1 - t->cpu0;
}

void slice_print_warm(const struct phases *p)
{
    print_warm(p->steady_state, p->warmup_ns, p->warmup_messages, phases_warmup_rate(p));
}

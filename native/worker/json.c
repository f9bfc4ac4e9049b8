#include "json.h"

#include <inttypes.h>
#include <math.h>
#include <stdarg.h>

static void write_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *) s; *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\b': fputs("\\b", out); break;
        case '\f': fputs("\\f", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default:
            if (*p < 0x20 || *p == 0x7f)
                fprintf(out, "\\u%04x", *p);
            else
                fputc(*p, out); /* bytes >= 0x80 pass through: arguments are taken as UTF-8 */
        }
    }
    fputc('"', out);
}

void json_begin(struct json *j, FILE *out)
{
    j->out = out;
    j->depth = 0;
    j->fields[0] = 0;
    fputc('{', out);
}

/* A comma before every member but the first. */
static void member(struct json *j)
{
    if (j->fields[j->depth]++)
        fputc(',', j->out);
}

static void key(struct json *j, const char *k)
{
    member(j);
    write_string(j->out, k);
    fputc(':', j->out);
}

static void open_level(struct json *j, const char *bracket)
{
    fputs(bracket, j->out);
    j->fields[++j->depth] = 0;
}

static void close_level(struct json *j, char bracket)
{
    fputc(bracket, j->out);
    j->depth--;
}

void json_object_begin(struct json *j, const char *k)
{
    key(j, k);
    open_level(j, "{");
}

void json_object_end(struct json *j)
{
    close_level(j, '}');
}

void json_array_begin(struct json *j, const char *k)
{
    key(j, k);
    open_level(j, "[");
}

void json_array_end(struct json *j)
{
    close_level(j, ']');
}

void json_item_begin(struct json *j)
{
    member(j);
    open_level(j, "{");
}

void json_item_end(struct json *j)
{
    close_level(j, '}');
}

void json_str(struct json *j, const char *k, const char *value)
{
    key(j, k);
    if (value == NULL)
        fputs("null", j->out);
    else
        write_string(j->out, value);
}

void json_int(struct json *j, const char *k, int64_t value)
{
    key(j, k);
    fprintf(j->out, "%" PRId64, value);
}

static void write_double(FILE *out, double value)
{
    if (isfinite(value))
        fprintf(out, "%.3f", value); /* the C locale: '.' decimals */
    else
        fputs("null", out);
}

void json_double(struct json *j, const char *k, double value)
{
    key(j, k);
    write_double(j->out, value);
}

void json_double_item(struct json *j, double value)
{
    member(j);
    write_double(j->out, value);
}

void json_bool(struct json *j, const char *k, bool value)
{
    key(j, k);
    fputs(value ? "true" : "false", j->out);
}

void json_end(struct json *j)
{
    fputs("}\n", j->out);
    fflush(j->out);
}

void print_error(const char *message)
{
    struct json j;
    json_begin(&j, stdout);
    json_str(&j, "event", "error");
    json_str(&j, "message", message);
    json_end(&j);
}

int print_usage_error(const char *fmt, ...)
{
    char message[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    print_error(message);
    return 2;
}

void print_describe(const char *zmq_version)
{
    struct json j;
    json_begin(&j, stdout);
    json_str(&j, "event", "describe");
    json_str(&j, "backend", "c");
    json_str(&j, "backend_version", zmq_version);
    json_str(&j, "libzmq_version", zmq_version);
    json_end(&j);
}

void print_ready(const char *endpoint)
{
    struct json j;
    json_begin(&j, stdout);
    json_str(&j, "event", "ready");
    json_str(&j, "endpoint", endpoint);
    json_end(&j);
}

void print_measured(void)
{
    struct json j;
    json_begin(&j, stdout);
    json_str(&j, "event", "measured");
    json_end(&j);
}

void print_warm(const char *steady_state, int64_t warmup_ns, int64_t warmup_messages, double rate)
{
    struct json j;
    json_begin(&j, stdout);
    json_str(&j, "event", "warm");
    json_str(&j, "steady_state", steady_state);
    json_int(&j, "warmup_ns", warmup_ns);
    json_int(&j, "warmup_messages", warmup_messages);
    json_double(&j, "rate", rate);
    json_end(&j);
}

void print_slice(int64_t messages, int64_t elapsed_ns, int64_t p50_ns, int64_t p99_ns)
{
    struct json j;
    json_begin(&j, stdout);
    json_str(&j, "event", "slice");
    json_int(&j, "messages", messages);
    json_int(&j, "elapsed_ns", elapsed_ns);
    if (p50_ns >= 0) {
        json_int(&j, "p50_ns", p50_ns);
        json_int(&j, "p99_ns", p99_ns);
    }
    json_end(&j);
}

void print_paused(int64_t messages_sent)
{
    struct json j;
    json_begin(&j, stdout);
    json_str(&j, "event", "paused");
    json_int(&j, "messages_sent", messages_sent);
    json_end(&j);
}

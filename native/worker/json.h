/* One JSON object per line on stdout: the records of the worker protocol. */
#ifndef ZMQBENCH_JSON_H
#define ZMQBENCH_JSON_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#define JSON_MAX_DEPTH 4

struct json {
    FILE *out;
    int depth;
    int fields[JSON_MAX_DEPTH]; /* members written so far, per open object or array */
};

void json_begin(struct json *j, FILE *out);
/* A string field; value NULL writes null. The value is escaped. */
void json_str(struct json *j, const char *key, const char *value);
void json_int(struct json *j, const char *key, int64_t value);
/* A number with three decimals; NaN or infinity writes null. */
void json_double(struct json *j, const char *key, double value);
void json_bool(struct json *j, const char *key, bool value);
/* An object field: json_object_begin, its fields, json_object_end. */
void json_object_begin(struct json *j, const char *key);
void json_object_end(struct json *j);
/* An array field; its items are objects: json_item_begin, fields, json_item_end. */
void json_array_begin(struct json *j, const char *key);
void json_array_end(struct json *j);
void json_item_begin(struct json *j);
void json_item_end(struct json *j);
/* A number in an array (json_double's format), where json_item_begin would open an object. */
void json_double_item(struct json *j, double value);
/* Closes the object, ends the line and flushes. */
void json_end(struct json *j);

/* {"event":"error","message":...} */
void print_error(const char *message);
/* An error record with a printf-formatted message; returns 2, the exit status of bad usage. */
int print_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* {"event":"describe","backend":"c","backend_version":v,"libzmq_version":v} */
void print_describe(const char *zmq_version);
/* {"event":"ready","endpoint":...} */
void print_ready(const char *endpoint);
/* {"event":"measured"} */
void print_measured(void);

/* --slices (slices.h). {"event":"warm","steady_state":..,"warmup_ns":..,"warmup_messages":..,"rate":..} */
void print_warm(const char *steady_state, int64_t warmup_ns, int64_t warmup_messages, double rate);
/* {"event":"slice","messages":N,"elapsed_ns":E}, and "p50_ns","p99_ns" when p50_ns >= 0 (latency) */
void print_slice(int64_t messages, int64_t elapsed_ns, int64_t p50_ns, int64_t p99_ns);
/* {"event":"paused","messages_sent":N} */
void print_paused(int64_t messages_sent);

#endif

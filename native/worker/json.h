/* One JSON object per line on stdout: the records of the worker protocol. */
#ifndef ZMQBENCH_JSON_H
#define ZMQBENCH_JSON_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

struct json {
    FILE *out;
    int fields;
};

void json_begin(struct json *j, FILE *out);
/* A string field; value NULL writes null. The value is escaped. */
void json_str(struct json *j, const char *key, const char *value);
void json_int(struct json *j, const char *key, int64_t value);
/* A number with three decimals; NaN or infinity writes null. */
void json_double(struct json *j, const char *key, double value);
void json_bool(struct json *j, const char *key, bool value);
/* Closes the object, ends the line and flushes. */
void json_end(struct json *j);

/* {"event":"error","message":...} */
void print_error(const char *message);
/* {"event":"describe","backend":"c","backend_version":v,"libzmq_version":v} */
void print_describe(const char *zmq_version);
/* {"event":"ready","endpoint":...} */
void print_ready(const char *endpoint);

#endif

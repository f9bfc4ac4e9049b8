#include "threads.h"

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stats.h"

/* Linux reports stat's times in USER_HZ, 100 per second on every architecture it runs on. */
#define NS_PER_TICK 10000000LL
/* More threads than the C worker ever has (main, the other side's, libzmq's I/O and reaper). */
#define TASKS_MAX 64

static const char *const CLASS_NAMES[THREAD_CLASSES] = { "application", "libzmq-io", "other" };

struct task {
    long tid;
    enum thread_class cls;
    int64_t user_ticks, system_ticks, run_ns, wait_ns, voluntary, involuntary, migrations;
};

struct meter {
    struct task start[TASKS_MAX];
    int started;
    struct thread_costs costs;
};

static __thread struct meter meter;

static enum thread_class class_of(const char *comm)
{
    if (strncmp(comm, "ZMQbg/", 6) == 0)
        return THREAD_LIBZMQ_IO;
    if (strncmp(comm, "zmqbench", 8) == 0)
        return THREAD_APPLICATION;
    return THREAD_OTHER;
}

static bool read_line(const char *dir, const char *file, char *buf, size_t size)
{
    char path[320];
    FILE *f;
    size_t n;
    snprintf(path, sizeof path, "%s/%s", dir, file);
    if ((f = fopen(path, "r")) == NULL)
        return false;
    n = fread(buf, 1, size - 1, f);
    fclose(f);
    buf[n] = '\0';
    return n > 0;
}

/* The whole-number value of "name   :   N" in /proc/.../sched; -1 without it (no CONFIG_SCHED_DEBUG). */
static int64_t sched_value(const char *sched, const char *name)
{
    const char *at = strstr(sched, name);
    long long value;
    if (at == NULL || (at = strchr(at, ':')) == NULL || sscanf(at + 1, "%lld", &value) != 1)
        return -1;
    return value;
}

static bool read_task(const char *dir, long tid, struct task *t)
{
    char buf[4096];
    const char *after;
    unsigned long long utime, stime, run, wait;
    t->tid = tid;
    if (!read_line(dir, "comm", buf, sizeof buf))
        return false;
    buf[strcspn(buf, "\n")] = '\0';
    t->cls = class_of(buf);
    /* after the name in parentheses (which may hold spaces): state is field 3, utime 14, stime 15 */
    if (!read_line(dir, "stat", buf, sizeof buf) || (after = strrchr(buf, ')')) == NULL
        || sscanf(after + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &utime, &stime) != 2)
        return false;
    t->user_ticks = (int64_t) utime;
    t->system_ticks = (int64_t) stime;
    if (!read_line(dir, "schedstat", buf, sizeof buf) || sscanf(buf, "%llu %llu", &run, &wait) != 2)
        return false;
    t->run_ns = (int64_t) run;
    t->wait_ns = (int64_t) wait;
    if (!read_line(dir, "sched", buf, sizeof buf))
        buf[0] = '\0';
    t->voluntary = sched_value(buf, "nr_voluntary_switches");
    t->involuntary = sched_value(buf, "nr_involuntary_switches");
    t->migrations = sched_value(buf, "se.nr_migrations");
    return true;
}

/* Every thread of the process now, at most TASKS_MAX; the count read. */
static int read_tasks(struct task *tasks)
{
    char dir[300];
    struct dirent *e;
    int n = 0;
    DIR *d = opendir("/proc/self/task");
    if (d == NULL)
        return 0;
    while ((e = readdir(d)) != NULL && n < TASKS_MAX) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(dir, sizeof dir, "/proc/self/task/%s", e->d_name);
        if (read_task(dir, atol(e->d_name), &tasks[n]))
            n++;
    }
    closedir(d);
    return n;
}

static int64_t delta(int64_t end, int64_t start)
{
    int64_t d = end - (start > 0 ? start : 0);
    return d > 0 ? d : 0;
}

int64_t meter_start(void)
{
    meter.started = read_tasks(meter.start);
    memset(&meter.costs, 0, sizeof meter.costs);
    return cpu_ns();
}

int64_t meter_stop(void)
{
    struct task now[TASKS_MAX];
    int64_t cpu = cpu_ns();
    int n = read_tasks(now);
    memset(&meter.costs, 0, sizeof meter.costs);
    for (int i = 0; i < n; i++) {
        static const struct task none = { 0 };
        const struct task *begin = &none; /* a thread started inside the span counts whole */
        struct thread_class_cost *c = &meter.costs.of[now[i].cls];
        for (int k = 0; k < meter.started; k++)
            if (meter.start[k].tid == now[i].tid)
                begin = &meter.start[k];
        c->threads++;
        c->user_ns += delta(now[i].user_ticks, begin->user_ticks) * NS_PER_TICK;
        c->system_ns += delta(now[i].system_ticks, begin->system_ticks) * NS_PER_TICK;
        c->run_ns += delta(now[i].run_ns, begin->run_ns);
        c->run_wait_ns += delta(now[i].wait_ns, begin->wait_ns);
        c->voluntary += delta(now[i].voluntary, begin->voluntary);
        c->involuntary += delta(now[i].involuntary, begin->involuntary);
        c->migrations += delta(now[i].migrations, begin->migrations);
    }
    return cpu;
}

struct thread_costs meter_threads(void)
{
    return meter.costs;
}

void print_thread_costs(struct json *j, const struct thread_costs *t)
{
    json_object_begin(j, "threads");
    json_array_begin(j, "classes");
    for (int k = 0; k < THREAD_CLASSES; k++) {
        const struct thread_class_cost *c = &t->of[k];
        if (c->threads == 0)
            continue;
        json_item_begin(j);
        json_str(j, "name", CLASS_NAMES[k]);
        json_int(j, "threads", c->threads);
        json_int(j, "user_ns", c->user_ns);
        json_int(j, "system_ns", c->system_ns);
        json_int(j, "run_ns", c->run_ns);
        json_int(j, "run_wait_ns", c->run_wait_ns);
        json_int(j, "voluntary_switches", c->voluntary);
        json_int(j, "involuntary_switches", c->involuntary);
        json_int(j, "migrations", c->migrations);
        json_item_end(j);
    }
    json_array_end(j);
    json_object_end(j);
}

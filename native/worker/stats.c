#include "stats.h"

#include <stdio.h>
#include <sys/resource.h>
#include <time.h>

int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t) ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t before_timeout(int64_t now, int timeout_ms, int64_t start)
{
    int64_t t = now - (int64_t) timeout_ms * 1000000;
    return t > start ? t : start;
}

static int64_t tv_ns(struct timeval tv)
{
    return (int64_t) tv.tv_sec * 1000000000 + (int64_t) tv.tv_usec * 1000;
}

int64_t cpu_ns(void)
{
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return 0;
    return tv_ns(ru.ru_utime) + tv_ns(ru.ru_stime);
}

/* VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork and exec, so a worker started by a
 * JVM would report the parent JVM's peak instead of its own. */
int64_t peak_rss_kb(void)
{
    char line[256];
    long long kb = -1;
    FILE *status = fopen("/proc/self/status", "r");
    if (status == NULL)
        return -1;
    while (fgets(line, sizeof line, status) != NULL) {
        if (sscanf(line, "VmHWM: %lld kB", &kb) == 1)
            break;
    }
    fclose(status);
    return (int64_t) kb;
}

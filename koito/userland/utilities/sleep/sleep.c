/*
 * sleep: waits for the sum of its arguments, in seconds (userland utility;
 * POSIX, with coreutils' fractions and s/m/h/d suffixes: "sleep 0.5",
 * "sleep 1m").
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double sleep_parse(const char *text)
{
    char *end;
    errno = 0;
    double value = strtod(text, &end);
    if (end == text || errno != 0 || !(value >= 0) || isinf(value))
        return -1;
    double unit = 1;
    if (*end == 'm')
        unit = 60;
    else if (*end == 'h')
        unit = 3600;
    else if (*end == 'd')
        unit = 86400;
    else if (*end != 's' && *end != '\0')
        return -1;
    if (*end != '\0' && end[1] != '\0')
        return -1;
    return value * unit;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs("sleep: missing operand\n", stderr);
        return 1;
    }
    double seconds = 0;
    for (int i = 1; i < argc; i++) {
        double value = sleep_parse(argv[i]);
        if (value < 0) {
            fprintf(stderr, "sleep: invalid time interval '%s'\n", argv[i]);
            return 1;
        }
        seconds += value;
    }
    struct timespec request;
    request.tv_sec = seconds >= 1e15 ? (time_t)1e15 : (time_t)seconds;
    request.tv_nsec = (long)((seconds - (double)request.tv_sec) * 1e9);
    if (request.tv_nsec >= 1000000000L || request.tv_nsec < 0)
        request.tv_nsec = 0;
    while (nanosleep(&request, &request) != 0) {
        if (errno != EINTR) {
            fprintf(stderr, "sleep: %s\n", strerror(errno));
            return 1;
        }
    }
    return 0;
}

/*
 * date: prints the date and time (userland utility; POSIX). +FORMAT uses
 * strftime's conversions; -u uses UTC; -d @SECONDS prints that moment
 * instead of now. The default format is coreutils' in the C locale,
 * "%a %b %e %H:%M:%S %Z %Y". Setting the clock is not supported.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    bool utc = false;
    time_t when = time(NULL);
    int option;
    while ((option = getopt(argc, argv, "ud:")) != -1) {
        if (option == 'u') {
            utc = true;
        } else if (option == 'd') {
            char *end;
            when = (time_t)strtoll(optarg + 1, &end, 10);
            if (optarg[0] != '@' || *end != '\0' || end == optarg + 1) {
                fprintf(stderr, "date: invalid date '%s' (only @SECONDS)\n", optarg);
                return 1;
            }
        } else {
            return 1;
        }
    }
    const char *format = "%a %b %e %H:%M:%S %Z %Y";
    if (optind < argc) {
        if (argv[optind][0] != '+' || optind + 1 < argc) {
            fprintf(stderr, "date: setting the time is not supported: '%s'\n", argv[optind]);
            return 1;
        }
        format = argv[optind] + 1;
    }
    /* UTC through the time zone, so %Z says "UTC" as coreutils does. */
    if (utc && setenv("TZ", "UTC0", 1) != 0) {
        fprintf(stderr, "date: cannot set TZ: %s\n", strerror(errno));
        return 1;
    }
    tzset();
    struct tm tm;
    if (!localtime_r(&when, &tm)) {
        fputs("date: time out of range\n", stderr);
        return 1;
    }
    /* strftime cannot tell an empty result from a full buffer: grow until it fits. */
    size_t capacity = 256 + strlen(format) * 8;
    char *text = malloc(capacity);
    size_t length = text && format[0] ? strftime(text, capacity, format, &tm) : 0;
    if (!text || (format[0] && length == 0 && strftime(text, capacity, "%%", &tm) == 0)) {
        free(text);
        return 1;
    }
    fwrite(text, 1, length, stdout);
    putchar('\n');
    free(text);
    return fflush(stdout) == 0 ? 0 : 1;
}

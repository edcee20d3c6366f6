/*
 * touch: sets files' access and modification times to now, creating the
 * files that do not exist (userland utility; POSIX). -c creates nothing;
 * -t [[CC]YY]MMDDhhmm[.SS] uses that local time; -d @SECONDS uses that
 * time since the Epoch.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static int touch_digits(const char *text, int count)
{
    int value = 0;
    for (int i = 0; i < count; i++)
        value = value * 10 + (text[i] - '0');
    return value;
}

/* Parses -t's [[CC]YY]MMDDhhmm[.SS]; false if it is malformed. */
static bool touch_parse_stamp(const char *text, time_t *when)
{
    const char *dot = strchr(text, '.');
    size_t length = dot ? (size_t)(dot - text) : strlen(text);
    for (size_t i = 0; i < length; i++)
        if (!isdigit((unsigned char)text[i]))
            return false;
    if ((length != 8 && length != 10 && length != 12) ||
        (dot && (strlen(dot + 1) != 2 || !isdigit((unsigned char)dot[1]) ||
                 !isdigit((unsigned char)dot[2]))))
        return false;
    struct tm tm = {0};
    time_t now = time(NULL);
    localtime_r(&now, &tm);
    if (length == 12) {
        tm.tm_year = touch_digits(text, 4) - 1900;
        text += 4;
    } else if (length == 10) {
        int year = touch_digits(text, 2);
        tm.tm_year = year < 69 ? year + 100 : year;
        text += 2;
    }
    tm.tm_mon = touch_digits(text, 2) - 1;
    tm.tm_mday = touch_digits(text + 2, 2);
    tm.tm_hour = touch_digits(text + 4, 2);
    tm.tm_min = touch_digits(text + 6, 2);
    tm.tm_sec = dot ? touch_digits(dot + 1, 2) : 0;
    tm.tm_isdst = -1;
    if (tm.tm_mon > 11 || tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_hour > 23 || tm.tm_min > 59 ||
        tm.tm_sec > 60)
        return false;
    *when = mktime(&tm);
    return *when != (time_t)-1;
}

int main(int argc, char **argv)
{
    bool create = true, have_time = false;
    time_t when = 0;
    int option;
    while ((option = getopt(argc, argv, "acmt:d:")) != -1) {
        switch (option) {
        case 'a':
        case 'm':
            break;
        case 'c':
            create = false;
            break;
        case 't':
            if (!touch_parse_stamp(optarg, &when)) {
                fprintf(stderr, "touch: invalid date format '%s'\n", optarg);
                return 1;
            }
            have_time = true;
            break;
        case 'd': {
            char *end;
            when = (time_t)strtoll(optarg + 1, &end, 10);
            if (optarg[0] != '@' || *end != '\0' || end == optarg + 1) {
                fprintf(stderr, "touch: invalid date '%s' (only @SECONDS)\n", optarg);
                return 1;
            }
            have_time = true;
            break;
        }
        default:
            return 1;
        }
    }
    if (optind == argc) {
        fputs("touch: missing file operand\n", stderr);
        return 1;
    }
    int result = 0;
    for (int i = optind; i < argc; i++) {
        if (access(argv[i], F_OK) != 0) {
            if (!create)
                continue;
            int fd = open(argv[i], O_WRONLY | O_CREAT, 0666);
            if (fd < 0) {
                fprintf(stderr, "touch: cannot touch '%s': %s\n", argv[i], strerror(errno));
                result = 1;
                continue;
            }
            close(fd);
            /* A file made just now has the current times already. */
            if (!have_time)
                continue;
        }
        struct timeval times[2] = {{when, 0}, {when, 0}};
        if (utimes(argv[i], have_time ? times : NULL) != 0) {
            fprintf(stderr, "touch: setting times of '%s': %s\n", argv[i], strerror(errno));
            result = 1;
        }
    }
    return result;
}

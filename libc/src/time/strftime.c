/*
 * strftime() (libc, time): every conversion of C17 (and the POSIX E and O
 * modifiers, which the "C" locale ignores), as the "C" locale formats them.
 * %z comes from tm_gmtoff and %Z from tm_zone, as glibc does; %s (POSIX
 * 2024) is the seconds since the Epoch of that local time. A conversion
 * C does not define is copied as it stands. Returns the length written, or
 * 0 if it (with the terminating NUL) does not fit in `size`.
 */
#include "time_impl.h"
#include <stdio.h>
#include <string.h>
#include <time.h>

static const char *const day_names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                        "Thursday", "Friday", "Saturday"};
static const char *const month_names[] = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};

struct output {
    char *buffer;
    size_t size;
    size_t length; /* may exceed size: then the result is 0 */
};

static void put(struct output *out, const char *text, size_t length)
{
    if (out->length + length < out->size) {
        memcpy(out->buffer + out->length, text, length);
    }
    out->length += length;
}

static void put_number(struct output *out, long long value, int width, char pad)
{
    char text[32];
    int length = pad == '0' ? snprintf(text, sizeof text, "%0*lld", width, value)
                            : snprintf(text, sizeof text, "%*lld", width, value);
    put(out, text, (size_t)length);
}

static long long floor_mod(long long a, long long b)
{
    return a - __koito_floor_div(a, b) * b;
}

/* Weeks in an ISO year: 53 when it starts on a Thursday, or on a Wednesday
 * in a leap year; p(y) is the weekday of December 31 of year y. */
static int iso_weeks(long long year)
{
    long long p = floor_mod(year + __koito_floor_div(year, 4) - __koito_floor_div(year, 100) +
                                __koito_floor_div(year, 400),
                            7);
    long long q = floor_mod(year - 1 + __koito_floor_div(year - 1, 4) -
                                __koito_floor_div(year - 1, 100) + __koito_floor_div(year - 1, 400),
                            7);
    return p == 4 || q == 3 ? 53 : 52;
}

/* The ISO 8601 week number and week-based year of a date. */
static int iso_week(const struct tm *time, long long *iso_year)
{
    long long year = (long long)time->tm_year + 1900;
    int monday_based = (time->tm_wday + 6) % 7;
    int week = (time->tm_yday - monday_based + 10) / 7;
    if (week < 1) {
        *iso_year = year - 1;
        return iso_weeks(year - 1);
    }
    if (week > iso_weeks(year)) {
        *iso_year = year + 1;
        return 1;
    }
    *iso_year = year;
    return week;
}

static const char *name_or_unknown(const char *const names[], int index, int count)
{
    return index >= 0 && index < count ? names[index] : "?";
}

static void convert(struct output *out, char conversion, const struct tm *time);

static void format(struct output *out, const char *format, const struct tm *time)
{
    for (; *format != '\0'; format++) {
        if (*format != '%') {
            put(out, format, 1);
            continue;
        }
        const char *start = format++;
        if (*format == 'E' || *format == 'O') {
            format++;
        }
        if (*format == '\0') {
            put(out, start, (size_t)(format - start));
            return;
        }
        if (strchr("aAbBcCdDeFgGhHIjmMnprRsStTuUVwWxXyYzZ%", *format) == NULL) {
            put(out, start, (size_t)(format - start) + 1);
            continue;
        }
        convert(out, *format, time);
    }
}

static void convert(struct output *out, char conversion, const struct tm *time)
{
    long long year = (long long)time->tm_year + 1900;
    long long iso_year;
    const char *text;
    switch (conversion) {
    case 'a':
        put(out, name_or_unknown(day_names, time->tm_wday, 7), 3);
        break;
    case 'A':
        text = name_or_unknown(day_names, time->tm_wday, 7);
        put(out, text, strlen(text));
        break;
    case 'b':
    case 'h':
        put(out, name_or_unknown(month_names, time->tm_mon, 12), 3);
        break;
    case 'B':
        text = name_or_unknown(month_names, time->tm_mon, 12);
        put(out, text, strlen(text));
        break;
    case 'c':
        format(out, "%a %b %e %H:%M:%S %Y", time);
        break;
    case 'C':
        put_number(out, __koito_floor_div(year, 100), 2, '0');
        break;
    case 'd':
        put_number(out, time->tm_mday, 2, '0');
        break;
    case 'D':
        format(out, "%m/%d/%y", time);
        break;
    case 'e':
        put_number(out, time->tm_mday, 2, ' ');
        break;
    case 'F':
        format(out, "%Y-%m-%d", time);
        break;
    case 'g':
        iso_week(time, &iso_year);
        put_number(out, floor_mod(iso_year, 100), 2, '0');
        break;
    case 'G':
        iso_week(time, &iso_year);
        put_number(out, iso_year, 1, '0');
        break;
    case 'H':
        put_number(out, time->tm_hour, 2, '0');
        break;
    case 'I':
        put_number(out, (time->tm_hour + 11) % 12 + 1, 2, '0');
        break;
    case 'j':
        put_number(out, time->tm_yday + 1, 3, '0');
        break;
    case 'm':
        put_number(out, time->tm_mon + 1, 2, '0');
        break;
    case 'M':
        put_number(out, time->tm_min, 2, '0');
        break;
    case 'n':
        put(out, "\n", 1);
        break;
    case 'p':
        put(out, time->tm_hour < 12 ? "AM" : "PM", 2);
        break;
    case 'r':
        format(out, "%I:%M:%S %p", time);
        break;
    case 'R':
        format(out, "%H:%M", time);
        break;
    case 's': {
        struct tm copy = *time;
        put_number(out, (long long)timegm(&copy) - time->tm_gmtoff, 1, '0');
        break;
    }
    case 'S':
        put_number(out, time->tm_sec, 2, '0');
        break;
    case 't':
        put(out, "\t", 1);
        break;
    case 'T':
    case 'X':
        format(out, "%H:%M:%S", time);
        break;
    case 'u':
        put_number(out, time->tm_wday == 0 ? 7 : time->tm_wday, 1, '0');
        break;
    case 'U':
        put_number(out, (time->tm_yday + 7 - time->tm_wday) / 7, 2, '0');
        break;
    case 'V':
        put_number(out, iso_week(time, &iso_year), 2, '0');
        break;
    case 'w':
        put_number(out, time->tm_wday, 1, '0');
        break;
    case 'W':
        put_number(out, (time->tm_yday + 7 - (time->tm_wday + 6) % 7) / 7, 2, '0');
        break;
    case 'x':
        format(out, "%m/%d/%y", time);
        break;
    case 'y':
        put_number(out, floor_mod(year, 100), 2, '0');
        break;
    case 'Y':
        put_number(out, year, 1, '0');
        break;
    case 'z': {
        long offset = time->tm_gmtoff;
        long magnitude = offset < 0 ? -offset : offset;
        put(out, offset < 0 ? "-" : "+", 1);
        put_number(out, magnitude / 3600 * 100 + magnitude / 60 % 60, 4, '0');
        break;
    }
    case 'Z':
        text = time->tm_zone != NULL ? time->tm_zone : "";
        put(out, text, strlen(text));
        break;
    default: /* '%' */
        put(out, "%", 1);
        break;
    }
}

size_t strftime(char *restrict buffer, size_t size, const char *restrict format_string,
                const struct tm *restrict time)
{
    struct output out = {buffer, size, 0};
    format(&out, format_string, time);
    if (out.length >= size) {
        return 0;
    }
    buffer[out.length] = '\0';
    return out.length;
}

/*
 * timegm() (libc, time): UTC calendar fields to a time_t. Fields outside
 * their usual ranges are allowed and carry over (month 13 is January of the
 * next year, second -1 the last second of the minute before); on success the
 * fields are rewritten normalised, with tm_wday and tm_yday. A result that
 * does not fit gives -1 with EOVERFLOW and leaves the fields unchanged.
 */
#include "time_impl.h"
#include <errno.h>
#include <time.h>

time_t timegm(struct tm *time)
{
    long long year = (long long)time->tm_year + 1900 + __koito_floor_div(time->tm_mon, 12);
    unsigned month = (unsigned)(time->tm_mon - __koito_floor_div(time->tm_mon, 12) * 12) + 1;
    long long days = __koito_days_from_civil(year, month, 1) + time->tm_mday - 1;
    long long seconds = days * 86400 + (long long)time->tm_hour * 3600 +
                        (long long)time->tm_min * 60 + time->tm_sec;
    struct tm normalised;
    time_t result = seconds;
    if (gmtime_r(&result, &normalised) == NULL) {
        errno = EOVERFLOW;
        return -1;
    }
    normalised.tm_zone = time->tm_zone != NULL ? time->tm_zone : normalised.tm_zone;
    *time = normalised;
    return result;
}

/* gmtime_r() (libc, time): a time_t as UTC calendar fields; NULL with
 * EOVERFLOW when the year does not fit in tm_year. */
#include "time_impl.h"
#include <errno.h>
#include <limits.h>
#include <time.h>

struct tm *gmtime_r(const time_t *restrict time, struct tm *restrict result)
{
    long long seconds = *time;
    long long days = __koito_floor_div(seconds, 86400);
    long long second_of_day = seconds - days * 86400;
    long long year;
    unsigned month;
    unsigned day;
    /* Beyond ~2^55 days the year certainly overflows; stop before the
     * arithmetic could. */
    if (days > (1LL << 55) || days < -(1LL << 55)) {
        errno = EOVERFLOW;
        return NULL;
    }
    __koito_civil_from_days(days, &year, &month, &day);
    if (year - 1900 > INT_MAX || year - 1900 < INT_MIN) {
        errno = EOVERFLOW;
        return NULL;
    }
    result->tm_year = (int)(year - 1900);
    result->tm_mon = (int)month - 1;
    result->tm_mday = (int)day;
    result->tm_hour = (int)(second_of_day / 3600);
    result->tm_min = (int)(second_of_day / 60 % 60);
    result->tm_sec = (int)(second_of_day % 60);
    /* 1970-01-01 was a Thursday (4). */
    result->tm_wday = (int)(days + 4 - __koito_floor_div(days + 4, 7) * 7);
    result->tm_yday = (int)(days - __koito_days_from_civil(year, 1, 1));
    result->tm_isdst = 0;
    result->tm_gmtoff = 0;
    result->tm_zone = "GMT";
    return result;
}

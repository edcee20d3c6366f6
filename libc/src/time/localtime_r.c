/* localtime_r() (libc, time): KOITO has no time zones, so local time is UTC
 * (named "UTC", as glibc names it with TZ=UTC). */
#include <time.h>

struct tm *localtime_r(const time_t *restrict time, struct tm *restrict result)
{
    if (gmtime_r(time, result) == NULL) {
        return NULL;
    }
    result->tm_zone = "UTC";
    return result;
}

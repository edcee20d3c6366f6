/* mktime() (libc, time): local time is UTC in KOITO, so this is timegm()
 * (tm_isdst is ignored and comes back 0) with local time's zone name. On
 * failure (-1, EOVERFLOW) the fields stay as they were. */
#include <time.h>

time_t mktime(struct tm *time)
{
    struct tm copy = *time;
    copy.tm_zone = NULL; /* timegm sets it only when it succeeds */
    time_t result = timegm(&copy);
    if (copy.tm_zone != NULL) {
        copy.tm_zone = "UTC";
        *time = copy;
    }
    return result;
}

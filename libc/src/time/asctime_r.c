/* asctime_r() (libc, time): "Sun Sep 16 01:03:52 1973\n" into a buffer of at
 * least 26 bytes; NULL with EOVERFLOW if the fields do not fit that form. */
#include <errno.h>
#include <stdio.h>
#include <time.h>

char *asctime_r(const struct tm *restrict time, char *restrict buffer)
{
    static const char days[] = "SunMonTueWedThuFriSat";
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    if (time->tm_wday < 0 || time->tm_wday > 6 || time->tm_mon < 0 || time->tm_mon > 11) {
        errno = EINVAL;
        return NULL;
    }
    int length = snprintf(buffer, 26, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n", days + 3 * time->tm_wday,
                          months + 3 * time->tm_mon, time->tm_mday, time->tm_hour, time->tm_min,
                          time->tm_sec, time->tm_year + 1900);
    if (length < 0 || length >= 26) {
        errno = EOVERFLOW;
        return NULL;
    }
    return buffer;
}

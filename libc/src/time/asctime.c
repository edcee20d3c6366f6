/* asctime() (libc, time): asctime_r() into one static buffer. */
#include <time.h>

char *asctime(const struct tm *time)
{
    static char buffer[26];
    return asctime_r(time, buffer);
}

/* ctime_r() (libc, time): asctime_r(localtime_r(time)). */
#include <time.h>

char *ctime_r(const time_t *time, char *buffer)
{
    struct tm fields;
    return localtime_r(time, &fields) != NULL ? asctime_r(&fields, buffer) : NULL;
}

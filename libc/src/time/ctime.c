/* ctime() (libc, time): asctime(localtime(time)). */
#include <time.h>

char *ctime(const time_t *time)
{
    struct tm *fields = localtime(time);
    return fields != NULL ? asctime(fields) : NULL;
}

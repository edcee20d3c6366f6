/* gmtime() (libc, time): gmtime_r() into one static result, as C specifies. */
#include <time.h>

struct tm *gmtime(const time_t *time)
{
    static struct tm result;
    return gmtime_r(time, &result);
}

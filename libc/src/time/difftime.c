/* difftime() (libc, time): end - start in seconds. */
#include <time.h>

double difftime(time_t end, time_t start)
{
    /* Subtract as integers first when that cannot overflow, so large
     * nearby times keep their exact difference. */
    long long difference;
    if (!__builtin_sub_overflow(end, start, &difference)) {
        return (double)difference;
    }
    return (double)end - (double)start;
}

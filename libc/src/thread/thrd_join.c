/* thrd_join() (libc, threads). */
#include <threads.h>

int thrd_join(thrd_t thread, int *result)
{
    void *value = NULL;
    if (pthread_join(thread, &value) != 0)
        return thrd_error;
    if (result != NULL)
        *result = (int)(long)value;
    return thrd_success;
}

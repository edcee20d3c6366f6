/* sem_init() (libc, threads). */
#include <errno.h>
#include <limits.h>
#include <semaphore.h>

int sem_init(sem_t *semaphore, int shared, unsigned value)
{
    if (value > SEM_VALUE_MAX) {
        errno = EINVAL;
        return -1;
    }
    if (shared != 0) {
        errno = ENOSYS; /* wake-ups do not cross processes (see <semaphore.h>) */
        return -1;
    }
    semaphore->__value = (int)value;
    semaphore->__waiters = 0;
    return 0;
}

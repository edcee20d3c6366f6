/* sem_destroy() (libc, threads): a semaphore holds no resources beyond its
 * own memory; destroying one that threads still wait on is refused. */
#include <errno.h>
#include <semaphore.h>

int sem_destroy(sem_t *semaphore)
{
    if (__atomic_load_n(&semaphore->__waiters, __ATOMIC_ACQUIRE) != 0) {
        errno = EBUSY;
        return -1;
    }
    return 0;
}

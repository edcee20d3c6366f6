/* sem_getvalue() (libc, threads): the count (never negative here: POSIX
 * lets it show waiters as a negative count, KOITO-libc does not). */
#include <semaphore.h>

int sem_getvalue(sem_t *restrict semaphore, int *restrict value)
{
    *value = __atomic_load_n(&semaphore->__value, __ATOMIC_RELAXED);
    return 0;
}

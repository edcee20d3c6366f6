/* sem_close() (libc, threads): no sem_open ever succeeds, so no semaphore
 * can be closed (see <semaphore.h>). */
#include <errno.h>
#include <semaphore.h>

int sem_close(sem_t *semaphore)
{
    (void)semaphore;
    errno = EINVAL;
    return -1;
}

/* sem_unlink() (libc, threads): there are no named semaphores to remove
 * (see <semaphore.h>). */
#include <errno.h>
#include <semaphore.h>

int sem_unlink(const char *name)
{
    (void)name;
    errno = ENOSYS;
    return -1;
}

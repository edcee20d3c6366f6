/* sem_open() (libc, threads): named semaphores would live between
 * processes, which KOITO-libc's semaphores cannot (see <semaphore.h>). */
#include <errno.h>
#include <semaphore.h>

sem_t *sem_open(const char *name, int flags, ...)
{
    (void)name;
    (void)flags;
    errno = ENOSYS;
    return SEM_FAILED;
}

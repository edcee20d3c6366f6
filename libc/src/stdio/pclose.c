/* pclose() (libc, stdio): closes a stream popen() opened and waits for its command (a signal
 * handler does not cut the wait short); the command's wait status, or -1 with errno from the
 * wait. A stream popen() did not open is left alone: -1 with ECHILD, as no child's status can
 * be obtained for it. */
#include "popen_impl.h"
#include <errno.h>
#include <stdlib.h>
#include <sys/wait.h>

int pclose(FILE *stream)
{
    __koito_lock_take(&__koito_popen_lock);
    struct __koito_popen **link = &__koito_popen_streams;
    while (*link != NULL && (*link)->file != stream)
        link = &(*link)->next;
    struct __koito_popen *entry = *link;
    if (entry != NULL)
        *link = entry->next;
    __koito_lock_release(&__koito_popen_lock);
    if (entry == NULL) {
        errno = ECHILD;
        return -1;
    }
    pid_t process = entry->process;
    free(entry);
    fclose(stream);
    int status = -1;
    pid_t got;
    do {
        got = waitpid(process, &status, 0);
    } while (got < 0 && errno == EINTR);
    return got < 0 ? -1 : status;
}

/*
 * __koito_sys_getcwd(): copies the working directory's path, NUL included, and returns its
 * length (libc, OS port): the POSIX server's getcwd request.
 */
#include "port.h"
#include <errno.h>
#include <koito/protocol/posix.h>
#include <string.h>

long __koito_sys_getcwd(char *buffer, size_t size)
{
    char path[KOITO_POSIX_PATH_MAX];
    uint64_t length = 0;
    int error = __koito_os_error(koito_posix_getcwd(__koito_os_port(), path, sizeof path, &length));
    if (error < 0)
        return error;
    if (length + 1 > size)
        return -ERANGE;
    memcpy(buffer, path, (size_t)length);
    buffer[length] = '\0';
    return (long)length;
}

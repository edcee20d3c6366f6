/*
 * The C library's side of the POSIX server (libc, OS port): where its port is and how its
 * errors become errno values; see port.h.
 */
#include "port.h"
#include <a9n/a9n.h>
#include <errno.h>
#include <koito/process.h>
#include <koito/protocol/posix.h>
#include <string.h>

/* Worked out once by __koito_start() (__koito_os_start): every request names the port, and the
 * auxiliary vector is a list to search. Both are written before a second thread can run. */
uint64_t __koito_os_port_descriptor = A9N_DESCRIPTOR_INVALID;

void __koito_os_start(void)
{
    __koito_process_id = (int)koito_aux_value(KOITO_AUX_PROCESS_ID, 1);
    __koito_os_port_descriptor = a9n_descriptor_child(
        A9N_DESCRIPTOR_ROOT, koito_aux_value(KOITO_AUX_NODE_RADIX, 0), KOITO_SLOT_OS);
}

int __koito_os_error(unsigned error)
{
    if (error == KOITO_POSIX_OK)
        return 0;
    if (error < 256)
        return -ENOSYS;
    if (error == KOITO_POSIX_ERROR_CONSOLE_INPUT)
        return -__KOITO_CONSOLE_INPUT;
    if (error == KOITO_POSIX_ERROR_PIPE_WAIT)
        return -__KOITO_PIPE_WAIT;
    return -koito_posix_errno((enum koito_posix_error)error);
}

long __koito_os_path(const char *path)
{
    if (path == NULL)
        return -EFAULT;
    size_t length = strnlen(path, KOITO_POSIX_PATH_MAX + 1);
    return length > KOITO_POSIX_PATH_MAX ? -ENAMETOOLONG : (long)length;
}

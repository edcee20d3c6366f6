/*
 * __koito_sys_readdir(): the next entry of an open directory: 1, or 0 at its end (libc, OS port):
 * the POSIX server's readdir request.
 */
#include "port.h"
#include <dirent.h>
#include <koito/protocol/posix.h>

int __koito_sys_readdir(int descriptor, struct dirent *entry)
{
    uint64_t inode = 0, type = 0, length = 0;
    int error =
        __koito_os_error(koito_posix_readdir(__koito_os_port(), (uint64_t)descriptor, &inode, &type,
                                             entry->d_name, sizeof entry->d_name - 1, &length));
    if (error < 0)
        return error;
    if (length == 0)
        return 0;
    entry->d_name[length] = '\0';
    entry->d_ino = (ino_t)inode;
    entry->d_type = (unsigned char)type;
    return 1;
}

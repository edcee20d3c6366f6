/*
 * Descriptors (KOITO POSIX server, vfs core; see vfs.h): a process's table maps small numbers to
 * open files; dup() shares an open file (its position and status flags) between descriptors,
 * each with its own close-on-exec flag. The open file goes away with its last descriptor, and
 * the node with it once nothing names it.
 */
#include "vfs.h"

#include <koito/protocol/posix.h>

#include <errno.h>
#include <stdlib.h>

int vfs_descriptor_install(struct vfs_process *process, struct vfs_file *file, uint64_t lowest,
                           bool close_on_exec)
{
    for (uint64_t d = lowest; d < VFS_DESCRIPTORS; d++) {
        if (process->descriptors[d].file == NULL) {
            process->descriptors[d] = (struct vfs_descriptor){file, close_on_exec};
            file->references++;
            return (int)d;
        }
    }
    return -EMFILE;
}

int vfs_close(struct vfs_process *process, uint64_t descriptor)
{
    struct vfs_file *file = vfs_descriptor_file(process, descriptor);
    if (file == NULL)
        return -EBADF;
    process->descriptors[descriptor].file = NULL;
    if (--file->references == 0) {
        if (file->node->type == VFS_PIPE)
            vfs_pipe_end_closed(file->node, file->flags);
        file->node->opens--;
        vfs_node_release(file->node);
        free(file);
    }
    return 0;
}

int vfs_dup(struct vfs_process *process, uint64_t descriptor, uint64_t target, uint64_t flags)
{
    struct vfs_file *file = vfs_descriptor_file(process, descriptor);
    if (file == NULL)
        return -EBADF;
    if (target >= VFS_DESCRIPTORS)
        return -EBADF;
    if ((flags & ~(uint64_t)(KOITO_POSIX_OPEN_CLOEXEC | KOITO_POSIX_DUP_SAME_OK)) != 0)
        return -EINVAL;
    if (target == descriptor)
        return flags & KOITO_POSIX_DUP_SAME_OK ? (int)target : -EINVAL;
    if (process->descriptors[target].file != NULL)
        vfs_close(process, target);
    process->descriptors[target] =
        (struct vfs_descriptor){file, (flags & KOITO_POSIX_OPEN_CLOEXEC) != 0};
    file->references++;
    return (int)target;
}

long vfs_fcntl(struct vfs_process *process, uint64_t descriptor, uint64_t command,
               uint64_t argument)
{
    struct vfs_file *file = vfs_descriptor_file(process, descriptor);
    if (file == NULL)
        return -EBADF;
    const uint32_t settable = KOITO_POSIX_OPEN_APPEND | KOITO_POSIX_OPEN_NONBLOCK;
    switch (command) {
    case KOITO_POSIX_FCNTL_DUPFD:
    case KOITO_POSIX_FCNTL_DUPFD_CLOEXEC:
        if (argument >= VFS_DESCRIPTORS)
            return -EINVAL;
        return vfs_descriptor_install(process, file, argument,
                                      command == KOITO_POSIX_FCNTL_DUPFD_CLOEXEC);
    case KOITO_POSIX_FCNTL_GETFD:
        return process->descriptors[descriptor].close_on_exec ? KOITO_POSIX_FD_CLOEXEC : 0;
    case KOITO_POSIX_FCNTL_SETFD:
        process->descriptors[descriptor].close_on_exec = (argument & KOITO_POSIX_FD_CLOEXEC) != 0;
        return 0;
    case KOITO_POSIX_FCNTL_GETFL:
        return file->flags;
    case KOITO_POSIX_FCNTL_SETFL:
        file->flags = (file->flags & ~settable) | ((uint32_t)argument & settable);
        return 0;
    }
    return -EINVAL;
}

int vfs_isatty(struct vfs_process *process, uint64_t descriptor)
{
    struct vfs_file *file = vfs_descriptor_file(process, descriptor);
    if (file == NULL)
        return -EBADF;
    if (file->node->type == VFS_DEVICE && file->node->device == VFS_DEVICE_CONSOLE)
        return 0;
    return -ENOTTY;
}

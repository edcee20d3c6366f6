/*
 * The *at calls' directory descriptor (KOITO POSIX server, vfs core; see vfs.h): openat(),
 * fstatat(), mkdirat() & co. resolve a relative path from the directory a descriptor names
 * instead of the working directory. The descriptor counts only for a relative path: an
 * absolute one starts at the root and an empty one fails with ENOENT whatever it is (Linux's
 * order, which glibc programs see), unless the call takes AT_EMPTY_PATH, which names the
 * descriptor's own file. The directory stays alive through the call: its open file holds it,
 * even when the path removes its name.
 */
#include "vfs.h"

#include <errno.h>

int vfs_at(struct vfs_process *process, uint64_t descriptor, const char *path, size_t length,
           struct vfs_node **at)
{
    *at = NULL;
    if (descriptor == VFS_AT_CWD || length == 0 || path[0] == '/')
        return 0;
    const struct vfs_file *file = vfs_descriptor_file(process, descriptor);
    if (file == NULL)
        return -EBADF;
    if (file->node->type != VFS_DIRECTORY)
        return -ENOTDIR;
    *at = file->node;
    return 0;
}

int vfs_at_empty(struct vfs_process *process, uint64_t descriptor, struct vfs_node **node)
{
    if (descriptor == VFS_AT_CWD) {
        *node = process->cwd;
        return 0;
    }
    const struct vfs_file *file = vfs_descriptor_file(process, descriptor);
    if (file == NULL)
        return -EBADF;
    *node = file->node;
    return 0;
}

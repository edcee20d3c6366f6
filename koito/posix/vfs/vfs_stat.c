/*
 * stat, fstat and access (KOITO POSIX server, vfs core; see vfs.h). Modes carry POSIX's file type
 * bits (S_IFDIR 0040000, S_IFREG 0100000, S_IFCHR 0020000, S_IFIFO 0010000: the same on every
 * system), so the
 * C library copies them as they are. A device's number is 1 << 8 | its kind.
 */
#include "vfs.h"

#include <koito/protocol/posix.h>

#include <errno.h>

#define STAT_IFDIR 0040000u
#define STAT_IFREG 0100000u
#define STAT_IFCHR 0020000u
#define STAT_IFIFO 0010000u

void vfs_stat_node(const struct vfs_node *node, struct vfs_stat *status)
{
    static const uint32_t types[] = {[VFS_DIRECTORY] = STAT_IFDIR,
                                     [VFS_REGULAR] = STAT_IFREG,
                                     [VFS_DEVICE] = STAT_IFCHR,
                                     [VFS_PIPE] = STAT_IFIFO};
    *status = (struct vfs_stat){
        .device = node->fs->number,
        .inode = node->inode,
        .mode = types[node->type] | node->permissions,
        .links = node->type == VFS_DIRECTORY ? 2 : node->links,
        .size = node->type == VFS_REGULAR ? node->size : 0,
        .device_number = node->type == VFS_DEVICE ? 1u << 8 | node->device : 0,
        .owner = node->owner,
        .group = node->group,
        .accessed = node->accessed,
        .modified = node->modified,
        .changed = node->changed,
    };
}

int vfs_fstat(struct vfs_process *process, uint64_t descriptor, struct vfs_stat *status)
{
    struct vfs_file *file = vfs_descriptor_file(process, descriptor);
    if (file == NULL)
        return -EBADF;
    vfs_stat_node(file->node, status);
    return 0;
}

int vfs_stat(struct vfs *vfs, struct vfs_process *process, struct vfs_node *at, const char *path,
             size_t length, struct vfs_stat *status)
{
    struct vfs_lookup lookup;
    int error = vfs_lookup(vfs, process, at, path, length, &lookup);
    if (error != 0)
        return error;
    if (lookup.node == NULL)
        return -ENOENT;
    vfs_stat_node(lookup.node, status);
    return 0;
}

int vfs_access(struct vfs *vfs, struct vfs_process *process, struct vfs_node *at, const char *path,
               size_t length, uint32_t mode)
{
    const uint32_t known = KOITO_POSIX_ACCESS_R | KOITO_POSIX_ACCESS_W | KOITO_POSIX_ACCESS_X;
    if ((mode & ~known) != 0)
        return -EINVAL;
    struct vfs_lookup lookup;
    int error = vfs_lookup(vfs, process, at, path, length, &lookup);
    if (error != 0)
        return error;
    const struct vfs_node *node = lookup.node;
    if (node == NULL)
        return -ENOENT;
    if ((mode & KOITO_POSIX_ACCESS_R) && !(node->permissions & 0400))
        return -EACCES;
    if ((mode & KOITO_POSIX_ACCESS_X) && !(node->permissions & 0100))
        return -EACCES;
    if (mode & KOITO_POSIX_ACCESS_W) {
        if (!(node->permissions & 0200))
            return -EACCES;
        if (node->fs->read_only && node->type != VFS_DEVICE)
            return -EROFS;
    }
    return 0;
}

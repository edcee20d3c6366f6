/*
 * What stat shows and a process may set, by path or by descriptor: chmod, chown, utimensat and
 * a second name for a file (link) (KOITO POSIX server, vfs core; see vfs.h). There are no
 * symbolic links, so following one or not makes no difference here.
 */
#include "vfs.h"

#include <errno.h>

/* The node path names; 0 or lookup's errors, -ENOENT. */
static int attributes_find(struct vfs *vfs, struct vfs_process *process, struct vfs_node *at,
                           const char *path, size_t length, struct vfs_node **node)
{
    struct vfs_lookup lookup;
    int error = vfs_lookup(vfs, process, at, path, length, &lookup);
    if (error != 0)
        return error;
    if (lookup.node == NULL)
        return -ENOENT;
    *node = lookup.node;
    while ((*node)->mounted != NULL)
        *node = (*node)->mounted;
    return 0;
}

static int attributes_open(struct vfs_process *process, uint64_t descriptor, struct vfs_node **node)
{
    struct vfs_file *file = vfs_descriptor_file(process, descriptor);
    if (file == NULL)
        return -EBADF;
    *node = file->node;
    return 0;
}

int vfs_chmod(struct vfs *vfs, struct vfs_process *process, struct vfs_node *at, const char *path,
              size_t length, uint32_t mode)
{
    struct vfs_node *node;
    int error = attributes_find(vfs, process, at, path, length, &node);
    return error != 0 ? error : vfs_node_set_mode(node, mode);
}

int vfs_fchmod(struct vfs_process *process, uint64_t descriptor, uint32_t mode)
{
    struct vfs_node *node;
    int error = attributes_open(process, descriptor, &node);
    return error != 0 ? error : vfs_node_set_mode(node, mode);
}

int vfs_chown(struct vfs *vfs, struct vfs_process *process, const char *path, size_t length,
              uint32_t owner, uint32_t group)
{
    struct vfs_node *node;
    int error = attributes_find(vfs, process, NULL, path, length, &node);
    return error != 0 ? error : vfs_node_set_owner(node, owner, group);
}

int vfs_fchown(struct vfs_process *process, uint64_t descriptor, uint32_t owner, uint32_t group)
{
    struct vfs_node *node;
    int error = attributes_open(process, descriptor, &node);
    return error != 0 ? error : vfs_node_set_owner(node, owner, group);
}

int vfs_utimens(struct vfs *vfs, struct vfs_process *process, const char *path, size_t length,
                const struct vfs_time times[2])
{
    struct vfs_node *node;
    int error = attributes_find(vfs, process, NULL, path, length, &node);
    return error != 0 ? error : vfs_node_set_times(node, times);
}

int vfs_futimens(struct vfs_process *process, uint64_t descriptor, const struct vfs_time times[2])
{
    struct vfs_node *node;
    int error = attributes_open(process, descriptor, &node);
    return error != 0 ? error : vfs_node_set_times(node, times);
}

int vfs_link(struct vfs *vfs, struct vfs_process *process, const char *from_path,
             size_t from_length, const char *to_path, size_t to_length)
{
    struct vfs_lookup from, to;
    int error = vfs_lookup(vfs, process, NULL, from_path, from_length, &from);
    if (error != 0)
        return error;
    if (from.node == NULL)
        return -ENOENT;
    if (from.node->type == VFS_DIRECTORY)
        return -EPERM;
    error = vfs_lookup(vfs, process, NULL, to_path, to_length, &to);
    if (error != 0)
        return error;
    if (to.node != NULL || to.name_length == 0)
        return -EEXIST;
    if (to.trailing_slash)
        return -ENOENT;
    if (from.node->fs != to.parent->fs)
        return -EXDEV;
    if (to.parent->fs->read_only)
        return -EROFS;
    if (!(to.parent->permissions & 0200))
        return -EACCES;
    return vfs_directory_add(to.parent, to.name, to.name_length, from.node);
}

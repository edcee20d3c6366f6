/*
 * What stat shows and a process may set, by path or by descriptor: chmod, chown, utimensat and
 * a second name for a file (link) (KOITO POSIX server, vfs core; see vfs.h). A path starts from
 * `at` as the *at calls' do (vfs_at.c). There are no symbolic links, so following one or not
 * makes no difference here.
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

int vfs_chown(struct vfs *vfs, struct vfs_process *process, struct vfs_node *at, const char *path,
              size_t length, uint32_t owner, uint32_t group)
{
    struct vfs_node *node;
    int error = attributes_find(vfs, process, at, path, length, &node);
    return error != 0 ? error : vfs_node_set_owner(node, owner, group);
}

int vfs_fchown(struct vfs_process *process, uint64_t descriptor, uint32_t owner, uint32_t group)
{
    struct vfs_node *node;
    int error = attributes_open(process, descriptor, &node);
    return error != 0 ? error : vfs_node_set_owner(node, owner, group);
}

int vfs_utimens(struct vfs *vfs, struct vfs_process *process, struct vfs_node *at, const char *path,
                size_t length, const struct vfs_time times[2])
{
    struct vfs_node *node;
    int error = attributes_find(vfs, process, at, path, length, &node);
    return error != 0 ? error : vfs_node_set_times(node, times);
}

int vfs_futimens(struct vfs_process *process, uint64_t descriptor, const struct vfs_time times[2])
{
    struct vfs_node *node;
    int error = attributes_open(process, descriptor, &node);
    return error != 0 ? error : vfs_node_set_times(node, times);
}

int vfs_link(struct vfs *vfs, struct vfs_process *process, struct vfs_node *from_at,
             const char *from_path, size_t from_length, struct vfs_node *to_at, const char *to_path,
             size_t to_length)
{
    struct vfs_lookup from;
    int error = vfs_lookup(vfs, process, from_at, from_path, from_length, &from);
    if (error != 0)
        return error;
    if (from.node == NULL)
        return -ENOENT;
    return vfs_link_node(vfs, process, from.node, to_at, to_path, to_length);
}

int vfs_link_node(struct vfs *vfs, struct vfs_process *process, struct vfs_node *node,
                  struct vfs_node *at, const char *path, size_t length)
{
    if (node->type == VFS_DIRECTORY)
        return -EPERM;
    struct vfs_lookup to;
    int error = vfs_lookup(vfs, process, at, path, length, &to);
    if (error != 0)
        return error;
    if (to.node != NULL || to.name_length == 0)
        return -EEXIST;
    if (to.trailing_slash)
        return -ENOENT;
    if (node->fs != to.parent->fs)
        return -EXDEV;
    /* A file whose last name went lives only through its open files: Linux gives it no name
     * back either (after EXDEV, which a pipe gets: it never had a name in this tree). */
    if (node->links == 0)
        return -ENOENT;
    if (to.parent->fs->read_only)
        return -EROFS;
    if (!(to.parent->permissions & 0200))
        return -EACCES;
    return vfs_directory_add(to.parent, to.name, to.name_length, node);
}

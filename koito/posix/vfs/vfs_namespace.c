/*
 * Names: mkdir, rmdir, unlink and rename (KOITO POSIX server, vfs core; see vfs.h).
 *
 * Each checks the whole request first (the path, the file system's writability, what the names
 * are, mount points) and changes the tree only when it cannot fail any more, except for running
 * out of memory, which it reports before anything moved. A mount point and a mounted root are
 * busy (EBUSY); a file system's names stay within it (EXDEV).
 */
#include "vfs.h"

#include <errno.h>

static bool namespace_busy(const struct vfs_node *node)
{
    return node->mounted != NULL || node->covered != NULL;
}

int vfs_mkdir(struct vfs *vfs, struct vfs_process *process, struct vfs_node *at, const char *path,
              size_t length, uint32_t mode)
{
    struct vfs_lookup lookup;
    int error = vfs_lookup(vfs, process, at, path, length, &lookup);
    if (error != 0)
        return error == -ENOTDIR && lookup.trailing_slash ? -EEXIST : error;
    if (lookup.node != NULL)
        return -EEXIST;
    if (lookup.parent->fs->read_only)
        return -EROFS;
    if (!(lookup.parent->permissions & 0200))
        return -EACCES;
    struct vfs_node *directory =
        vfs_node_new(vfs, lookup.parent->fs, VFS_DIRECTORY, mode & ~process->umask);
    if (directory == NULL)
        return -ENOSPC;
    error = vfs_directory_add(lookup.parent, lookup.name, lookup.name_length, directory);
    if (error != 0)
        vfs_node_release(directory);
    return error;
}

int vfs_rmdir(struct vfs *vfs, struct vfs_process *process, struct vfs_node *at, const char *path,
              size_t length)
{
    struct vfs_lookup lookup;
    int error = vfs_lookup(vfs, process, at, path, length, &lookup);
    if (error != 0)
        return error;
    struct vfs_node *node = lookup.node;
    if (node == NULL)
        return -ENOENT;
    if (node->type != VFS_DIRECTORY)
        return -ENOTDIR;
    if (lookup.name_length == 0)
        return length >= 1 && path[length - 1] == '.' && (length == 1 || path[length - 2] == '/')
                   ? -EINVAL
                   : -EBUSY;
    if (namespace_busy(node) || node == vfs->root)
        return -EBUSY;
    if (lookup.parent->fs->read_only)
        return -EROFS;
    if (node->entry_count != 0)
        return -ENOTEMPTY;
    vfs_directory_remove(lookup.parent, node);
    vfs_node_release(node);
    return 0;
}

int vfs_unlink(struct vfs *vfs, struct vfs_process *process, struct vfs_node *at, const char *path,
               size_t length)
{
    struct vfs_lookup lookup;
    int error = vfs_lookup(vfs, process, at, path, length, &lookup);
    if (error != 0)
        return error;
    struct vfs_node *node = lookup.node;
    if (node == NULL)
        return -ENOENT;
    if (node->type == VFS_DIRECTORY)
        return -EISDIR;
    if (lookup.parent->fs->read_only)
        return -EROFS;
    vfs_directory_remove_name(lookup.parent, lookup.name, lookup.name_length);
    vfs_node_release(node);
    return 0;
}

/* Whether directory is ancestor itself or lies below it. */
static bool namespace_inside(const struct vfs_node *directory, const struct vfs_node *ancestor)
{
    for (const struct vfs_node *node = directory;; node = node->parent) {
        if (node == ancestor)
            return true;
        if (node->parent == node)
            return false;
    }
}

/* What replacing `to` (maybe NULL) with `from` would break, POSIX's way. */
static int rename_check(const struct vfs_lookup *from, const struct vfs_lookup *to)
{
    struct vfs_node *node = from->node, *target = to->node;
    if (from->name_length == 0 || to->name_length == 0)
        return -EBUSY;
    if (namespace_busy(node) || (target != NULL && namespace_busy(target)))
        return -EBUSY;
    if (from->parent->fs != to->parent->fs)
        return -EXDEV;
    if (from->parent->fs->read_only)
        return -EROFS;
    if (node->type == VFS_DIRECTORY && namespace_inside(to->parent, node))
        return -EINVAL;
    if (target == NULL)
        return to->trailing_slash && node->type != VFS_DIRECTORY ? -ENOTDIR : 0;
    if (node->type == VFS_DIRECTORY && target->type != VFS_DIRECTORY)
        return -ENOTDIR;
    if (node->type != VFS_DIRECTORY && target->type == VFS_DIRECTORY)
        return -EISDIR;
    if (target->type == VFS_DIRECTORY && target->entry_count != 0)
        return -ENOTEMPTY;
    return 0;
}

int vfs_rename(struct vfs *vfs, struct vfs_process *process, struct vfs_node *from_at,
               const char *from_path, size_t from_length, struct vfs_node *to_at,
               const char *to_path, size_t to_length)
{
    struct vfs_lookup from, to;
    int error = vfs_lookup(vfs, process, from_at, from_path, from_length, &from);
    if (error != 0)
        return error;
    if (from.node == NULL)
        return -ENOENT;
    error = vfs_lookup(vfs, process, to_at, to_path, to_length, &to);
    if (error != 0)
        return error;
    if (from.node == to.node)
        return 0;
    error = rename_check(&from, &to);
    if (error != 0)
        return error;
    struct vfs_node *node = from.node, *target = to.node;
    /* Adding first: the only failure left (no memory) leaves the old name in place. */
    if (target != NULL)
        vfs_directory_remove_name(to.parent, to.name, to.name_length);
    error = vfs_directory_add(to.parent, to.name, to.name_length, node);
    if (error != 0) {
        if (target != NULL && vfs_directory_add(to.parent, to.name, to.name_length, target) != 0)
            vfs_node_release(target);
        return error;
    }
    vfs_directory_remove_name(from.parent, from.name, from.name_length);
    vfs_node_release(target);
    return 0;
}

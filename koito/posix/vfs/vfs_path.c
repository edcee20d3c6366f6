/*
 * Path resolution (KOITO POSIX server, vfs core; see vfs.h).
 *
 * Components are separated by one or more '/'; "." stays, ".." goes to the parent (the root's
 * parent is the root; at a mounted root it first steps back to the directory it covers); a
 * directory with a file system mounted on it stands for that file system's root. A component
 * longer than VFS_NAME_MAX gives ENAMETOOLONG, a missing one ENOENT, one that is not a
 * directory ENOTDIR. Symbolic links do not exist in this VFS. A path that enters /proc brings its
 * directories up to date first, and resolves "self" there (vfs_proc.c).
 */
#include "vfs.h"

#include <errno.h>
#include <string.h>

static struct vfs_node *path_enter(struct vfs_node *node)
{
    while (node != NULL && node->mounted != NULL)
        node = node->mounted;
    return node;
}

static struct vfs_node *path_up(struct vfs_node *node)
{
    while (node->covered != NULL)
        node = node->covered;
    return path_enter(node->parent);
}

int vfs_lookup(struct vfs *vfs, struct vfs_process *process, struct vfs_node *start,
               const char *path, size_t length, struct vfs_lookup *result)
{
    if (length == 0)
        return -ENOENT;
    if (length > VFS_PATH_MAX)
        return -ENAMETOOLONG;
    if (memchr(path, '\0', length) != NULL)
        return -EINVAL;
    struct vfs_node *directory = path_enter(path[0] == '/'  ? vfs->root
                                            : start != NULL ? start
                                                            : process->cwd);
    size_t at = 0;
    *result = (struct vfs_lookup){.parent = directory, .node = directory};
    while (at < length) {
        while (at < length && path[at] == '/')
            at++;
        if (at == length)
            break;
        size_t end = at;
        while (end < length && path[end] != '/')
            end++;
        size_t size = end - at;
        if (size > VFS_NAME_MAX)
            return -ENAMETOOLONG;
        struct vfs_node *current = result->node;
        if (current == NULL)
            return -ENOENT;
        if (current->type != VFS_DIRECTORY)
            return -ENOTDIR;
        result->parent = current;
        if (size == 1 && path[at] == '.') {
            result->name_length = 0;
        } else if (size == 2 && path[at] == '.' && path[at + 1] == '.') {
            result->node = path_up(current);
            result->parent = result->node;
            result->name_length = 0;
        } else {
            struct vfs_node *found = current == vfs->proc_root
                                         ? vfs_proc_find(vfs, process, path + at, size)
                                         : vfs_directory_find(current, path + at, size);
            result->node = path_enter(found);
            result->name = path + at;
            result->name_length = size;
        }
        at = end;
    }
    if (result->node != NULL && result->node == vfs->proc_root)
        vfs_proc_refresh(vfs); /* /proc itself, to be read: its directories as they are now */
    result->trailing_slash = path[length - 1] == '/';
    if (result->name_length == 0)
        result->parent = result->node;
    if (result->trailing_slash && result->node != NULL && result->node->type != VFS_DIRECTORY)
        return -ENOTDIR;
    return 0;
}

long vfs_path_of(const struct vfs *vfs, const struct vfs_node *directory, char *buffer,
                 size_t capacity)
{
    /* Built backwards from the end of buffer, then moved to its start. */
    size_t at = capacity;
    const struct vfs_node *node = directory;
    while (node != vfs->root) {
        while (node->covered != NULL)
            node = node->covered;
        if (node == vfs->root)
            break;
        const struct vfs_node *parent = node->parent;
        const char *name = NULL;
        for (size_t i = 0; i < parent->entry_count && name == NULL; i++) {
            if (parent->entries[i].node == node)
                name = parent->entries[i].name;
        }
        if (name == NULL)
            return -ENOENT; /* a removed directory */
        size_t size = strlen(name);
        if (at < size + 1)
            return -ERANGE;
        at -= size;
        memcpy(buffer + at, name, size);
        buffer[--at] = '/';
        node = parent;
        while (node->mounted != NULL)
            node = node->mounted;
    }
    if (at == capacity) {
        if (capacity == 0)
            return -ERANGE;
        buffer[--at] = '/';
    }
    memmove(buffer, buffer + at, capacity - at);
    return (long)(capacity - at);
}

/*
 * Reading directories and the working directory: getcwd, chdir and fchdir (KOITO POSIX server,
 * vfs core; see vfs.h).
 *
 * A directory's descriptor position is 0 for ".", 1 for "..", and 2 + c for the first entry
 * whose cookie is c or more: each entry keeps the cookie it was given when added, and later
 * entries get larger ones. So a directory read while names come and go returns every entry
 * that stays exactly once (rm -r removes each name it reads); a name added meanwhile comes at
 * the end, and one removed before it is reached is not returned (POSIX leaves both open).
 */
#include "vfs.h"

#include <errno.h>
#include <string.h>

/* The index of the first entry of directory whose cookie is `cookie` or more (entry_count if
 * none): a binary search, the cookies rising with the index. */
static size_t first_entry_from(const struct vfs_node *directory, uint64_t cookie)
{
    size_t low = 0, high = directory->entry_count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        if (directory->entries[middle].cookie < cookie)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

long vfs_readdir(struct vfs_process *process, uint64_t descriptor, uint64_t *inode, uint64_t *type,
                 char *name, size_t capacity)
{
    struct vfs_file *file = vfs_descriptor_file(process, descriptor);
    if (file == NULL)
        return -EBADF;
    struct vfs_node *directory = file->node;
    if (directory->type != VFS_DIRECTORY)
        return -ENOTDIR;
    vfs_node_read(directory);
    static const uint64_t kinds[] = {[VFS_DIRECTORY] = 4, [VFS_REGULAR] = 8, [VFS_DEVICE] = 2};
    uint64_t at = file->position;
    const char *entry_name;
    const struct vfs_node *node;
    if (at < 2) {
        entry_name = at == 0 ? "." : "..";
        node = at == 0 ? directory : directory->parent;
    } else {
        size_t i = first_entry_from(directory, at - 2);
        if (i == directory->entry_count)
            return 0;
        entry_name = directory->entries[i].name;
        node = directory->entries[i].node;
        while (node->mounted != NULL)
            node = node->mounted;
        at = directory->entries[i].cookie + 2;
    }
    size_t length = strlen(entry_name);
    if (length > capacity)
        return -ERANGE;
    memcpy(name, entry_name, length);
    *inode = node->inode;
    *type = kinds[node->type];
    file->position = at + 1;
    return (long)length;
}

long vfs_getcwd(struct vfs *vfs, struct vfs_process *process, char *buffer, size_t capacity)
{
    return vfs_path_of(vfs, process->cwd, buffer, capacity);
}

/* node becomes process's working directory, if it is a directory it may search. */
static int directory_enter(struct vfs_process *process, struct vfs_node *node)
{
    if (node->type != VFS_DIRECTORY)
        return -ENOTDIR;
    if (!(node->permissions & 0100))
        return -EACCES;
    node->opens++;
    process->cwd->opens--;
    vfs_node_release(process->cwd);
    process->cwd = node;
    return 0;
}

int vfs_chdir(struct vfs *vfs, struct vfs_process *process, const char *path, size_t length)
{
    struct vfs_lookup lookup;
    int error = vfs_lookup(vfs, process, NULL, path, length, &lookup);
    if (error != 0)
        return error;
    if (lookup.node == NULL)
        return -ENOENT;
    return directory_enter(process, lookup.node);
}

int vfs_fchdir(struct vfs_process *process, uint64_t descriptor)
{
    const struct vfs_file *file = vfs_descriptor_file(process, descriptor);
    if (file == NULL)
        return -EBADF;
    return directory_enter(process, file->node);
}

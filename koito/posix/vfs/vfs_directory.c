/*
 * Reading directories and the working directory: getcwd, chdir and fchdir (KOITO POSIX server,
 * vfs core; see vfs.h).
 *
 * A directory's descriptor position counts entries: 0 is ".", 1 is "..", 2.. the entries in
 * creation order. Removing an entry shifts the later ones, so a directory read while it changes
 * may skip or repeat a name (POSIX leaves that unspecified), never an entry that stayed.
 */
#include "vfs.h"

#include <errno.h>
#include <string.h>

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
    } else if (at - 2 < directory->entry_count) {
        entry_name = directory->entries[at - 2].name;
        node = directory->entries[at - 2].node;
        while (node->mounted != NULL)
            node = node->mounted;
    } else {
        return 0;
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

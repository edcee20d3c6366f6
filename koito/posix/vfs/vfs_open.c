/*
 * open() (KOITO POSIX server, vfs core; see vfs.h), checked in POSIX's order: the access mode,
 * the path, O_CREAT's creation (O_EXCL: EEXIST if the name exists), then what the file allows:
 * O_DIRECTORY only on directories, no writing to a directory (EISDIR) or to a read-only file
 * system (EROFS), the owner's permission bits (every process is the owner of every file: there
 * are no users yet). O_TRUNC empties a regular file opened for writing.
 */
#include "vfs.h"

#include <koito/protocol/posix.h>

#include <errno.h>
#include <stdlib.h>

#define OPEN_KNOWN                                                                                 \
    (KOITO_POSIX_OPEN_ACCMODE | KOITO_POSIX_OPEN_CREAT | KOITO_POSIX_OPEN_EXCL |                   \
     KOITO_POSIX_OPEN_NOCTTY | KOITO_POSIX_OPEN_TRUNC | KOITO_POSIX_OPEN_APPEND |                  \
     KOITO_POSIX_OPEN_NONBLOCK | KOITO_POSIX_OPEN_DIRECTORY | KOITO_POSIX_OPEN_CLOEXEC)

/* The node for an O_CREAT open of a name that does not exist yet. */
static int open_create(struct vfs *vfs, struct vfs_process *process,
                       const struct vfs_lookup *lookup, uint32_t mode, struct vfs_node **node)
{
    if (lookup->trailing_slash)
        return -EISDIR;
    if (lookup->parent->fs->read_only)
        return -EROFS;
    if ((lookup->parent->permissions & 0200) == 0)
        return -EACCES;
    struct vfs_node *created =
        vfs_node_new(vfs, lookup->parent->fs, VFS_REGULAR, mode & ~process->umask);
    if (created == NULL)
        return -ENOMEM;
    int error = vfs_directory_add(lookup->parent, lookup->name, lookup->name_length, created);
    if (error != 0) {
        vfs_node_release(created);
        return error;
    }
    *node = created;
    return 0;
}

/* What the file allows an open with flags (the access mode's bits in accmode). */
static int open_check(const struct vfs_node *node, uint32_t flags, uint32_t accmode)
{
    bool writes = accmode != KOITO_POSIX_OPEN_RDONLY;
    if ((flags & KOITO_POSIX_OPEN_DIRECTORY) && node->type != VFS_DIRECTORY)
        return -ENOTDIR;
    if (node->type == VFS_DIRECTORY && (writes || (flags & KOITO_POSIX_OPEN_TRUNC)))
        return -EISDIR;
    if ((writes || (flags & KOITO_POSIX_OPEN_TRUNC)) && node->fs->read_only &&
        node->type == VFS_REGULAR)
        return -EROFS;
    if (accmode != KOITO_POSIX_OPEN_WRONLY && (node->permissions & 0400) == 0)
        return -EACCES;
    if (writes && (node->permissions & 0200) == 0)
        return -EACCES;
    return 0;
}

int vfs_open(struct vfs *vfs, struct vfs_process *process, struct vfs_node *at, const char *path,
             size_t length, uint32_t flags, uint32_t mode)
{
    uint32_t accmode = flags & KOITO_POSIX_OPEN_ACCMODE;
    if ((flags & ~(uint32_t)OPEN_KNOWN) != 0 || accmode == KOITO_POSIX_OPEN_ACCMODE)
        return -EINVAL;
    struct vfs_lookup lookup;
    int error = vfs_lookup(vfs, process, at, path, length, &lookup);
    if (error != 0)
        return error;
    struct vfs_node *node = lookup.node;
    if (node != NULL && (flags & KOITO_POSIX_OPEN_CREAT) && (flags & KOITO_POSIX_OPEN_EXCL))
        return -EEXIST;
    bool existed = node != NULL;
    if (node == NULL) {
        if (!(flags & KOITO_POSIX_OPEN_CREAT))
            return -ENOENT;
        if (flags & KOITO_POSIX_OPEN_DIRECTORY)
            return -EINVAL;
        bool free_slot = false;
        for (unsigned d = 0; d < VFS_DESCRIPTORS && !free_slot; d++)
            free_slot = process->descriptors[d].file == NULL;
        if (!free_slot)
            return -EMFILE;
        error = open_create(vfs, process, &lookup, mode, &node);
        if (error != 0)
            return error;
    } else {
        if ((flags & KOITO_POSIX_OPEN_CREAT) && node->type == VFS_DIRECTORY)
            return -EISDIR;
        error = open_check(node, flags, accmode);
        if (error != 0)
            return error;
    }
    struct vfs_file *file = calloc(1, sizeof *file);
    if (file == NULL)
        return -ENOMEM;
    *file = (struct vfs_file){.node = node,
                              .flags = flags & (KOITO_POSIX_OPEN_ACCMODE | KOITO_POSIX_OPEN_APPEND |
                                                KOITO_POSIX_OPEN_NONBLOCK)};
    int descriptor =
        vfs_descriptor_install(process, file, 0, (flags & KOITO_POSIX_OPEN_CLOEXEC) != 0);
    if (descriptor < 0) {
        free(file);
        return descriptor;
    }
    node->opens++;
    if ((flags & KOITO_POSIX_OPEN_TRUNC) && accmode != KOITO_POSIX_OPEN_RDONLY &&
        node->type == VFS_REGULAR) {
        vfs_data_truncate(node, 0);
        /* POSIX marks the times of a file that existed; a new one has them already. */
        if (existed)
            vfs_node_touch(node, VFS_TOUCH_MODIFY | VFS_TOUCH_CHANGE);
    }
    return descriptor;
}

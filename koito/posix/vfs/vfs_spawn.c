/*
 * What a spawned child starts with (KOITO POSIX server, vfs core; see vfs.h): posix_spawn()'s
 * part of the VFS. The child's table is built in this order, as POSIX orders it:
 *   1. a copy of the parent's: its working directory, umask and every descriptor, sharing the
 *      parent's open files, close-on-exec flags included (a file action may name such a one);
 *   2. the file actions, in the order they were added (vfs_spawn_action);
 *   3. the descriptors still marked close-on-exec close (vfs_spawn_exec).
 * The program itself must be a regular file of the initrd with an execute bit that starts with
 * ELF's magic (vfs_executable): the loader (init) reads it from the same archive.
 */
#include "vfs.h"

#include <koito/protocol/posix.h>

#include <errno.h>
#include <string.h>

void vfs_process_inherit(struct vfs_process *child, const struct vfs_process *parent)
{
    memset(child, 0, sizeof *child);
    child->parent = parent->pid;
    child->umask = parent->umask;
    child->cwd = parent->cwd;
    child->cwd->opens++;
    for (unsigned d = 0; d < VFS_DESCRIPTORS; d++) {
        child->descriptors[d] = parent->descriptors[d];
        if (child->descriptors[d].file != NULL)
            child->descriptors[d].file->references++;
    }
}

static int spawn_open(struct vfs *vfs, struct vfs_process *child, int32_t descriptor,
                      uint32_t flags, uint32_t mode, const char *path, size_t path_length)
{
    int opened = vfs_open(vfs, child, NULL, path, path_length, flags, mode);
    if (opened < 0 || opened == descriptor)
        return opened < 0 ? opened : 0;
    int moved =
        vfs_dup(child, (uint64_t)opened, (uint64_t)descriptor, flags & KOITO_POSIX_OPEN_CLOEXEC);
    vfs_close(child, (uint64_t)opened);
    return moved < 0 ? moved : 0;
}

int vfs_spawn_action(struct vfs *vfs, struct vfs_process *child,
                     const struct vfs_spawn_action *action)
{
    if (action->descriptor < 0 || action->descriptor >= (int32_t)VFS_DESCRIPTORS)
        return -EBADF;
    uint64_t descriptor = (uint64_t)action->descriptor;
    switch (action->kind) {
    case KOITO_POSIX_SPAWN_ACTION_OPEN:
        return spawn_open(vfs, child, action->descriptor, action->open_flags, action->mode,
                          action->path, action->path_length);
    case KOITO_POSIX_SPAWN_ACTION_CLOSE:
        vfs_close(child, descriptor); /* not open: no error, as musl's and glibc's */
        return 0;
    case KOITO_POSIX_SPAWN_ACTION_DUP2:
        if (action->target < 0 || action->target >= (int32_t)VFS_DESCRIPTORS)
            return -EBADF;
        if (vfs_descriptor_file(child, descriptor) == NULL)
            return -EBADF;
        if (action->target == action->descriptor) {
            child->descriptors[descriptor].close_on_exec = false;
            return 0;
        }
        return vfs_dup(child, descriptor, (uint64_t)action->target, 0) < 0 ? -EBADF : 0;
    }
    return -EINVAL;
}

void vfs_spawn_exec(struct vfs_process *child)
{
    for (unsigned d = 0; d < VFS_DESCRIPTORS; d++) {
        if (child->descriptors[d].file != NULL && child->descriptors[d].close_on_exec)
            vfs_close(child, d);
    }
}

int vfs_executable(struct vfs *vfs, struct vfs_process *process, const char *path, size_t length,
                   const uint8_t **image, uint64_t *size)
{
    struct vfs_lookup lookup;
    int error = vfs_lookup(vfs, process, NULL, path, length, &lookup);
    if (error != 0)
        return error;
    const struct vfs_node *node = lookup.node;
    if (node == NULL)
        return -ENOENT;
    if (node->type != VFS_REGULAR || (node->permissions & 0111) == 0)
        return -EACCES;
    if (lookup.trailing_slash)
        return -ENOTDIR;
    static const uint8_t elf_magic[4] = {0x7f, 'E', 'L', 'F'};
    if (node->fixed == NULL || node->size < sizeof elf_magic ||
        memcmp(node->fixed, elf_magic, sizeof elf_magic) != 0)
        return -ENOEXEC;
    *image = node->fixed;
    *size = node->size;
    return 0;
}

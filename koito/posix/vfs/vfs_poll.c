/*
 * Readiness (KOITO POSIX server, vfs core; see vfs.h): what poll() and select() ask of a set of
 * descriptors, answered now and never waited for (the server has one thread; the process waits
 * on its events notification and asks again). Descriptor sets are words, bit d for descriptor d
 * (VFS_DESCRIPTORS is 64). As on Linux:
 *   regular files, directories, /dev/null, /dev/zero, /dev/random  always readable and writable
 *   a pipe's read end   readable while it holds bytes; hung up once no writer is left
 *   a pipe's write end  writable while VFS_PIPE_ATOMIC bytes fit (a PIPE_BUF write goes in
 *                       whole); in error once no reader is left
 *   the console         writable; its input is the console server's, so the descriptor is
 *                       reported in `console` for the process to ask there
 */
#include "vfs.h"

#include <koito/protocol/posix.h>

static void poll_pipe(const struct vfs_file *file, uint64_t bit, struct vfs_readiness *ready)
{
    const struct vfs_node *node = file->node;
    if ((file->flags & KOITO_POSIX_OPEN_ACCMODE) == KOITO_POSIX_OPEN_RDONLY) {
        if (node->ring_count > 0)
            ready->readable |= bit;
        if (node->writers == 0)
            ready->hangup |= bit;
        return;
    }
    if (node->readers == 0)
        ready->failed |= bit;
    else if (VFS_PIPE_CAPACITY - node->ring_count >= VFS_PIPE_ATOMIC)
        ready->writable |= bit;
}

void vfs_poll(const struct vfs_process *process, uint64_t descriptors, struct vfs_readiness *ready)
{
    *ready = (struct vfs_readiness){0};
    for (unsigned d = 0; d < VFS_DESCRIPTORS; d++) {
        uint64_t bit = 1ull << d;
        if ((descriptors & bit) == 0)
            continue;
        const struct vfs_file *file = process->descriptors[d].file;
        if (file == NULL) {
            ready->invalid |= bit;
        } else if (file->node->type == VFS_PIPE) {
            poll_pipe(file, bit, ready);
        } else if (file->node->type == VFS_DEVICE && file->node->device == VFS_DEVICE_CONSOLE) {
            ready->writable |= bit;
            ready->console |= bit;
        } else {
            ready->readable |= bit;
            ready->writable |= bit;
        }
    }
}

bool vfs_poll_watches(const struct vfs_process *process, uint64_t descriptors,
                      const struct vfs_node *node)
{
    for (unsigned d = 0; d < VFS_DESCRIPTORS; d++) {
        const struct vfs_file *file = process->descriptors[d].file;
        if ((descriptors & (1ull << d)) != 0 && file != NULL && file->node == node)
            return true;
    }
    return false;
}

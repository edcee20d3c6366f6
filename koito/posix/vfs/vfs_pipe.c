/*
 * Pipes (KOITO POSIX server, vfs core; see vfs.h). pipe() makes a node of no directory (file
 * system 4, pipe_fs) holding a ring of VFS_PIPE_CAPACITY bytes, and two open files on it: the
 * read end and the write end. Ends are counted per open file, so the descriptors dup() or a
 * spawn made share one, and the node knows when the last reader or the last writer is gone:
 *   read   the bytes there are, up to what was asked; when it is empty, 0 (end of file) once no
 *          writer is left, else "empty" (-EAGAIN here);
 *   write  -EPIPE once no reader is left; up to VFS_PIPE_ATOMIC bytes (POSIX's PIPE_BUF) go in
 *          whole or not at all, a longer write takes the room there is; "full" is -EAGAIN here.
 * vfs_io.c turns -EAGAIN into VFS_PIPE_WAIT for an open file without O_NONBLOCK; every change
 * (bytes moved, an end closed) calls pipe_fs's `changed`, so the server can wake who waits. A pipe
 * has no position: seeks and positioned I/O answer -ESPIPE. The node goes with its last open file.
 */
#include "vfs.h"

#include <koito/protocol/posix.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static void pipe_changed(const struct vfs_node *node)
{
    if (node->fs->changed != NULL)
        node->fs->changed(node->fs->context, node);
}

static unsigned pipe_free_descriptors(const struct vfs_process *process)
{
    unsigned count = 0;
    for (unsigned d = 0; d < VFS_DESCRIPTORS; d++)
        count += process->descriptors[d].file == NULL;
    return count;
}

int vfs_pipe(struct vfs *vfs, struct vfs_process *process, uint32_t flags, int descriptors[2])
{
    if ((flags & ~(uint32_t)(KOITO_POSIX_OPEN_CLOEXEC | KOITO_POSIX_OPEN_NONBLOCK)) != 0)
        return -EINVAL;
    if (pipe_free_descriptors(process) < 2)
        return -EMFILE;
    struct vfs_node *node = vfs_node_new(vfs, &vfs->pipe_fs, VFS_PIPE, 0600);
    uint8_t *ring = malloc(VFS_PIPE_CAPACITY);
    struct vfs_file *read_end = calloc(1, sizeof *read_end);
    struct vfs_file *write_end = calloc(1, sizeof *write_end);
    if (node == NULL || ring == NULL || read_end == NULL || write_end == NULL) {
        free(node);
        free(ring);
        free(read_end);
        free(write_end);
        return -ENOMEM;
    }
    uint32_t status = flags & KOITO_POSIX_OPEN_NONBLOCK;
    node->ring = ring;
    node->opens = 2;
    node->readers = 1;
    node->writers = 1;
    *read_end = (struct vfs_file){.node = node, .flags = KOITO_POSIX_OPEN_RDONLY | status};
    *write_end = (struct vfs_file){.node = node, .flags = KOITO_POSIX_OPEN_WRONLY | status};
    bool close_on_exec = (flags & KOITO_POSIX_OPEN_CLOEXEC) != 0;
    descriptors[0] = vfs_descriptor_install(process, read_end, 0, close_on_exec);
    descriptors[1] = vfs_descriptor_install(process, write_end, 0, close_on_exec);
    return 0;
}

long vfs_pipe_take(struct vfs_node *node, uint8_t *data, size_t length)
{
    if (length == 0)
        return 0;
    if (node->ring_count == 0)
        return node->writers == 0 ? 0 : -EAGAIN;
    size_t count = length < node->ring_count ? length : node->ring_count;
    /* At most two pieces: up to the ring's end, then from its start. */
    size_t first = VFS_PIPE_CAPACITY - node->ring_head;
    if (first > count)
        first = count;
    memcpy(data, node->ring + node->ring_head, first);
    memcpy(data + first, node->ring, count - first);
    node->ring_head = (node->ring_head + count) % VFS_PIPE_CAPACITY;
    node->ring_count -= count;
    if (node->ring_count == 0)
        node->ring_head = 0;
    return (long)count;
}

long vfs_pipe_read(struct vfs_node *node, uint8_t *data, size_t length)
{
    long count = vfs_pipe_take(node, data, length);
    if (count > 0)
        pipe_changed(node);
    return count;
}

long vfs_pipe_write(struct vfs_node *node, const uint8_t *data, size_t length)
{
    if (node->readers == 0)
        return -EPIPE;
    if (length == 0)
        return 0;
    size_t room = VFS_PIPE_CAPACITY - node->ring_count;
    if (room == 0 || (length <= VFS_PIPE_ATOMIC && room < length))
        return -EAGAIN;
    size_t count = length < room ? length : room;
    size_t tail = (node->ring_head + node->ring_count) % VFS_PIPE_CAPACITY;
    size_t first = VFS_PIPE_CAPACITY - tail;
    if (first > count)
        first = count;
    memcpy(node->ring + tail, data, first);
    memcpy(node->ring, data + first, count - first);
    node->ring_count += count;
    pipe_changed(node);
    return (long)count;
}

void vfs_pipe_end_closed(struct vfs_node *node, uint32_t flags)
{
    if ((flags & KOITO_POSIX_OPEN_ACCMODE) == KOITO_POSIX_OPEN_RDONLY)
        node->readers--;
    else
        node->writers--;
    pipe_changed(node);
}

/*
 * Reads, writes, seeks and truncation through descriptors (KOITO POSIX server, vfs core; see
 * vfs.h). Regular files have a position; devices and pipes do not (ESPIPE for seeks and
 * positioned I/O); directories are read with readdir (EISDIR here). O_APPEND moves every write
 * to the end first. A pipe end that cannot go on now answers -EAGAIN if its open file is
 * O_NONBLOCK, else VFS_PIPE_WAIT.
 */
#include "vfs.h"

#include <koito/protocol/posix.h>

#include <errno.h>

static bool io_can_read(const struct vfs_file *file)
{
    return (file->flags & KOITO_POSIX_OPEN_ACCMODE) != KOITO_POSIX_OPEN_WRONLY;
}

static bool io_can_write(const struct vfs_file *file)
{
    return (file->flags & KOITO_POSIX_OPEN_ACCMODE) != KOITO_POSIX_OPEN_RDONLY;
}

static bool io_positionless(const struct vfs_file *file)
{
    return file->node->type == VFS_DEVICE || file->node->type == VFS_PIPE;
}

static long io_pipe_result(const struct vfs_file *file, long result)
{
    if (result == -EAGAIN && !(file->flags & KOITO_POSIX_OPEN_NONBLOCK))
        return VFS_PIPE_WAIT;
    return result;
}

static long io_read_at(struct vfs *vfs, struct vfs_file *file, uint8_t *data, size_t length,
                       uint64_t offset)
{
    switch (file->node->type) {
    case VFS_DIRECTORY:
        return -EISDIR;
    case VFS_DEVICE:
        return vfs_device_read(vfs, file->node, data, length);
    case VFS_REGULAR:
        if (file->node->proc_file != VFS_PROC_NONE)
            return vfs_proc_read(vfs, file->node, offset, data, length);
        vfs_node_read(file->node);
        return vfs_data_read(file->node, offset, data, length);
    case VFS_PIPE:
        return io_pipe_result(file, vfs_pipe_read(file->node, data, length));
    }
    return -EINVAL;
}

/* Inlined into both writers: a write to a device or pipe is the hot path of write(2), and the
 * call, frame and node type reload would cost it a dozen instructions. */
static inline __attribute__((always_inline)) long io_write_at(struct vfs *vfs,
                                                              struct vfs_file *file,
                                                              const uint8_t *data, size_t length,
                                                              uint64_t offset)
{
    if (file->node->type == VFS_DEVICE)
        return vfs_device_write(vfs, file->node, data, length);
    if (file->node->type == VFS_PIPE)
        return io_pipe_result(file, vfs_pipe_write(file->node, data, length));
    if (file->node->type != VFS_REGULAR)
        return -EISDIR;
    if (length == 0)
        return 0;
    long count = vfs_data_write(file->node, offset, data, length);
    if (count > 0)
        vfs_node_touch(file->node, VFS_TOUCH_MODIFY | VFS_TOUCH_CHANGE);
    return count;
}

long vfs_read(struct vfs *vfs, struct vfs_process *process, uint64_t descriptor, uint8_t *data,
              size_t length)
{
    struct vfs_file *file = vfs_descriptor_file(process, descriptor);
    if (file == NULL || !io_can_read(file))
        return -EBADF;
    long count = io_read_at(vfs, file, data, length, file->position);
    if (count > 0 && file->node->type == VFS_REGULAR)
        file->position += (uint64_t)count;
    return count;
}

long vfs_write(struct vfs *vfs, struct vfs_process *process, uint64_t descriptor,
               const uint8_t *data, size_t length)
{
    struct vfs_file *file = vfs_descriptor_file(process, descriptor);
    if (file == NULL || !io_can_write(file))
        return -EBADF;
    if ((file->flags & KOITO_POSIX_OPEN_APPEND) && file->node->type == VFS_REGULAR)
        file->position = file->node->size;
    long count = io_write_at(vfs, file, data, length, file->position);
    if (count > 0 && file->node->type == VFS_REGULAR)
        file->position += (uint64_t)count;
    return count;
}

long vfs_pread(struct vfs *vfs, struct vfs_process *process, uint64_t descriptor, uint8_t *data,
               size_t length, uint64_t offset)
{
    struct vfs_file *file = vfs_descriptor_file(process, descriptor);
    if (file == NULL || !io_can_read(file))
        return -EBADF;
    if (io_positionless(file))
        return -ESPIPE;
    if ((int64_t)offset < 0)
        return -EINVAL;
    return io_read_at(vfs, file, data, length, offset);
}

long vfs_pwrite(struct vfs *vfs, struct vfs_process *process, uint64_t descriptor,
                const uint8_t *data, size_t length, uint64_t offset)
{
    struct vfs_file *file = vfs_descriptor_file(process, descriptor);
    if (file == NULL || !io_can_write(file))
        return -EBADF;
    if (io_positionless(file))
        return -ESPIPE;
    if ((int64_t)offset < 0)
        return -EINVAL;
    return io_write_at(vfs, file, data, length, offset);
}

int64_t vfs_seek(struct vfs_process *process, uint64_t descriptor, int64_t offset, uint64_t whence)
{
    struct vfs_file *file = vfs_descriptor_file(process, descriptor);
    if (file == NULL)
        return -EBADF;
    if (io_positionless(file))
        return -ESPIPE;
    int64_t base;
    switch (whence) {
    case KOITO_POSIX_SEEK_SET:
        base = 0;
        break;
    case KOITO_POSIX_SEEK_CUR:
        base = (int64_t)file->position;
        break;
    case KOITO_POSIX_SEEK_END:
        base = file->node->type == VFS_REGULAR ? (int64_t)file->node->size : 0;
        break;
    default:
        return -EINVAL;
    }
    int64_t position;
    if (__builtin_add_overflow(base, offset, &position))
        return -EOVERFLOW;
    if (position < 0)
        return -EINVAL;
    file->position = (uint64_t)position;
    return position;
}

int vfs_truncate(struct vfs_process *process, uint64_t descriptor, uint64_t size)
{
    struct vfs_file *file = vfs_descriptor_file(process, descriptor);
    if (file == NULL)
        return -EBADF;
    if ((int64_t)size < 0)
        return -EINVAL;
    if (file->node->type == VFS_DIRECTORY)
        return -EISDIR;
    if (file->node->type != VFS_REGULAR || !io_can_write(file))
        return -EINVAL;
    if (file->node->fs->read_only)
        return -EROFS;
    int error = vfs_data_truncate(file->node, size);
    if (error == 0)
        vfs_node_touch(file->node, VFS_TOUCH_MODIFY | VFS_TOUCH_CHANGE);
    return error;
}

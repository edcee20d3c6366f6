/*
 * The devices of /dev (KOITO POSIX server, vfs core; see vfs.h):
 *   console, tty      writes go to the server's console (struct vfs_console); reads answer
 *                     VFS_CONSOLE_INPUT: the process reads the console server itself
 *   null              reads end at once, writes vanish
 *   zero              reads give zeros, writes vanish
 *   random, urandom   reads give vfs_random_fill()'s bytes, writes vanish (as Linux without
 *                     privilege: they do not add entropy)
 */
#include "vfs.h"

#include <errno.h>
#include <string.h>

long vfs_device_read(struct vfs *vfs, const struct vfs_node *node, uint8_t *data, size_t length)
{
    switch (node->device) {
    case VFS_DEVICE_CONSOLE:
        return VFS_CONSOLE_INPUT;
    case VFS_DEVICE_NULL:
        return 0;
    case VFS_DEVICE_ZERO:
        memset(data, 0, length);
        return (long)length;
    case VFS_DEVICE_RANDOM:
        vfs_random_fill(vfs, data, length);
        return (long)length;
    }
    return -ENXIO;
}

long vfs_device_write(struct vfs *vfs, const struct vfs_node *node, const uint8_t *data,
                      size_t length)
{
    switch (node->device) {
    case VFS_DEVICE_CONSOLE:
        if (vfs->console.write == NULL)
            return (long)length;
        return vfs->console.write(vfs->console.context, data, length);
    case VFS_DEVICE_NULL:
    case VFS_DEVICE_ZERO:
    case VFS_DEVICE_RANDOM:
        return (long)length;
    }
    return -ENXIO;
}

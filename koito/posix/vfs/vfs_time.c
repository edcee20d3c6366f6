/*
 * The times and attributes stat shows of a node, and what changes them (KOITO POSIX server, vfs
 * core; see vfs.h): touching, relatime reads, utimensat, chmod and chown.
 */
#include "vfs.h"

#include <errno.h>

#define TIME_DAY_SECONDS 86400
#define TIME_NANOSECONDS 1000000000u

static bool time_not_after(struct vfs_time a, struct vfs_time b)
{
    return a.seconds < b.seconds || (a.seconds == b.seconds && a.nanoseconds <= b.nanoseconds);
}

void vfs_node_touch(struct vfs_node *node, unsigned times)
{
    struct vfs_time now = vfs_clock_now();
    if (times & VFS_TOUCH_ACCESS)
        node->accessed = now;
    if (times & VFS_TOUCH_MODIFY)
        node->modified = now;
    if (times & VFS_TOUCH_CHANGE)
        node->changed = now;
}

void vfs_node_read(struct vfs_node *node)
{
    if (node->fs->read_only)
        return;
    if (time_not_after(node->accessed, node->modified) ||
        time_not_after(node->accessed, node->changed)) {
        vfs_node_touch(node, VFS_TOUCH_ACCESS);
        return;
    }
    struct vfs_time now = vfs_clock_now();
    if (now.seconds - node->accessed.seconds >= TIME_DAY_SECONDS)
        node->accessed = now;
}

static bool time_valid(struct vfs_time time)
{
    return time.nanoseconds < TIME_NANOSECONDS || time.nanoseconds == VFS_TIME_NOW ||
           time.nanoseconds == VFS_TIME_OMIT;
}

int vfs_node_set_times(struct vfs_node *node, const struct vfs_time times[2])
{
    if (!time_valid(times[0]) || !time_valid(times[1]))
        return -EINVAL;
    if (node->fs->read_only)
        return -EROFS;
    if (times[0].nanoseconds == VFS_TIME_OMIT && times[1].nanoseconds == VFS_TIME_OMIT)
        return 0;
    struct vfs_time now = vfs_clock_now();
    struct vfs_time *targets[2] = {&node->accessed, &node->modified};
    for (int i = 0; i < 2; i++) {
        if (times[i].nanoseconds == VFS_TIME_NOW)
            *targets[i] = now;
        else if (times[i].nanoseconds != VFS_TIME_OMIT)
            *targets[i] = times[i];
    }
    node->changed = now;
    return 0;
}

int vfs_node_set_mode(struct vfs_node *node, uint32_t mode)
{
    if (node->fs->read_only)
        return -EROFS;
    node->permissions = mode & 07777u;
    vfs_node_touch(node, VFS_TOUCH_CHANGE);
    return 0;
}

int vfs_node_set_owner(struct vfs_node *node, uint32_t owner, uint32_t group)
{
    if (node->fs->read_only)
        return -EROFS;
    if (owner != UINT32_MAX)
        node->owner = owner;
    if (group != UINT32_MAX)
        node->group = group;
    vfs_node_touch(node, VFS_TOUCH_CHANGE);
    return 0;
}

/*
 * /proc (KOITO POSIX server, vfs core; see vfs.h): a read-only file system whose directories
 * follow the process records of the server that owns this VFS, so a process tree sees its own
 * server's processes and no others (a container's server has its own records and its own /proc).
 *
 * The tree is made of ordinary nodes, kept in step with the source's list when a path enters
 * /proc (not when processes come and go, so spawning costs nothing here):
 *   /proc/meminfo          ULMM's totals (the source's memory)
 *   /proc/<pid>/stat       (VFS_PROC_STAT), status, cmdline: text made at each read from what
 *                          the source describes then (vfs_proc_format.c)
 *   /proc/self             resolved by vfs_proc_find to the caller's own <pid>, not an entry
 * A removed directory loses its files at once; one still open (or some process's working
 * directory) lives on empty, and a file of it still open reads ESRCH.
 */
#include "vfs.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
    const char *name;
    enum vfs_proc_file file;
} proc_files[] = {
    {"cmdline", VFS_PROC_CMDLINE}, {"stat", VFS_PROC_STAT}, {"status", VFS_PROC_STATUS}};

/* A new read-only node of /proc, added to directory under name; NULL when out of memory. */
static struct vfs_node *proc_add(struct vfs *vfs, struct vfs_node *directory, const char *name,
                                 enum vfs_type type, uint32_t pid, enum vfs_proc_file file)
{
    struct vfs_node *node =
        vfs_node_new(vfs, &vfs->proc_fs, type, type == VFS_DIRECTORY ? 0555 : 0444);
    if (node == NULL)
        return NULL;
    node->proc_pid = pid;
    node->proc_file = file;
    if (vfs_directory_add(directory, name, strlen(name), node) != 0) {
        vfs_node_release(node);
        return NULL;
    }
    return node;
}

int vfs_proc_setup(struct vfs *vfs)
{
    vfs->proc_fs = (struct vfs_fs){.number = 5, .read_only = true};
    struct vfs_node *point = vfs_directory_find(vfs->root, "proc", 4);
    if (point == NULL) {
        point = vfs_node_new(vfs, &vfs->initrd_fs, VFS_DIRECTORY, 0555);
        if (point == NULL)
            return -ENOMEM;
        int error = vfs_directory_add(vfs->root, "proc", 4, point);
        if (error != 0) {
            vfs_node_release(point);
            return error;
        }
    } else if (point->type != VFS_DIRECTORY) {
        return -EINVAL;
    }
    vfs->proc_root = vfs_node_new(vfs, &vfs->proc_fs, VFS_DIRECTORY, 0555);
    if (vfs->proc_root == NULL)
        return -ENOMEM;
    vfs_mount(point, vfs->proc_root);
    if (proc_add(vfs, vfs->proc_root, "meminfo", VFS_REGULAR, 0, VFS_PROC_MEMINFO) == NULL)
        return -ENOMEM;
    return 0;
}

/* Take a process's directory out of /proc: its files go now, it goes when nothing holds it. */
static void proc_remove(struct vfs *vfs, struct vfs_node *directory)
{
    while (directory->entry_count > 0) {
        struct vfs_node *file = directory->entries[directory->entry_count - 1].node;
        vfs_directory_remove(directory, file);
        vfs_node_release(file);
    }
    vfs_directory_remove(vfs->proc_root, directory);
    vfs_node_release(directory);
}

/* Give pid a directory with its files; on failure, nothing is left of it. */
static void proc_make(struct vfs *vfs, uint32_t pid)
{
    char name[16];
    snprintf(name, sizeof name, "%u", pid);
    struct vfs_node *directory = proc_add(vfs, vfs->proc_root, name, VFS_DIRECTORY, pid, 0);
    if (directory == NULL)
        return;
    for (size_t i = 0; i < sizeof proc_files / sizeof proc_files[0]; i++) {
        if (proc_add(vfs, directory, proc_files[i].name, VFS_REGULAR, pid, proc_files[i].file) ==
            NULL) {
            proc_remove(vfs, directory);
            return;
        }
    }
}

static int proc_compare(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

void vfs_proc_refresh(struct vfs *vfs)
{
    if (vfs->proc.list == NULL)
        return;
    uint32_t pids[VFS_PROC_MAX];
    bool shown[VFS_PROC_MAX] = {false};
    size_t count = vfs->proc.list(vfs->proc.context, pids, VFS_PROC_MAX);
    if (count > VFS_PROC_MAX)
        count = VFS_PROC_MAX;
    qsort(pids, count, sizeof pids[0], proc_compare);
    size_t unique = 0; /* a source may list a process twice */
    for (size_t i = 0; i < count; i++) {
        if (unique == 0 || pids[i] != pids[unique - 1])
            pids[unique++] = pids[i];
    }
    count = unique;
    /* Backwards: a removal shifts only the entries already looked at. */
    for (size_t i = vfs->proc_root->entry_count; i-- > 0;) {
        struct vfs_node *node = vfs->proc_root->entries[i].node;
        if (node->type != VFS_DIRECTORY)
            continue;
        const uint32_t *found = bsearch(&node->proc_pid, pids, count, sizeof pids[0], proc_compare);
        if (found != NULL)
            shown[found - pids] = true;
        else
            proc_remove(vfs, node);
    }
    for (size_t i = 0; i < count; i++) {
        if (!shown[i])
            proc_make(vfs, pids[i]);
    }
}

struct vfs_node *vfs_proc_find(struct vfs *vfs, const struct vfs_process *process, const char *name,
                               size_t length)
{
    vfs_proc_refresh(vfs);
    char own[16];
    if (length == 4 && memcmp(name, "self", 4) == 0) {
        snprintf(own, sizeof own, "%u", process->pid);
        name = own;
        length = strlen(own);
    }
    return vfs_directory_find(vfs->proc_root, name, length);
}

long vfs_proc_read(struct vfs *vfs, const struct vfs_node *node, uint64_t offset, uint8_t *data,
                   size_t length)
{
    char text[VFS_PROC_TEXT_MAX];
    size_t size = 0;
    if (node->proc_file == VFS_PROC_MEMINFO) {
        uint64_t total = 0, free = 0;
        if (vfs->proc.memory == NULL || !vfs->proc.memory(vfs->proc.context, &total, &free))
            return -EIO;
        size = vfs_proc_format_memory(total, free, text, sizeof text);
    } else {
        struct vfs_proc_info info;
        if (vfs->proc.describe == NULL ||
            !vfs->proc.describe(vfs->proc.context, node->proc_pid, &info))
            return -ESRCH;
        size = vfs_proc_format(node->proc_file, &info, text, sizeof text);
    }
    if (offset >= size)
        return 0;
    if (length > size - offset)
        length = size - (size_t)offset;
    memcpy(data, text + offset, length);
    return (long)length;
}

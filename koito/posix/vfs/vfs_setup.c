/*
 * The default tree (KOITO POSIX server, vfs core; see vfs.h): the initrd's directories and
 * regular files as the read-only root (file system 1), a tmpfs at /tmp (2) and the devices at
 * /dev (3). The initrd's names may start with "./" or "/"; a directory an archive does not list
 * is made when a file below it needs it; entries of other types (symbolic links, devices) are
 * skipped. /tmp, /dev and /proc (vfs_proc.c, file system 5) are made in the root if the archive
 * lacks them.
 *
 * A server given a root directory (a container's: its configuration's root key) takes only the
 * entries below that directory, as if the archive held nothing else: what lies outside it has no
 * name in this tree, so no path, ".." included, reaches it.
 */
#include "vfs.h"

#include <cpio_newc.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define SETUP_IFMT  0170000u
#define SETUP_IFDIR 0040000u
#define SETUP_IFREG 0100000u

/* The directory at name[0..length) below the root, made (read-only fs) where missing. */
static int setup_directory(struct vfs *vfs, const char *name, size_t length,
                           struct vfs_node **directory)
{
    struct vfs_node *at = vfs->root;
    size_t start = 0;
    while (start < length) {
        size_t end = start;
        while (end < length && name[end] != '/')
            end++;
        if (end > start && !(end - start == 1 && name[start] == '.')) {
            if (end - start > VFS_NAME_MAX)
                return -ENAMETOOLONG;
            struct vfs_node *next = vfs_directory_find(at, name + start, end - start);
            if (next == NULL) {
                next = vfs_node_new(vfs, &vfs->initrd_fs, VFS_DIRECTORY, 0755);
                if (next == NULL)
                    return -ENOMEM;
                int error = vfs_directory_add(at, name + start, end - start, next);
                if (error != 0) {
                    vfs_node_release(next);
                    return error;
                }
            } else if (next->type != VFS_DIRECTORY) {
                return -EINVAL;
            }
            at = next;
        }
        start = end + 1;
    }
    *directory = at;
    return 0;
}

/* Cut root/ from the front of name; false if name is not below root (nor is root itself);
 * *found becomes true when it is. */
static bool setup_below_root(const char *root, const char **name, size_t *length, bool *found)
{
    if (root == NULL)
        return true;
    size_t root_length = strlen(root);
    if (*length <= root_length + 1 || memcmp(*name, root, root_length) != 0 ||
        (*name)[root_length] != '/')
        return false;
    *found = true;
    *name += root_length + 1;
    *length -= root_length + 1;
    return true;
}

static int setup_entry(struct vfs *vfs, const struct cpio_entry *entry, const char *root,
                       bool *found)
{
    const char *name = entry->name;
    size_t length = entry->name_length;
    while (length > 0 && (name[0] == '/' || (name[0] == '.' && (length == 1 || name[1] == '/')))) {
        name++;
        length--;
    }
    if (!setup_below_root(root, &name, &length, found))
        return 0;
    uint32_t type = entry->mode & SETUP_IFMT;
    if (length == 0 || (type != SETUP_IFDIR && type != SETUP_IFREG))
        return 0;
    struct vfs_time archived = {.seconds = entry->mtime};
    if (type == SETUP_IFDIR) {
        struct vfs_node *directory;
        int error = setup_directory(vfs, name, length, &directory);
        if (error == 0)
            directory->accessed = directory->modified = directory->changed = archived;
        return error;
    }
    size_t slash = length;
    while (slash > 0 && name[slash - 1] != '/')
        slash--;
    struct vfs_node *parent;
    int error = setup_directory(vfs, name, slash, &parent);
    if (error != 0)
        return error;
    if (length - slash > VFS_NAME_MAX)
        return -ENAMETOOLONG;
    if (vfs_directory_find(parent, name + slash, length - slash) != NULL)
        return 0; /* the archive's first copy wins, as cpio_find's does */
    struct vfs_node *file = vfs_node_new(vfs, &vfs->initrd_fs, VFS_REGULAR, entry->mode);
    if (file == NULL)
        return -ENOMEM;
    file->fixed = entry->data;
    file->size = entry->size;
    file->accessed = file->modified = file->changed = archived;
    error = vfs_directory_add(parent, name + slash, length - slash, file);
    if (error != 0)
        vfs_node_release(file);
    return error;
}

/* A new file system's root mounted on the root's directory `name` (made if missing). */
static int setup_mount(struct vfs *vfs, const char *name, struct vfs_fs *fs, uint32_t mode,
                       struct vfs_node **root)
{
    struct vfs_node *point;
    int error = setup_directory(vfs, name, strlen(name), &point);
    if (error != 0)
        return error;
    *root = vfs_node_new(vfs, fs, VFS_DIRECTORY, mode);
    if (*root == NULL)
        return -ENOMEM;
    vfs_mount(point, *root);
    return 0;
}

static int setup_devices(struct vfs *vfs, struct vfs_node *dev)
{
    static const struct {
        const char *name;
        enum vfs_device device;
    } devices[] = {{"console", VFS_DEVICE_CONSOLE}, {"tty", VFS_DEVICE_CONSOLE},
                   {"null", VFS_DEVICE_NULL},       {"zero", VFS_DEVICE_ZERO},
                   {"random", VFS_DEVICE_RANDOM},   {"urandom", VFS_DEVICE_RANDOM}};
    for (size_t i = 0; i < sizeof devices / sizeof devices[0]; i++) {
        struct vfs_node *node = vfs_node_new(vfs, &vfs->dev_fs, VFS_DEVICE, 0666);
        if (node == NULL)
            return -ENOMEM;
        node->device = devices[i].device;
        int error = vfs_directory_add(dev, devices[i].name, strlen(devices[i].name), node);
        if (error != 0) {
            vfs_node_release(node);
            return error;
        }
    }
    return 0;
}

int vfs_init(struct vfs *vfs, const void *initrd, size_t initrd_size, const char *root,
             const struct vfs_console *console)
{
    memset(vfs, 0, sizeof *vfs);
    vfs->initrd_fs = (struct vfs_fs){.number = 1, .read_only = true};
    vfs->tmp_fs = (struct vfs_fs){.number = 2, .read_only = false};
    vfs->dev_fs = (struct vfs_fs){.number = 3, .read_only = true};
    vfs->pipe_fs = (struct vfs_fs){.number = 4, .read_only = false};
    if (console != NULL)
        vfs->console = *console;
    vfs_random_seed(vfs);
    vfs->root = vfs_node_new(vfs, &vfs->initrd_fs, VFS_DIRECTORY, 0755);
    if (vfs->root == NULL)
        return -ENOMEM;
    vfs->root->links = 1;
    int error = 0;
    bool found = root == NULL;
    if (initrd != NULL) {
        struct cpio_reader reader;
        struct cpio_entry entry;
        enum cpio_error status;
        cpio_reader_init(&reader, initrd, initrd_size);
        while (error == 0 && (status = cpio_next(&reader, &entry)) == CPIO_OK)
            error = setup_entry(vfs, &entry, root, &found);
        if (error == 0 && status != CPIO_END)
            error = -EINVAL;
    }
    if (error == 0 && !found)
        error = -ENOENT;
    struct vfs_node *tmp, *dev;
    if (error == 0)
        error = setup_mount(vfs, "tmp", &vfs->tmp_fs, 01777, &tmp);
    if (error == 0)
        error = setup_mount(vfs, "dev", &vfs->dev_fs, 0755, &dev);
    if (error == 0)
        error = setup_devices(vfs, dev);
    if (error == 0)
        error = vfs_proc_setup(vfs);
    if (error != 0)
        vfs_destroy(vfs);
    return error;
}

/* Free a directory's whole subtree, mounted file systems included. */
static void setup_free(struct vfs_node *node)
{
    if (node->mounted != NULL)
        setup_free(node->mounted);
    for (size_t i = 0; i < node->entry_count; i++) {
        struct vfs_node *child = node->entries[i].node;
        if (--child->links == 0 || child->type == VFS_DIRECTORY) {
            child->links = 0;
            child->opens = 0;
            setup_free(child);
        }
    }
    node->links = 0;
    node->opens = 0;
    vfs_node_release(node);
}

void vfs_destroy(struct vfs *vfs)
{
    if (vfs->root != NULL)
        setup_free(vfs->root);
    vfs->root = NULL;
}

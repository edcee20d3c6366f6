/*
 * Nodes and directory entries of the VFS (KOITO POSIX server, vfs core; see vfs.h).
 *
 * A directory's entries are an array in creation order (readdir's order); lookups scan it, which
 * stays cheap at the VFS_DIRECTORY_MAX entries a directory may hold. A node is freed once no
 * directory names it and no open file refers to it.
 */
#include "vfs.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct vfs_node *vfs_node_new(struct vfs *vfs, struct vfs_fs *fs, enum vfs_type type,
                              uint32_t permissions)
{
    struct vfs_node *node = calloc(1, sizeof *node);
    if (node == NULL)
        return NULL;
    node->type = type;
    node->permissions = permissions & 07777u;
    node->accessed = node->modified = node->changed = vfs_clock_now();
    node->inode = ++vfs->next_inode;
    node->fs = fs;
    node->parent = node;
    return node;
}

static void node_free(struct vfs_node *node)
{
    for (size_t i = 0; i < node->entry_count; i++)
        free(node->entries[i].name);
    free(node->entries);
    vfs_data_free(node);
    free(node->ring);
    free(node);
}

void vfs_node_release(struct vfs_node *node)
{
    if (node != NULL && node->links == 0 && node->opens == 0)
        node_free(node);
}

struct vfs_node *vfs_directory_find(const struct vfs_node *directory, const char *name,
                                    size_t length)
{
    for (size_t i = 0; i < directory->entry_count; i++) {
        const char *entry = directory->entries[i].name;
        if (strncmp(entry, name, length) == 0 && entry[length] == '\0')
            return directory->entries[i].node;
    }
    return NULL;
}

/* A name of node in directory came or went: the directory's contents and the node's link count
 * changed; a node just made (its first name) keeps the times it was made with, all three equal.
 * The read-only file systems' trees are only built (the initrd's keeps the archive's times,
 * /proc's and /dev's their boot's). */
static void entries_changed(struct vfs_node *directory, struct vfs_node *node, bool first_name)
{
    if (directory->fs->read_only)
        return;
    vfs_node_touch(directory, VFS_TOUCH_MODIFY | VFS_TOUCH_CHANGE);
    if (!first_name)
        vfs_node_touch(node, VFS_TOUCH_CHANGE);
}

int vfs_directory_add(struct vfs_node *directory, const char *name, size_t length,
                      struct vfs_node *node)
{
    /* A removed directory (no name left, still some process's working directory) stays empty:
     * nothing could reach a name made in it, and freeing it would leak the named node. */
    if (directory->links == 0)
        return -ENOENT;
    if (directory->entry_count >= VFS_DIRECTORY_MAX)
        return -ENOSPC;
    if (directory->entry_count == directory->entry_capacity) {
        size_t capacity = directory->entry_capacity ? directory->entry_capacity * 2 : 8;
        struct vfs_entry *entries = realloc(directory->entries, capacity * sizeof *entries);
        if (entries == NULL)
            return -ENOMEM;
        directory->entries = entries;
        directory->entry_capacity = capacity;
    }
    char *copy = malloc(length + 1);
    if (copy == NULL)
        return -ENOMEM;
    memcpy(copy, name, length);
    copy[length] = '\0';
    directory->entries[directory->entry_count++] =
        (struct vfs_entry){copy, node, directory->next_cookie++};
    entries_changed(directory, node, node->links++ == 0);
    if (node->type == VFS_DIRECTORY)
        node->parent = directory;
    return 0;
}

/* Remove entry i of directory: its node has one name fewer. */
static void directory_remove_entry(struct vfs_node *directory, size_t i)
{
    struct vfs_node *node = directory->entries[i].node;
    free(directory->entries[i].name);
    memmove(&directory->entries[i], &directory->entries[i + 1],
            (directory->entry_count - i - 1) * sizeof directory->entries[0]);
    directory->entry_count--;
    node->links--;
    entries_changed(directory, node, false);
}

void vfs_directory_remove(struct vfs_node *directory, struct vfs_node *node)
{
    for (size_t i = 0; i < directory->entry_count; i++) {
        if (directory->entries[i].node == node) {
            directory_remove_entry(directory, i);
            return;
        }
    }
}

void vfs_directory_remove_name(struct vfs_node *directory, const char *name, size_t length)
{
    for (size_t i = 0; i < directory->entry_count; i++) {
        const char *entry = directory->entries[i].name;
        if (strncmp(entry, name, length) == 0 && entry[length] == '\0') {
            directory_remove_entry(directory, i);
            return;
        }
    }
}

void vfs_mount(struct vfs_node *directory, struct vfs_node *root)
{
    directory->mounted = root;
    root->covered = directory;
    root->parent = root;
    root->links++;
}

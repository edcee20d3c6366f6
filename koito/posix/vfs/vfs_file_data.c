/*
 * The bytes of regular files (KOITO POSIX server, vfs core; see vfs.h).
 *
 * A tmpfs file is an array of page pointers; a page is made on the first write into it, so a
 * hole (from ftruncate or a write past the end) costs nothing and reads as zeros. An initrd
 * file has a fixed body inside the archive instead and is never written (its file system is
 * read-only, which the callers check).
 */
#include "vfs.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

long vfs_data_read(const struct vfs_node *node, uint64_t offset, uint8_t *data, size_t length)
{
    if (offset >= node->size)
        return 0;
    if (length > node->size - offset)
        length = (size_t)(node->size - offset);
    if (node->fixed != NULL) {
        memcpy(data, node->fixed + offset, length);
        return (long)length;
    }
    size_t done = 0;
    while (done < length) {
        uint64_t at = offset + done;
        size_t page = (size_t)(at / VFS_PAGE), within = (size_t)(at % VFS_PAGE);
        size_t chunk = VFS_PAGE - within < length - done ? VFS_PAGE - within : length - done;
        if (page < node->page_capacity && node->pages[page] != NULL)
            memcpy(data + done, node->pages[page] + within, chunk);
        else
            memset(data + done, 0, chunk);
        done += chunk;
    }
    return (long)length;
}

/* Room for the page pointers of a file of size bytes. */
static int data_reserve(struct vfs_node *node, uint64_t size)
{
    size_t needed = (size_t)((size + VFS_PAGE - 1) / VFS_PAGE);
    if (needed <= node->page_capacity)
        return 0;
    size_t capacity = node->page_capacity ? node->page_capacity : 4;
    while (capacity < needed)
        capacity *= 2;
    uint8_t **pages = realloc(node->pages, capacity * sizeof *pages);
    if (pages == NULL)
        return -ENOSPC;
    memset(pages + node->page_capacity, 0, (capacity - node->page_capacity) * sizeof *pages);
    node->pages = pages;
    node->page_capacity = capacity;
    return 0;
}

long vfs_data_write(struct vfs_node *node, uint64_t offset, const uint8_t *data, size_t length)
{
    if (offset >= VFS_FILE_MAX || length > VFS_FILE_MAX - offset)
        return -EFBIG;
    int error = data_reserve(node, offset + length);
    if (error != 0)
        return error;
    size_t done = 0;
    while (done < length) {
        uint64_t at = offset + done;
        size_t page = (size_t)(at / VFS_PAGE), within = (size_t)(at % VFS_PAGE);
        size_t chunk = VFS_PAGE - within < length - done ? VFS_PAGE - within : length - done;
        if (node->pages[page] == NULL) {
            node->pages[page] = calloc(1, VFS_PAGE);
            if (node->pages[page] == NULL)
                break;
        }
        memcpy(node->pages[page] + within, data + done, chunk);
        done += chunk;
    }
    if (done == 0 && length != 0)
        return -ENOSPC;
    if (offset + done > node->size)
        node->size = offset + done;
    return (long)done;
}

int vfs_data_truncate(struct vfs_node *node, uint64_t size)
{
    if (size > VFS_FILE_MAX)
        return -EFBIG;
    if (size > node->size) {
        int error = data_reserve(node, size);
        if (error != 0)
            return error;
    }
    /* Pages wholly past the new end go; the kept part of the last one is zeroed past it. */
    size_t keep = (size_t)((size + VFS_PAGE - 1) / VFS_PAGE);
    for (size_t page = keep; page < node->page_capacity; page++) {
        free(node->pages[page]);
        node->pages[page] = NULL;
    }
    if (size % VFS_PAGE != 0 && keep - 1 < node->page_capacity && node->pages[keep - 1] != NULL)
        memset(node->pages[keep - 1] + size % VFS_PAGE, 0, VFS_PAGE - size % VFS_PAGE);
    node->size = size;
    return 0;
}

void vfs_data_free(struct vfs_node *node)
{
    for (size_t page = 0; page < node->page_capacity; page++)
        free(node->pages[page]);
    free(node->pages);
    node->pages = NULL;
    node->page_capacity = 0;
}

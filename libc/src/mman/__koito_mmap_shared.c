/*
 * The shared mappings of files (libc, mman; mman_file.h): a list of records under one lock.
 * A record covers [start, start + bytes) of the process and the file from offset on, through its
 * own close-on-exec duplicate of the descriptor (taken from DUPLICATE_FLOOR up, away from the
 * low numbers programs expect open() to give: the upper half of the POSIX server's 64). When the
 * file is open for writing the record also has a shadow: anonymous pages holding what the file had
 * when it was mapped or last written back. A page that differs from its shadow has changed;
 * write-back writes it with pwrite() (only the part before the file's end: a mapping never grows
 * its file) and copies it into the shadow.
 *
 * munmap() of part of a record keeps the rest: the record is cut (its head or tail shrinks), or
 * split in two when the hole is in its middle, the second part with a duplicate of its own.
 */
#include "lock.h"
#include "mman_file.h"
#include "port.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>

#define PAGE            __KOITO_MMAN_PAGE
#define DUPLICATE_FLOOR 32

struct shared_mapping {
    struct shared_mapping *next;
    uintptr_t start;
    size_t bytes;
    off_t offset;          /* the file offset of start */
    int descriptor;        /* the record's own duplicate; -1 when the file is read-only */
    unsigned char *shadow; /* bytes of shadow for the bytes of start; NULL when read-only */
};

static struct __koito_lock shared_lock = __KOITO_LOCK_INIT;
static struct shared_mapping *shared_list;

int __koito_mmap_shared_add(void *start, size_t bytes, int descriptor, off_t offset, int writable)
{
    struct shared_mapping *record = malloc(sizeof *record);
    if (record == NULL)
        return -ENOMEM;
    *record = (struct shared_mapping){
        .start = (uintptr_t)start, .bytes = bytes, .offset = offset, .descriptor = -1};
    if (writable) {
        void *shadow = NULL;
        record->descriptor = __koito_sys_fcntl(descriptor, F_DUPFD_CLOEXEC, DUPLICATE_FLOOR);
        if (record->descriptor < 0 ||
            __koito_memory_map(NULL, bytes, PROT_READ | PROT_WRITE, 0, &shadow) < 0) {
            if (record->descriptor >= 0)
                __koito_sys_close(record->descriptor);
            free(record);
            return -ENOMEM;
        }
        record->shadow = shadow;
        memcpy(record->shadow, start, bytes);
    }
    __koito_lock_take(&shared_lock);
    record->next = shared_list;
    shared_list = record;
    __koito_lock_release(&shared_lock);
    return 0;
}

/* The overlap of a record with [first, end); false when there is none. */
static int shared_overlap(const struct shared_mapping *record, uintptr_t first, uintptr_t end,
                          uintptr_t *from, uintptr_t *to)
{
    *from = first > record->start ? first : record->start;
    *to = end < record->start + record->bytes ? end : record->start + record->bytes;
    return *from < *to;
}

/* Write back the changed pages of [from, to) of a writable record; 0 or -errno. The caller
 * holds the lock. */
static int shared_write_back(struct shared_mapping *record, uintptr_t from, uintptr_t to)
{
    struct stat status;
    int error = __koito_sys_fstat(record->descriptor, &status);
    if (error < 0)
        return error;
    for (uintptr_t page = from; page < to; page += PAGE) {
        size_t index = page - record->start;
        long long file_offset = (long long)record->offset + (long long)index;
        if (file_offset >= (long long)status.st_size)
            break;
        if (memcmp((const void *)page, record->shadow + index, PAGE) == 0)
            continue;
        size_t length = PAGE;
        if ((long long)status.st_size - file_offset < (long long)length)
            length = (size_t)(status.st_size - file_offset);
        for (size_t done = 0; done < length;) {
            long count = __koito_sys_pwrite(record->descriptor, (const char *)page + done,
                                            length - done, file_offset + (long long)done);
            if (count < 0)
                return (int)count;
            if (count == 0)
                return -EIO;
            done += (size_t)count;
        }
        memcpy(record->shadow + index, (const void *)page, PAGE);
    }
    return 0;
}

/* Write back [first, end) of every writable record; 0 or the first -errno. Lock held. */
static int shared_sync_locked(uintptr_t first, uintptr_t end)
{
    for (struct shared_mapping *r = shared_list; r != NULL; r = r->next) {
        uintptr_t from, to;
        if (r->descriptor >= 0 && shared_overlap(r, first, end, &from, &to)) {
            int error = shared_write_back(r, from, to);
            if (error < 0)
                return error;
        }
    }
    return 0;
}

int __koito_mmap_shared_sync(void *address, size_t bytes)
{
    __koito_lock_take(&shared_lock);
    int error = shared_sync_locked((uintptr_t)address, (uintptr_t)address + bytes);
    __koito_lock_release(&shared_lock);
    return error;
}

int __koito_mmap_shared_may_write(void *address, size_t bytes)
{
    uintptr_t first = (uintptr_t)address, end = first + bytes, from, to;
    int error = 0;
    __koito_lock_take(&shared_lock);
    for (struct shared_mapping *r = shared_list; r != NULL && error == 0; r = r->next) {
        if (r->descriptor < 0 && shared_overlap(r, first, end, &from, &to))
            error = -EACCES;
    }
    __koito_lock_release(&shared_lock);
    return error;
}

/* The record for the tail [to, end of r) when [from, to) is a hole in r's middle, with its own
 * duplicate; NULL (and -ENOMEM in *error) when there is no memory or descriptor for it. */
static struct shared_mapping *shared_tail(const struct shared_mapping *r, uintptr_t to, int *error)
{
    struct shared_mapping *tail = malloc(sizeof *tail);
    if (tail == NULL) {
        *error = -ENOMEM;
        return NULL;
    }
    size_t cut = to - r->start;
    *tail = (struct shared_mapping){
        .start = to, .bytes = r->bytes - cut, .offset = r->offset + (off_t)cut, .descriptor = -1};
    if (r->descriptor >= 0) {
        tail->descriptor = __koito_sys_fcntl(r->descriptor, F_DUPFD_CLOEXEC, DUPLICATE_FLOOR);
        if (tail->descriptor < 0) {
            free(tail);
            *error = -ENOMEM;
            return NULL;
        }
        tail->shadow = r->shadow + cut;
    }
    return tail;
}

/* Forget [from, to) of record r (the pages themselves are already unmapped): shrink it, split it
 * with the prepared tail, or unlink and free it through *link. */
static void shared_forget(struct shared_mapping **link, uintptr_t from, uintptr_t to,
                          struct shared_mapping *tail)
{
    struct shared_mapping *r = *link;
    if (r->shadow != NULL)
        __koito_memory_unmap(r->shadow + (from - r->start), to - from);
    uintptr_t end = r->start + r->bytes;
    if (from == r->start && to == end) {
        *link = r->next;
        if (r->descriptor >= 0)
            __koito_sys_close(r->descriptor);
        free(r);
        return;
    }
    if (from == r->start) {
        r->offset += (off_t)(to - r->start);
        if (r->shadow != NULL)
            r->shadow += to - r->start;
        r->start = to;
        r->bytes = end - to;
        return;
    }
    r->bytes = from - r->start;
    if (tail != NULL) {
        tail->next = r->next;
        r->next = tail;
    }
}

int __koito_mmap_shared_unmap(void *address, size_t bytes)
{
    uintptr_t first = (uintptr_t)address, end = first + bytes, from, to;
    __koito_lock_take(&shared_lock);
    /* 1. Write back, and prepare the tails of records the range splits: nothing changes yet. */
    int error = shared_sync_locked(first, end);
    struct shared_mapping *tails = NULL;
    for (struct shared_mapping *r = shared_list; r != NULL && error == 0; r = r->next) {
        if (shared_overlap(r, first, end, &from, &to) && from > r->start &&
            to < r->start + r->bytes) {
            struct shared_mapping *tail = shared_tail(r, to, &error);
            if (tail != NULL) {
                tail->next = tails;
                tails = tail;
            }
        }
    }
    /* 2. Give the pages back; ULMM changes nothing if part of the range is not mapped. */
    if (error == 0)
        error = __koito_memory_unmap(address, bytes);
    /* 3. Forget the range, or drop the prepared tails. */
    for (struct shared_mapping **link = &shared_list; *link != NULL;) {
        struct shared_mapping *r = *link;
        if (error != 0 || !shared_overlap(r, first, end, &from, &to)) {
            link = &r->next;
            continue;
        }
        struct shared_mapping *tail = NULL;
        if (from > r->start && to < r->start + r->bytes) {
            for (struct shared_mapping **t = &tails; *t != NULL; t = &(*t)->next) {
                if ((*t)->start == to) {
                    tail = *t;
                    *t = tail->next;
                    break;
                }
            }
        }
        shared_forget(link, from, to, tail);
        if (*link == r)
            link = tail != NULL ? &tail->next : &r->next;
    }
    while (tails != NULL) {
        struct shared_mapping *tail = tails;
        tails = tail->next;
        if (tail->descriptor >= 0)
            __koito_sys_close(tail->descriptor);
        free(tail);
    }
    __koito_lock_release(&shared_lock);
    return error;
}

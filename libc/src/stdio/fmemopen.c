/*
 * fmemopen() (libc, stdio): a stream over a caller's buffer of `size` bytes
 * (or, for a NULL buffer, one from malloc freed at fclose).
 *
 * The contents run from 0 to `length`: all of the buffer for "r" and "r+",
 * nothing for "w" and "w+" (which write a NUL at the start), up to the first
 * NUL for "a" and "a+" (whose writes all go to the end). Reads stop at
 * `length`; writes stop at `size`; seeks may go anywhere in 0..size
 * (SEEK_END counts from `length`). After each write that reaches the end of
 * the contents, a NUL follows them if there is room, as POSIX asks. Like any
 * stream it is fully buffered: written bytes reach the buffer on fflush,
 * fseek or fclose.
 */
#include "stdio_impl.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct memory {
    char *data;
    size_t size;
    size_t length;
    size_t position;
    int owned;
};

static long memory_read(FILE *file, char *data, size_t length)
{
    struct memory *memory = file->cookie;
    size_t available = memory->position < memory->length ? memory->length - memory->position : 0;
    size_t count = length < available ? length : available;
    memcpy(data, memory->data + memory->position, count);
    memory->position += count;
    return (long)count;
}

static size_t memory_write(FILE *file, const char *data, size_t length)
{
    struct memory *memory = file->cookie;
    if (file->flags & __KOITO_FILE_APPEND) {
        memory->position = memory->length;
    }
    size_t room = memory->size - memory->position;
    size_t count = length < room ? length : room;
    memcpy(memory->data + memory->position, data, count);
    memory->position += count;
    if (memory->position > memory->length) {
        memory->length = memory->position;
        if (memory->length < memory->size) {
            memory->data[memory->length] = '\0';
        }
    }
    if (count < length) {
        errno = ENOSPC;
    }
    return count;
}

static long long memory_seek(FILE *file, long long offset, int whence)
{
    struct memory *memory = file->cookie;
    long long base = whence == SEEK_SET   ? 0
                     : whence == SEEK_CUR ? (long long)memory->position
                                          : (long long)memory->length;
    long long target;
    if (__builtin_add_overflow(base, offset, &target) || target < 0 ||
        (unsigned long long)target > memory->size) {
        errno = EINVAL;
        return -1;
    }
    memory->position = (size_t)target;
    return target;
}

static int memory_close(FILE *file)
{
    struct memory *memory = file->cookie;
    if (memory->owned) {
        free(memory->data);
    }
    free(memory);
    return 0;
}

FILE *fmemopen(void *restrict buffer, size_t size, const char *restrict mode)
{
    unsigned flags;
    int open_flags;
    if (size == 0) {
        errno = EINVAL;
        return NULL;
    }
    if (__koito_file_mode(mode, &flags, &open_flags) != 0) {
        return NULL;
    }
    struct memory *memory = calloc(1, sizeof *memory);
    if (memory == NULL) {
        return NULL;
    }
    memory->data = buffer;
    memory->size = size;
    if (buffer == NULL) {
        memory->data = calloc(1, size);
        memory->owned = 1;
        if (memory->data == NULL) {
            free(memory);
            return NULL;
        }
    }
    switch (*mode) {
    case 'r':
        memory->length = size;
        break;
    case 'w':
        memory->data[0] = '\0';
        break;
    default: /* 'a' */
        memory->length = memory->position = strnlen(memory->data, size);
        break;
    }
    FILE *file = __koito_file_new(flags, -1, memory);
    if (file == NULL) {
        memory_close(&(FILE){.cookie = memory});
        return NULL;
    }
    file->read = memory_read;
    file->write = memory_write;
    file->seek = memory_seek;
    file->close = memory_close;
    __koito_file_list_add(file);
    return file;
}

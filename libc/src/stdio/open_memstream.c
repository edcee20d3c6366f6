/*
 * open_memstream() (libc, stdio): a write-only stream into a buffer that
 * grows as needed. After each fflush or fclose, *buffer points to the bytes
 * written (always followed by a NUL) and *size holds the smaller of their
 * length and the current position, as POSIX says. Seeking past the end and
 * writing there fills the gap with zero bytes. The caller frees *buffer
 * after fclose.
 */
#include "stdio_impl.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct memstream {
    char **buffer;
    size_t *size;
    char *data;
    size_t capacity; /* bytes allocated, >= length + 1 */
    size_t length;
    size_t position;
};

static void publish(struct memstream *stream)
{
    *stream->buffer = stream->data;
    *stream->size = stream->position < stream->length ? stream->position : stream->length;
}

/* Makes room for `needed` bytes plus the NUL; 0 or -1 (ENOMEM). */
static int reserve(struct memstream *stream, size_t needed)
{
    if (needed < stream->capacity) {
        return 0;
    }
    size_t capacity = stream->capacity * 2 > needed + 1 ? stream->capacity * 2 : needed + 1;
    char *grown = realloc(stream->data, capacity);
    if (grown == NULL) {
        return -1;
    }
    memset(grown + stream->capacity, 0, capacity - stream->capacity);
    stream->data = grown;
    stream->capacity = capacity;
    return 0;
}

static size_t memstream_write(FILE *file, const char *data, size_t length)
{
    struct memstream *stream = file->cookie;
    size_t end;
    if (__builtin_add_overflow(stream->position, length, &end) || reserve(stream, end) != 0) {
        errno = ENOMEM;
        return 0;
    }
    memcpy(stream->data + stream->position, data, length);
    stream->position = end;
    if (end > stream->length) {
        stream->length = end;
        stream->data[end] = '\0';
    }
    publish(stream);
    return length;
}

static long long memstream_seek(FILE *file, long long offset, int whence)
{
    struct memstream *stream = file->cookie;
    long long base = whence == SEEK_SET   ? 0
                     : whence == SEEK_CUR ? (long long)stream->position
                                          : (long long)stream->length;
    long long target;
    if (__builtin_add_overflow(base, offset, &target) || target < 0) {
        errno = EINVAL;
        return -1;
    }
    stream->position = (size_t)target;
    publish(stream);
    return target;
}

static int memstream_close(FILE *file)
{
    struct memstream *stream = file->cookie;
    publish(stream);
    free(stream);
    return 0;
}

FILE *open_memstream(char **buffer, size_t *size)
{
    if (buffer == NULL || size == NULL) {
        errno = EINVAL;
        return NULL;
    }
    struct memstream *stream = calloc(1, sizeof *stream);
    if (stream == NULL) {
        return NULL;
    }
    stream->buffer = buffer;
    stream->size = size;
    stream->capacity = 64;
    stream->data = calloc(1, stream->capacity);
    FILE *file = stream->data != NULL ? __koito_file_new(__KOITO_FILE_WRITE, -1, stream) : NULL;
    if (file == NULL) {
        free(stream->data);
        free(stream);
        return NULL;
    }
    file->write = memstream_write;
    file->seek = memstream_seek;
    file->close = memstream_close;
    publish(stream);
    __koito_file_list_add(file);
    return file;
}

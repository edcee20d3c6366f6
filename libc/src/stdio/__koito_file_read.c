/*
 * Buffered input of a stream (libc, stdio core; caller holds the lock).
 *
 * Pushed-back bytes come first, then the buffer; an empty buffer refills
 * from the transport, and a request at least as large as the buffer, or any
 * request on an unbuffered stream, reads straight into the caller's memory
 * (so an unbuffered stream never reads ahead). Pending output is written out before the first read,
 * and reading stdin first flushes stdout, so a prompt appears before the program waits.
 */
#include "stdio_impl.h"
#include <errno.h>
#include <string.h>

/* Reads from the transport into `data`; sets eof or error on 0 or -1. */
static size_t transport_read(FILE *file, char *data, size_t length)
{
    long got = file->read(file, data, length);
    if (got > 0) {
        return (size_t)got;
    }
    if (got == 0) {
        file->eof = 1;
    } else {
        file->error = 1;
    }
    return 0;
}

/* Refills the empty buffer; returns 0 at end of input or on error. */
static size_t refill(FILE *file)
{
    if (file == stdin) {
        fflush(stdout);
    }
    file->read_next = 0;
    file->read_end = transport_read(file, file->buffer, file->capacity);
    return file->read_end;
}

/* Checks the stream can read now: readable, and no output pending. */
static int ready_to_read(FILE *file)
{
    if (file->read == NULL || !(file->flags & __KOITO_FILE_READ)) {
        file->error = 1;
        errno = EBADF;
        return 0;
    }
    return file->pending == 0 || __koito_file_flush(file) == 0;
}

size_t __koito_file_read(FILE *file, char *data, size_t length)
{
    size_t done = 0;
    while (done < length && file->unget_count > 0) {
        data[done++] = (char)file->unget[--file->unget_count];
    }
    if (done == length || !ready_to_read(file)) {
        return done;
    }
    while (done < length) {
        size_t buffered = file->read_end - file->read_next;
        if (buffered > 0) {
            size_t chunk = length - done < buffered ? length - done : buffered;
            memcpy(data + done, file->buffer + file->read_next, chunk);
            file->read_next += chunk;
            done += chunk;
        } else if (length - done >= file->capacity || file->mode == _IONBF) {
            size_t got = transport_read(file, data + done, length - done);
            if (got == 0) {
                break;
            }
            done += got;
        } else if (refill(file) == 0) {
            break;
        }
    }
    return done;
}

int __koito_file_getc(FILE *file)
{
    if (file->unget_count > 0) {
        return file->unget[--file->unget_count];
    }
    if (file->read_next < file->read_end) {
        return (unsigned char)file->buffer[file->read_next++];
    }
    unsigned char byte;
    return __koito_file_read(file, (char *)&byte, 1) == 1 ? byte : EOF;
}

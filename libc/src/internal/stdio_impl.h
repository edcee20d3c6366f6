/*
 * The FILE structure and the stdio internals (libc, internal header).
 *
 * A stream reaches its data only through its four transport functions, so
 * a descriptor, the console and a memory buffer are the same kind of stream
 * and the transport can change without touching any caller. Above the
 * transport sits one buffer, used for reading or for writing, never both at
 * once: switching direction first writes out pending bytes, or gives unread
 * bytes back by seeking the transport backwards. Bytes pushed back with
 * ungetc() live in a small area of their own, so they never disturb the
 * buffer.
 *
 * Locking: every public function takes the stream's recursive lock (so
 * flockfile() can hold it across calls) and then calls the __koito_file_*
 * functions below, which expect it held. Opened streams are on one list
 * (for fflush(NULL) and exit()), under its own lock; a stream's lock is never
 * held while waiting for the list's lock.
 */
#ifndef KOITO_LIBC_INTERNAL_STDIO_IMPL_H
#define KOITO_LIBC_INTERNAL_STDIO_IMPL_H

#include "libc.h"
#include "lock.h"
#include <stddef.h>
#include <stdio.h>

#define __KOITO_UNGET_MAX 16

/* Stream flags. */
#define __KOITO_FILE_READ         0x01u /* opened for reading */
#define __KOITO_FILE_WRITE        0x02u /* opened for writing */
#define __KOITO_FILE_APPEND       0x04u /* every write goes to the end */
#define __KOITO_FILE_OWNED        0x08u /* the FILE (and its buffer) came from malloc */
#define __KOITO_FILE_BUFFER_OWNED 0x10u /* a setvbuf() buffer from malloc */

struct __koito_file {
    /* The transport, fixed when the stream is opened. */
    /* Reads up to `length` bytes: the count, 0 at end of input, or -1 with
     * errno set. NULL for a stream that cannot read. */
    long (*read)(struct __koito_file *file, char *data, size_t length);
    /* Writes up to `length` bytes; returns how many it wrote (fewer on
     * error, with errno set). */
    size_t (*write)(struct __koito_file *file, const char *data, size_t length);
    /* Moves the transport's position: the new position, or -1 with errno.
     * NULL for a stream that cannot seek. */
    long long (*seek)(struct __koito_file *file, long long offset, int whence);
    /* Releases the transport: 0, or EOF with errno. NULL if nothing to do. */
    int (*close)(struct __koito_file *file);
    int descriptor; /* of a file stream; -1 for others */
    void *cookie;   /* the state of a memory stream */

    /* The buffer; changed only by setvbuf(). */
    char *buffer;
    size_t capacity;
    int mode; /* _IOFBF, _IOLBF or _IONBF */
    unsigned flags;

    /* Guarded by the stream's lock. */
    size_t pending;   /* write mode: bytes in buffer not yet written */
    size_t read_next; /* read mode: buffer[read_next..read_end) is unread */
    size_t read_end;
    unsigned char unget[__KOITO_UNGET_MAX]; /* pushed-back bytes, last pushed on top */
    size_t unget_count;
    int orientation; /* fwide(): <0 byte, >0 wide, 0 not yet chosen */
    int error;       /* ferror() */
    int eof;         /* feof() */
    struct __koito_recursive_lock lock;

    /* Guarded by the open-stream list's lock. */
    struct __koito_file *previous;
    struct __koito_file *next;
};

/* Buffers `length` bytes for `file`, writing them out as its mode requires.
 * Returns `length`, or fewer on a write error (which also sets file->error). */
__KOITO_HIDDEN size_t __koito_file_write(FILE *file, const char *data, size_t length);

/* Writes out the pending bytes of `file`. Returns 0, or EOF on error. */
__KOITO_HIDDEN int __koito_file_flush(FILE *file);

/* Reads up to `length` bytes into `data`, from the pushed-back bytes, the
 * buffer, then the transport. Returns the count; fewer than `length` means
 * end of input (file->eof) or an error (file->error). */
__KOITO_HIDDEN size_t __koito_file_read(FILE *file, char *data, size_t length);

/* One byte of input, or EOF. */
__KOITO_HIDDEN int __koito_file_getc(FILE *file);

/* Ends read mode: gives unread bytes back to the transport (seeking back
 * over them) so its position is the stream's. Returns 0 or EOF. */
__KOITO_HIDDEN int __koito_file_drop_input(FILE *file);

/* The stream's position, or -1 with errno. */
__KOITO_HIDDEN long long __koito_file_tell(FILE *file);

/* Moves the stream's position (flushes, drops input, clears EOF). */
__KOITO_HIDDEN int __koito_file_seek(FILE *file, long long offset, int whence);

/* Parses an fopen() mode into stream flags and <fcntl.h> open flags;
 * returns -1 (errno EINVAL) for a bad mode. */
__KOITO_HIDDEN int __koito_file_mode(const char *mode, unsigned *stream_flags, int *open_flags);

/* Allocates a stream with a BUFSIZ buffer and no transport functions yet;
 * NULL (errno ENOMEM) if memory runs out. The caller sets the transport and
 * then calls __koito_file_list_add(). */
__KOITO_HIDDEN FILE *__koito_file_new(unsigned flags, int descriptor, void *cookie);

/* One wide character in the locale's multibyte encoding: the character, or
 * WEOF (errno EILSEQ if it cannot be encoded, or a write error). Makes the
 * stream wide-oriented if it was not oriented. */
__KOITO_HIDDEN unsigned int __koito_file_putwc(FILE *file, __WCHAR_TYPE__ character);

/* One wide character decoded from the stream's bytes, or WEOF: at the end of
 * input, on a read error, or (errno EILSEQ) on bytes that are not a
 * character in the locale. Makes the stream wide-oriented. */
__KOITO_HIDDEN unsigned int __koito_file_getwc(FILE *file);

/* The descriptor transport (through the OS port). */
__KOITO_HIDDEN long __koito_fd_read(FILE *file, char *data, size_t length);
__KOITO_HIDDEN size_t __koito_fd_write(FILE *file, const char *data, size_t length);
__KOITO_HIDDEN long long __koito_fd_seek(FILE *file, long long offset, int whence);
__KOITO_HIDDEN int __koito_fd_close(FILE *file);

/* The open-stream list. */
__KOITO_HIDDEN void __koito_file_list_add(FILE *file);
__KOITO_HIDDEN void __koito_file_list_remove(FILE *file);
/* Flushes every stream on the list; returns 0 or EOF if any failed. */
__KOITO_HIDDEN int __koito_file_list_flush(void);

static inline void __koito_file_lock(FILE *file)
{
    __koito_recursive_lock_take(&file->lock);
}

static inline void __koito_file_unlock(FILE *file)
{
    __koito_recursive_lock_release(&file->lock);
}

#endif

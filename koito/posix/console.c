/*
 * The console device's back end (KOITO POSIX server, koito/posix): what processes write to
 * /dev/console, /dev/tty and their standard descriptors 0, 1 and 2 goes out through the server's
 * own standard output, flushed at once, so it follows wherever init sends the server's output
 * (the console). Reading gives end of input: the server never waits for a line while other
 * processes wait for it (console input belongs to the console server's protocol until the
 * POSIX server reads it asynchronously).
 */
#include "posix_console.h"

#include <errno.h>
#include <stdio.h>

static long console_write(void *context, const uint8_t *data, size_t length)
{
    (void)context;
    size_t written = fwrite(data, 1, length, stdout);
    fflush(stdout);
    return written == 0 && length != 0 ? -EIO : (long)written;
}

static long console_read(void *context, uint8_t *data, size_t length)
{
    (void)context;
    (void)data;
    (void)length;
    return 0;
}

const struct vfs_console posix_console = {NULL, console_write, console_read};

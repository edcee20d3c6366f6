/*
 * The console device's back end (KOITO POSIX server, koito/posix): what processes write to
 * /dev/console, /dev/tty and their standard descriptors 0, 1 and 2 goes out through the server's
 * own standard output, flushed at once, so it follows wherever init sends the server's output
 * (the console). A write that leaves its line unfinished (a shell's prompt, a line editor's
 * redraw) is pushed out to the device too (tcdrain): the console server keeps unfinished lines
 * per client, and lets a reader's own ones out when it reads, but the reader's output is this
 * server's, so nothing else would show them before the next newline. Reading is not the server's:
 * the process reads the console server itself (VFS_CONSOLE_INPUT, the protocol's console_input
 * answer), so the server never waits for a person to type while other processes wait for it.
 */
#include "posix_console.h"

#include <errno.h>
#include <stdio.h>
#include <termios.h>
#include <unistd.h>

static long console_write(void *context, const uint8_t *data, size_t length)
{
    (void)context;
    size_t written = fwrite(data, 1, length, stdout);
    fflush(stdout);
    if (written != 0 && data[written - 1] != '\n')
        tcdrain(STDOUT_FILENO);
    return written == 0 && length != 0 ? -EIO : (long)written;
}

const struct vfs_console posix_console = {NULL, console_write};

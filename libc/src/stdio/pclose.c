/* pclose() (libc, stdio): popen() cannot start commands yet, so no stream
 * has a command to wait for: the stream is closed and pclose() fails with
 * ECHILD, POSIX's error for a status that cannot be obtained. */
#include <errno.h>
#include <stdio.h>

int pclose(FILE *stream)
{
    fclose(stream);
    errno = ECHILD;
    return -1;
}

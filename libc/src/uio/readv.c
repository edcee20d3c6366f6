/* readv() (libc, uio): reads into the buffers of a vector in order. Up to PIPE_BUF bytes in all
 * are one read, scattered after; more is a read per buffer. Only a regular file goes on to the
 * next buffer after a read that filled one: a pipe or terminal gives what it has now, so waiting
 * for more there would block a read that POSIX lets return. */
#include "uio_impl.h"
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static ssize_t readv_scattered(int descriptor, const struct iovec *vector, int count, size_t total)
{
    char buffer[PIPE_BUF];
    ssize_t got = read(descriptor, buffer, total);
    size_t at = 0;
    for (int i = 0; i < count && got > 0 && at < (size_t)got; i++) {
        size_t part = vector[i].iov_len < (size_t)got - at ? vector[i].iov_len : (size_t)got - at;
        memcpy(vector[i].iov_base, buffer + at, part);
        at += part;
    }
    return got;
}

ssize_t readv(int descriptor, const struct iovec *vector, int count)
{
    size_t total;
    if (__koito_iovec_total(vector, count, &total) != 0) {
        errno = EINVAL;
        return -1;
    }
    if (total <= PIPE_BUF)
        return readv_scattered(descriptor, vector, count, total);
    struct stat status;
    int regular = fstat(descriptor, &status) == 0 && S_ISREG(status.st_mode);
    ssize_t done = 0;
    for (int i = 0; i < count; i++) {
        if (vector[i].iov_len == 0)
            continue;
        ssize_t got = read(descriptor, vector[i].iov_base, vector[i].iov_len);
        if (got < 0)
            return done > 0 ? done : -1;
        done += got;
        if ((size_t)got < vector[i].iov_len || !regular)
            break;
    }
    return done;
}

/* writev() (libc, uio): writes the buffers of a vector in order. Up to PIPE_BUF bytes in all are
 * gathered and written at once, so that much goes into a pipe whole, as POSIX asks; more is a
 * write per buffer, stopping at the first that writes less than its buffer. */
#include "uio_impl.h"
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

ssize_t writev(int descriptor, const struct iovec *vector, int count)
{
    size_t total;
    if (__koito_iovec_total(vector, count, &total) != 0) {
        errno = EINVAL;
        return -1;
    }
    if (total <= PIPE_BUF) {
        char gathered[PIPE_BUF];
        size_t at = 0;
        for (int i = 0; i < count; i++) {
            memcpy(gathered + at, vector[i].iov_base, vector[i].iov_len);
            at += vector[i].iov_len;
        }
        return write(descriptor, gathered, total);
    }
    ssize_t done = 0;
    for (int i = 0; i < count; i++) {
        if (vector[i].iov_len == 0)
            continue;
        ssize_t wrote = write(descriptor, vector[i].iov_base, vector[i].iov_len);
        if (wrote < 0)
            return done > 0 ? done : -1;
        done += wrote;
        if ((size_t)wrote < vector[i].iov_len)
            break;
    }
    return done;
}

/* __koito_iovec_total() (libc, uio): checks a readv()/writev() vector and adds up its lengths,
 * refusing what POSIX makes EINVAL (a count outside 1..IOV_MAX, a sum past SSIZE_MAX). */
#include "uio_impl.h"
#include <limits.h>

int __koito_iovec_total(const struct iovec *vector, int count, size_t *total)
{
    if (count < 1 || count > IOV_MAX)
        return -1;
    size_t sum = 0;
    for (int i = 0; i < count; i++) {
        if (vector[i].iov_len > (size_t)SSIZE_MAX - sum)
            return -1;
        sum += vector[i].iov_len;
    }
    *total = sum;
    return 0;
}

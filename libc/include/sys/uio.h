/*
 * <sys/uio.h>: vectored I/O (libc, public header). readv() and writev() move
 * the bytes of several buffers in one call: up to PIPE_BUF bytes in all as
 * one read or write (so a writev() of that much to a pipe is atomic), more as
 * a read or write per buffer.
 */
#ifndef _SYS_UIO_H
#define _SYS_UIO_H

#define __KOITO_NEED_size_t
#define __KOITO_NEED_ssize_t
#include <bits/types.h>

struct iovec {
    void *iov_base; /* where the bytes are, or go */
    size_t iov_len; /* how many */
};

ssize_t readv(int descriptor, const struct iovec *vector, int count);
ssize_t writev(int descriptor, const struct iovec *vector, int count);

#endif

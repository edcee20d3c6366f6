/*
 * What readv() and writev() share (libc, internal): checking a vector and adding up its lengths.
 */
#ifndef _KOITO_UIO_IMPL_H
#define _KOITO_UIO_IMPL_H

#include "libc.h"
#include <sys/uio.h>

/* The sum of the vector's lengths in *total; -1 (the caller's EINVAL) for a count below 1 or
 * above IOV_MAX, or a sum past SSIZE_MAX. */
__KOITO_HIDDEN int __koito_iovec_total(const struct iovec *vector, int count, size_t *total);

#endif

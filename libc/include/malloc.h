/*
 * <malloc.h>: the allocator's extension beyond C (libc, public header), as
 * glibc and musl offer it: the usable size of an allocated block.
 */
#ifndef _MALLOC_H
#define _MALLOC_H

#include <stdlib.h>

size_t malloc_usable_size(void *pointer);

#endif

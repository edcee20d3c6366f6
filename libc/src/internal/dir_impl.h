/*
 * The DIR structure (libc, internal header): an open directory descriptor
 * and the entry readdir() returned last.
 */
#ifndef KOITO_LIBC_INTERNAL_DIR_IMPL_H
#define KOITO_LIBC_INTERNAL_DIR_IMPL_H

#include "libc.h"
#include <dirent.h>

struct __koito_dir {
    int descriptor;
    struct dirent entry;
};

/* A DIR that owns descriptor, an open directory; NULL (errno ENOMEM) without memory. */
__KOITO_HIDDEN DIR *__koito_dir_new(int descriptor);

#endif

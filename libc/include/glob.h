/*
 * <glob.h>: path names matching a pattern (libc, public header; POSIX).
 *
 * The flag and error values are glibc's.
 */
#ifndef _GLOB_H
#define _GLOB_H

#define __KOITO_NEED_size_t
#include <bits/types.h>

typedef struct {
    size_t gl_pathc; /* paths matched */
    char **gl_pathv; /* gl_offs null pointers, the paths, a null pointer */
    size_t gl_offs;  /* null pointers to reserve at the start (GLOB_DOOFFS) */
} glob_t;

#define GLOB_ERR      0x01 /* stop at a directory that cannot be read */
#define GLOB_MARK     0x02 /* append '/' to each directory */
#define GLOB_NOSORT   0x04 /* leave the paths in directory order */
#define GLOB_DOOFFS   0x08 /* reserve gl_offs null pointers */
#define GLOB_NOCHECK  0x10 /* no match: return the pattern itself */
#define GLOB_APPEND   0x20 /* add to the paths of a previous call */
#define GLOB_NOESCAPE 0x40 /* '\\' is an ordinary character */

#define GLOB_NOSPACE 1 /* out of memory */
#define GLOB_ABORTED 2 /* a directory could not be read (GLOB_ERR, or errfunc said stop) */
#define GLOB_NOMATCH 3 /* nothing matched */

int glob(const char *restrict pattern, int flags, int (*errfunc)(const char *path, int error),
         glob_t *restrict paths);
void globfree(glob_t *paths);

#endif

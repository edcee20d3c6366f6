/*
 * <limits.h>: sizes of integer types and POSIX limits (libc, public header).
 *
 * The integer limits come from the compiler's own <limits.h> (clang's
 * resource header, next on the include path); this header adds what POSIX
 * asks of the C library.
 */
#ifndef _KOITO_LIMITS_H
#define _KOITO_LIMITS_H

#define SSIZE_MAX  __INTPTR_MAX__
#define PATH_MAX   4096
#define NAME_MAX   255
#define PIPE_BUF   4096
#define PAGESIZE   4096
#define PAGE_SIZE  PAGESIZE
#define IOV_MAX    1024
#define LINE_MAX   2048
#define NL_ARGMAX  9
#define ATEXIT_MAX 32
#define TZNAME_MAX 6
#define SEM_VALUE_MAX __INT_MAX__

#define _POSIX_PATH_MAX 256
#define _POSIX_NAME_MAX 14
#define _POSIX_ARG_MAX  4096
#define _POSIX_SEM_VALUE_MAX 32767

/* Before the compiler's header, which defines MB_LEN_MAX 1 only when it is
 * not defined yet. */
#define MB_LEN_MAX 4

#endif

/* After the body and outside the guard: the body of the first copy on the
 * include path wins, and if an older copy sits later on the path (a staged
 * sysroot), it passes the request on in turn, so the compiler's header is
 * reached either way. */
#include_next <limits.h>

/*
 * <limits.h>: sizes of integer types and POSIX limits (libc, public header).
 *
 * The integer limits come from the compiler's own <limits.h> (clang's
 * resource header, next on the include path); this header adds what POSIX
 * asks of the C library.
 */
/* Outside the guard: if an older copy of this header sits later on the
 * include path (a staged sysroot), it passes the request on in turn, so the
 * compiler's header is reached either way. */
#include_next <limits.h>

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

#define _POSIX_PATH_MAX 256
#define _POSIX_NAME_MAX 14
#define _POSIX_ARG_MAX  4096

#ifndef MB_LEN_MAX
#define MB_LEN_MAX 4
#elif MB_LEN_MAX < 4
#undef MB_LEN_MAX
#define MB_LEN_MAX 4
#endif

#endif

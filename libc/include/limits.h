/*
 * <limits.h>: sizes of integer types and POSIX limits (libc, public header).
 *
 * The integer limits come from the compiler's own <limits.h> (clang's
 * resource header, next on the include path); this header adds what POSIX
 * asks of the C library.
 */
#ifndef _KOITO_LIMITS_H
#define _KOITO_LIMITS_H

#define SSIZE_MAX     __INTPTR_MAX__
#define PATH_MAX      4096
#define NAME_MAX      255
#define PIPE_BUF      4096
#define PAGESIZE      4096
#define PAGE_SIZE     PAGESIZE
#define IOV_MAX       1024
#define LINE_MAX      2048
#define NL_ARGMAX     9
#define ATEXIT_MAX    32
#define TZNAME_MAX    6
#define SEM_VALUE_MAX __INT_MAX__
#define RE_DUP_MAX    32767 /* glibc's; <regex.h> too */

/* POSIX's minimum values: what every conforming system allows at least (the
 * standard fixes each number; programs compare the real limits against them). */
#define _POSIX_AIO_LISTIO_MAX               2
#define _POSIX_AIO_MAX                      1
#define _POSIX_ARG_MAX                      4096
#define _POSIX_CHILD_MAX                    25
#define _POSIX_DELAYTIMER_MAX               32
#define _POSIX_HOST_NAME_MAX                255
#define _POSIX_LINK_MAX                     8
#define _POSIX_LOGIN_NAME_MAX               9
#define _POSIX_MAX_CANON                    255
#define _POSIX_MAX_INPUT                    255
#define _POSIX_MQ_OPEN_MAX                  8
#define _POSIX_MQ_PRIO_MAX                  32
#define _POSIX_NAME_MAX                     14
#define _POSIX_NGROUPS_MAX                  8
#define _POSIX_OPEN_MAX                     20
#define _POSIX_PATH_MAX                     256
#define _POSIX_PIPE_BUF                     512
#define _POSIX_RE_DUP_MAX                   255
#define _POSIX_RTSIG_MAX                    8
#define _POSIX_SEM_NSEMS_MAX                256
#define _POSIX_SEM_VALUE_MAX                32767
#define _POSIX_SIGQUEUE_MAX                 32
#define _POSIX_SSIZE_MAX                    32767
#define _POSIX_STREAM_MAX                   8
#define _POSIX_SYMLINK_MAX                  255
#define _POSIX_SYMLOOP_MAX                  8
#define _POSIX_THREAD_DESTRUCTOR_ITERATIONS 4
#define _POSIX_THREAD_KEYS_MAX              128
#define _POSIX_THREAD_THREADS_MAX           64
#define _POSIX_TIMER_MAX                    32
#define _POSIX_TTY_NAME_MAX                 9
#define _POSIX_TZNAME_MAX                   6
#define _POSIX_CLOCKRES_MIN                 20000000
#define _POSIX2_BC_BASE_MAX                 99
#define _POSIX2_BC_DIM_MAX                  2048
#define _POSIX2_BC_SCALE_MAX                99
#define _POSIX2_BC_STRING_MAX               1000
#define _POSIX2_CHARCLASS_NAME_MAX          14
#define _POSIX2_COLL_WEIGHTS_MAX            2
#define _POSIX2_EXPR_NEST_MAX               32
#define _POSIX2_LINE_MAX                    2048
#define _POSIX2_RE_DUP_MAX                  255
#define _XOPEN_IOV_MAX                      16
#define _XOPEN_NAME_MAX                     255
#define _XOPEN_PATH_MAX                     1024

/* Before the compiler's header, which defines MB_LEN_MAX 1 only when it is
 * not defined yet. */
#define MB_LEN_MAX 4

#endif

/* After the body and outside the guard: the body of the first copy on the
 * include path wins, and if an older copy sits later on the path (a staged
 * sysroot), it passes the request on in turn, so the compiler's header is
 * reached either way. */
#include_next <limits.h>

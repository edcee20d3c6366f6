/*
 * Shared type definitions of KOITO-libc's public headers (libc, public
 * header; not for direct inclusion).
 *
 * A header asks for exactly the types it may declare by defining
 * __KOITO_NEED_<type> before including this file, so every header declares
 * only the names the standards give it. Each type is defined once, guarded.
 */
#if defined(__KOITO_NEED_size_t) && !defined(__KOITO_DEFINED_size_t)
#define __KOITO_DEFINED_size_t
typedef __SIZE_TYPE__ size_t;
#endif

#if defined(__KOITO_NEED_ssize_t) && !defined(__KOITO_DEFINED_ssize_t)
#define __KOITO_DEFINED_ssize_t
typedef __INTPTR_TYPE__ ssize_t;
#endif

#if defined(__KOITO_NEED_off_t) && !defined(__KOITO_DEFINED_off_t)
#define __KOITO_DEFINED_off_t
typedef long long off_t;
#endif

#if defined(__KOITO_NEED_wchar_t) && !defined(__KOITO_DEFINED_wchar_t) && !defined(__cplusplus)
#define __KOITO_DEFINED_wchar_t
typedef __WCHAR_TYPE__ wchar_t;
#endif

#if defined(__KOITO_NEED_wint_t) && !defined(__KOITO_DEFINED_wint_t)
#define __KOITO_DEFINED_wint_t
typedef unsigned wint_t; /* unsigned, as in glibc and musl, so WEOF is above every character */
#endif

#if defined(__KOITO_NEED_mbstate_t) && !defined(__KOITO_DEFINED_mbstate_t)
#define __KOITO_DEFINED_mbstate_t
/* The state of a UTF-8 conversion that stopped inside a character: the bits
 * gathered so far and how many continuation bytes are still missing. */
typedef struct {
    unsigned __bits;
    unsigned __missing;
} mbstate_t;
#endif

#if defined(__KOITO_NEED_time_t) && !defined(__KOITO_DEFINED_time_t)
#define __KOITO_DEFINED_time_t
typedef long long time_t;
#endif

#if defined(__KOITO_NEED_clock_t) && !defined(__KOITO_DEFINED_clock_t)
#define __KOITO_DEFINED_clock_t
typedef long clock_t;
#endif

#if defined(__KOITO_NEED_struct_timespec) && !defined(__KOITO_DEFINED_struct_timespec)
#define __KOITO_DEFINED_struct_timespec
struct timespec {
    long long tv_sec;
    long tv_nsec;
};
#endif

#if defined(__KOITO_NEED_pid_t) && !defined(__KOITO_DEFINED_pid_t)
#define __KOITO_DEFINED_pid_t
typedef int pid_t;
#endif

#if defined(__KOITO_NEED_mode_t) && !defined(__KOITO_DEFINED_mode_t)
#define __KOITO_DEFINED_mode_t
typedef unsigned mode_t;
#endif

#if defined(__KOITO_NEED_locale_t) && !defined(__KOITO_DEFINED_locale_t)
#define __KOITO_DEFINED_locale_t
typedef struct __koito_locale *locale_t;
#endif

#if defined(__KOITO_NEED_dev_t) && !defined(__KOITO_DEFINED_dev_t)
#define __KOITO_DEFINED_dev_t
typedef unsigned long long dev_t;
#endif

#if defined(__KOITO_NEED_ino_t) && !defined(__KOITO_DEFINED_ino_t)
#define __KOITO_DEFINED_ino_t
typedef unsigned long long ino_t;
#endif

#if defined(__KOITO_NEED_nlink_t) && !defined(__KOITO_DEFINED_nlink_t)
#define __KOITO_DEFINED_nlink_t
typedef unsigned long nlink_t;
#endif

#if defined(__KOITO_NEED_uid_t) && !defined(__KOITO_DEFINED_uid_t)
#define __KOITO_DEFINED_uid_t
typedef unsigned uid_t;
typedef unsigned gid_t;
#endif

#if defined(__KOITO_NEED_blksize_t) && !defined(__KOITO_DEFINED_blksize_t)
#define __KOITO_DEFINED_blksize_t
typedef long blksize_t;
typedef long long blkcnt_t;
#endif

#if defined(__KOITO_NEED_useconds_t) && !defined(__KOITO_DEFINED_useconds_t)
#define __KOITO_DEFINED_useconds_t
typedef unsigned useconds_t;
typedef long suseconds_t;
#endif

#if defined(__KOITO_NEED_struct_timeval) && !defined(__KOITO_DEFINED_struct_timeval)
#define __KOITO_DEFINED_struct_timeval
struct timeval {
    long long tv_sec;
    long tv_usec;
};
#endif

/* _VA_LIST is the guard clang's <stdarg.h> uses for the same typedef. */
#if defined(__KOITO_NEED_va_list) && !defined(_VA_LIST)
#define _VA_LIST
typedef __builtin_va_list va_list;
#endif

#if defined(__KOITO_NEED_clockid_t) && !defined(__KOITO_DEFINED_clockid_t)
#define __KOITO_DEFINED_clockid_t
typedef int clockid_t;
#endif

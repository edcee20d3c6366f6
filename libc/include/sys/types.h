/* <sys/types.h>: POSIX system data types (libc, public header). */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#define __KOITO_NEED_size_t
#define __KOITO_NEED_ssize_t
#define __KOITO_NEED_off_t
#define __KOITO_NEED_pid_t
#define __KOITO_NEED_mode_t
#define __KOITO_NEED_time_t
#define __KOITO_NEED_clock_t
#define __KOITO_NEED_dev_t
#define __KOITO_NEED_ino_t
#define __KOITO_NEED_nlink_t
#define __KOITO_NEED_uid_t
#define __KOITO_NEED_blksize_t
#define __KOITO_NEED_useconds_t
#include <bits/types.h>

#endif

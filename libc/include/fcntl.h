/*
 * <fcntl.h>: file-opening flags (libc, public header), with Linux's values.
 * open() itself comes with the POSIX server; stdio already passes these
 * flags to the OS port.
 */
#ifndef _FCNTL_H
#define _FCNTL_H

#define __KOITO_NEED_mode_t
#define __KOITO_NEED_off_t
#define __KOITO_NEED_pid_t
#include <bits/types.h>

#define O_RDONLY    00
#define O_WRONLY    01
#define O_RDWR      02
#define O_ACCMODE   03
#define O_CREAT     0100
#define O_EXCL      0200
#define O_NOCTTY    0400
#define O_TRUNC     01000
#define O_APPEND    02000
#define O_NONBLOCK  04000
#define O_DIRECTORY 0200000
#define O_CLOEXEC   02000000

#endif

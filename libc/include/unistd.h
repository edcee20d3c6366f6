/*
 * <unistd.h>: POSIX system interface (libc, public header). So far it
 * declares getopt() and its variables; the file and process calls come with
 * the POSIX server (owned by the OS-port work).
 */
#ifndef _UNISTD_H
#define _UNISTD_H

#define __KOITO_NEED_size_t
#define __KOITO_NEED_ssize_t
#define __KOITO_NEED_off_t
#define __KOITO_NEED_pid_t
#include <bits/types.h>

#ifndef NULL
#define NULL ((void *)0)
#endif

#define STDIN_FILENO  0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

extern char *optarg;
extern int optind, opterr, optopt;
int getopt(int argc, char *const argv[], const char *options);

extern char **environ;

#endif

/*
 * The streams popen() opened (libc, internal header of stdio): one list, under one lock, that
 * pclose() finds a stream's child in and that every new popen() child closes the descriptors of,
 * as POSIX asks. popen() holds the lock from building its child's file actions until its own
 * stream is on the list, so two popen() calls in two threads never leak a pipe into each
 * other's child.
 */
#ifndef KOITO_LIBC_INTERNAL_POPEN_IMPL_H
#define KOITO_LIBC_INTERNAL_POPEN_IMPL_H

#include "libc.h"
#include "lock.h"
#include <stdio.h>
#include <sys/types.h>

struct __koito_popen {
    FILE *file;
    int descriptor;    /* the stream's end of the pipe */
    int close_on_exec; /* opened with "e": every spawned child closes it anyway */
    pid_t process;     /* the shell running the command */
    struct __koito_popen *next;
};

extern struct __koito_lock __koito_popen_lock __KOITO_HIDDEN;
extern struct __koito_popen *__koito_popen_streams __KOITO_HIDDEN;

#endif

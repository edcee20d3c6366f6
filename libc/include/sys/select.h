/*
 * <sys/select.h>: select() and pselect() (libc, public header), on poll()'s machinery: the
 * descriptor sets become one poll of the POSIX server. A set holds FD_SETSIZE descriptors; a
 * process has at most 64 open, so a descriptor at or past that is never open (EBADF).
 */
#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H

#include <signal.h>
#include <sys/types.h>
#define __KOITO_NEED_struct_timeval
#define __KOITO_NEED_struct_timespec
#include <bits/types.h>

#define FD_SETSIZE 1024

typedef struct {
    unsigned long fds_bits[FD_SETSIZE / (8 * sizeof(unsigned long))];
} fd_set;

#define __FD_WORD(d) ((unsigned)(d) / (8 * sizeof(unsigned long)))
#define __FD_BIT(d)  (1ul << ((unsigned)(d) % (8 * sizeof(unsigned long))))
#define FD_ZERO(set)                                                                               \
    do {                                                                                           \
        for (unsigned __i = 0; __i < FD_SETSIZE / (8 * sizeof(unsigned long)); __i++)              \
            (set)->fds_bits[__i] = 0;                                                              \
    } while (0)
#define FD_SET(d, set)   ((void)((set)->fds_bits[__FD_WORD(d)] |= __FD_BIT(d)))
#define FD_CLR(d, set)   ((void)((set)->fds_bits[__FD_WORD(d)] &= ~__FD_BIT(d)))
#define FD_ISSET(d, set) (((set)->fds_bits[__FD_WORD(d)] & __FD_BIT(d)) != 0)

/* Wait until a descriptor of the first count (0..FD_SETSIZE) in readable is readable (end of
 * file counts), one in writable writable (a pipe without a reader counts), or the timeout
 * passes (NULL: no limit); the sets keep only the ready ones, and the number of them comes back
 * (0 at the timeout). -1 with EBADF when a descriptor in a set is not open, EINVAL for count or
 * a timeout out of range. No descriptor has exceptional conditions: `exceptional` comes back
 * empty. select() leaves *timeout alone. */
int select(int count, fd_set *restrict readable, fd_set *restrict writable,
           fd_set *restrict exceptional, struct timeval *restrict timeout);
/* select() with a timespec and, when mask is not NULL, that signal mask in place while it waits
 * (swapped in and back with sigprocmask, not atomically; the wait does not end early when a
 * handler runs). */
int pselect(int count, fd_set *restrict readable, fd_set *restrict writable,
            fd_set *restrict exceptional, const struct timespec *restrict timeout,
            const sigset_t *restrict mask);

#endif

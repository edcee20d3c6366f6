/*
 * <poll.h>: waiting until descriptors are ready (libc, public header). poll() asks the POSIX
 * server which descriptors are ready now (the console's input, the console server) and, while
 * none is, waits on the process's events notification, which the server signals when a pipe
 * among them changes; the timeout goes through the timer service. Event bits have Linux's values.
 * Descriptors past the server's table (64 per process) are never open: POLLNVAL.
 */
#ifndef _POLL_H
#define _POLL_H

#define POLLIN     0x001 /* data may be read without waiting */
#define POLLPRI    0x002 /* urgent data: nothing here has any, never reported */
#define POLLOUT    0x004 /* data may be written without waiting */
#define POLLERR    0x008 /* a pipe's write end with no reader left (reported, never asked) */
#define POLLHUP    0x010 /* a pipe's read end with no writer left (reported, never asked) */
#define POLLNVAL   0x020 /* the descriptor is not open (reported, never asked) */
#define POLLRDNORM 0x040 /* as POLLIN */
#define POLLRDBAND 0x080 /* priority data: never reported */
#define POLLWRNORM 0x100 /* as POLLOUT */
#define POLLWRBAND 0x200 /* priority data: as POLLOUT */

typedef unsigned long nfds_t;

struct pollfd {
    int fd;        /* the descriptor; a negative one is skipped (revents 0) */
    short events;  /* what is asked: POLLIN, POLLOUT, ... */
    short revents; /* what is: the bits of events that hold, and POLLERR, POLLHUP, POLLNVAL */
};

/* Wait until one of count descriptors is ready or timeout milliseconds pass (0: do not wait,
 * negative: no limit). The number of entries with revents set, 0 at the timeout; -1 with
 * EINVAL for count past the process's descriptor limit (OPEN_MAX, 1024 with FD_SETSIZE) or
 * EFAULT for a NULL array with count > 0. */
int poll(struct pollfd *descriptors, nfds_t count, int timeout);

#endif

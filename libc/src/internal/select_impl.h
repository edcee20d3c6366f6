/*
 * What select() and pselect() share (libc, internal): the descriptor sets made one wait of the
 * OS port (__koito_sys_poll).
 */
#ifndef _KOITO_SELECT_IMPL_H
#define _KOITO_SELECT_IMPL_H

#include "port.h"
#include <sys/select.h>

/* select() with its timeout in nanoseconds (negative: no limit); the result or -1 and errno:
 * EINTR when a signal handler ran since `handled` was read from __koito_signal_handled. */
__KOITO_HIDDEN int __koito_select(int count, fd_set *readable, fd_set *writable,
                                  fd_set *exceptional, long long timeout, unsigned handled);

#endif

/*
 * In-process signals (libc, internal header of signal). Until the POSIX
 * server delivers signals, a signal exists only as raise() inside the
 * process; the handler table lives in src/signal/signal.c.
 */
#ifndef KOITO_LIBC_INTERNAL_SIGNAL_IMPL_H
#define KOITO_LIBC_INTERNAL_SIGNAL_IMPL_H

#include "libc.h"
#include <signal.h>

/* The handler installed for `number` (1 <= number < NSIG). */
__KOITO_HIDDEN void (*__koito_signal_handler(int number))(int);

#endif

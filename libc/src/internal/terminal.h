/*
 * Shared by the <termios.h> functions (libc, termios): the attributes a process set, kept by the
 * C library. The console server holds the one part that has an effect, the input mode (ICANON,
 * ECHO; port.h's __koito_sys_terminal_mode); a process without the console server keeps that
 * here too.
 */
#ifndef KOITO_LIBC_TERMINAL_H
#define KOITO_LIBC_TERMINAL_H

#include "port.h"
#include <termios.h>

__KOITO_HIDDEN struct termios *__koito_terminal(void);

/* -1 with errno ENOTSUP for a terminal, else with the reason it is not one (ENOTTY, EBADF). */
__KOITO_HIDDEN int __koito_terminal_unsupported(int descriptor);

/* Whether `speed` is one of the B* values. */
__KOITO_HIDDEN int __koito_speed_valid(speed_t speed);

#endif

/*
 * The interactive prompt of koito-sh (userland, shell): puts the terminal in
 * raw mode (termios, no echo, byte at a time) while a line is edited, draws
 * the line editor's state with ANSI escapes, and restores the mode before
 * the command runs.
 */
#ifndef KOITO_SH_TERMINAL_H
#define KOITO_SH_TERMINAL_H

#include "history.h"

#include <stdbool.h>

/* Reads one line after printing prompt. Returns a malloc'd line without its
 * newline, "" after ^C, or NULL at end of input. The line is added to
 * history by the caller. */
char *terminal_read_line(const char *prompt, const struct history *history);

#endif

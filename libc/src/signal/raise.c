/*
 * raise() (libc, signal): delivers a signal to the calling thread at once.
 * A handler runs before raise() returns; SIG_IGN does nothing; the default
 * action ignores SIGCHLD, SIGCONT, SIGURG and SIGWINCH, treats the stop
 * signals as ignored too (KOITO has no job control), and ends the program
 * for every other signal with status 128 + its number, as a shell reports
 * it.
 */
#include "port.h"
#include "signal_impl.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

static int ignored_by_default(int number)
{
    switch (number) {
    case SIGCHLD:
    case SIGCONT:
    case SIGURG:
    case SIGWINCH:
    case SIGSTOP:
    case SIGTSTP:
    case SIGTTIN:
    case SIGTTOU:
        return 1;
    default:
        return 0;
    }
}

int raise(int number)
{
    if (number <= 0 || number >= NSIG) {
        errno = EINVAL;
        return -1;
    }
    void (*handler)(int) = __koito_signal_handler(number);
    if (handler == SIG_IGN || (handler == SIG_DFL && ignored_by_default(number))) {
        return 0;
    }
    if (handler != SIG_DFL) {
        handler(number);
        return 0;
    }
    char message[48];
    snprintf(message, sizeof message, "koito: terminated by signal %d\n", number);
    __koito_console_message(message);
    _Exit(128 + number);
}

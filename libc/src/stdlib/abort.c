/*
 * abort(): end the program abnormally (libc, stdlib). A SIGABRT handler runs
 * first, as C asks; if it returns (or there is none), the program ends at
 * once, without atexit handlers or flushing, with status 125, the one KOITO
 * reports for abnormal ends.
 */
#include "port.h"
#include "signal_impl.h"
#include <stdlib.h>

_Noreturn void abort(void)
{
    void (*handler)(int) = __koito_signal_handler(SIGABRT);
    if (handler != SIG_DFL && handler != SIG_IGN) {
        handler(SIGABRT);
    }
    __koito_console_message("koito: abort() called\n");
    _Exit(125);
}

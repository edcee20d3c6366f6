/*
 * abort(): end the program abnormally (libc, stdlib). SIGABRT is unblocked and raised, so its
 * handler runs first, as C asks; if the handler returns (or the signal is ignored), the action
 * goes back to the default and SIGABRT is raised again: the program ends as killed by SIGABRT,
 * without atexit handlers or flushing.
 */
#include "port.h"
#include "signal_impl.h"
#include <stdlib.h>

_Noreturn void abort(void)
{
    sigset_t abort_only = __KOITO_SIGNAL_BIT(SIGABRT);
    sigprocmask(SIG_UNBLOCK, &abort_only, NULL);
    raise(SIGABRT);
    struct sigaction fallback = {.sa_handler = SIG_DFL};
    __koito_signal_set_action(SIGABRT, &fallback);
    __koito_signal_default_end(SIGABRT);
}

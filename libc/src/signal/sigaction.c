/* sigaction() (libc, signal): installs a handler in the same table signal()
 * uses and reports the previous one (see <signal.h> for what is honoured
 * while signals stay inside the process). */
#include "signal_impl.h"
#include <errno.h>
#include <signal.h>
#include <stddef.h>

int sigaction(int number, const struct sigaction *restrict action, struct sigaction *restrict old)
{
    if (number <= 0 || number >= NSIG || (action != NULL && (action->sa_flags & SA_SIGINFO))) {
        errno = EINVAL;
        return -1;
    }
    void (*previous)(int);
    if (action != NULL) {
        previous = signal(number, action->sa_handler);
        if (previous == SIG_ERR) {
            return -1;
        }
    } else {
        previous = __koito_signal_handler(number);
    }
    if (old != NULL) {
        *old = (struct sigaction){.sa_handler = previous};
    }
    return 0;
}

/*
 * The process's signal state and what a signal does (libc, signal); see signal_impl.h.
 */
#include "port.h"
#include "signal_impl.h"
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

static struct sigaction actions[NSIG];
static siginfo_t infos[NSIG];
sigset_t __koito_signal_pending;
/* Bumped by every change of an action, so __koito_signal_routes sends the newest. */
static unsigned routes_generation;

/* What the posix_spawn parent ignored stays ignored (POSIX), from before main() on: the actions
 * read SIG_IGN, as sigaction() reports them. The server drops those signals already. */
__attribute__((constructor)) static void signal_state_start(void)
{
    for (int number = 1; number < NSIG; number++) {
        if (__koito_signal_start_ignored & __KOITO_SIGNAL_BIT(number))
            actions[number].sa_handler = SIG_IGN;
    }
}

void __koito_signal_action(int number, struct sigaction *action)
{
    struct sigaction *entry = &actions[number];
    action->sa_handler = __atomic_load_n(&entry->sa_handler, __ATOMIC_ACQUIRE);
    action->sa_mask = __atomic_load_n(&entry->sa_mask, __ATOMIC_RELAXED);
    action->sa_flags = __atomic_load_n(&entry->sa_flags, __ATOMIC_RELAXED);
}

void (*__koito_signal_handler(int number))(int)
{
    return __atomic_load_n(&actions[number].sa_handler, __ATOMIC_ACQUIRE);
}

int __koito_signal_set_action(int number, const struct sigaction *action)
{
    struct sigaction *entry = &actions[number];
    __atomic_store_n(&entry->sa_mask, action->sa_mask & ~__KOITO_SIGNAL_FIXED, __ATOMIC_RELAXED);
    __atomic_store_n(&entry->sa_flags, action->sa_flags, __ATOMIC_RELAXED);
    __atomic_store_n(&entry->sa_handler, action->sa_handler, __ATOMIC_RELEASE);
    __atomic_fetch_add(&routes_generation, 1, __ATOMIC_ACQ_REL);
    return __koito_signal_routes();
}

int __koito_signal_default_ignored(int number)
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

int __koito_signal_routes(void)
{
    for (;;) {
        unsigned generation = __atomic_load_n(&routes_generation, __ATOMIC_ACQUIRE);
        sigset_t mask = __atomic_load_n(&__koito_signal_mask, __ATOMIC_ACQUIRE);
        sigset_t catching = 0, ignoring = 0, handling = 0;
        for (int number = 1; number < NSIG; number++) {
            void (*handler)(int) = __koito_signal_handler(number);
            sigset_t bit = __KOITO_SIGNAL_BIT(number);
            if (handler == SIG_IGN) {
                ignoring |= bit;
            } else if (handler != SIG_DFL) {
                catching |= bit;
                handling |= bit;
            } else if (mask & bit) {
                catching |= bit;
            }
        }
        int error = __koito_signal_port_routes(catching & ~__KOITO_SIGNAL_FIXED,
                                               ignoring & ~__KOITO_SIGNAL_FIXED, handling);
        if (error < 0 || __atomic_load_n(&routes_generation, __ATOMIC_ACQUIRE) == generation)
            return error;
    }
}

void __koito_signal_set_mask(sigset_t mask, sigset_t *old)
{
    sigset_t previous =
        __atomic_exchange_n(&__koito_signal_mask, mask & ~__KOITO_SIGNAL_FIXED, __ATOMIC_ACQ_REL);
    if (old != NULL)
        *old = previous;
    __atomic_fetch_add(&routes_generation, 1, __ATOMIC_ACQ_REL);
    __koito_signal_routes();
    __koito_signal_deliver();
}

void __koito_signal_queue(const siginfo_t *info)
{
    infos[info->si_signo] = *info;
    __atomic_fetch_or(&__koito_signal_pending, __KOITO_SIGNAL_BIT(info->si_signo),
                      __ATOMIC_RELEASE);
}

int __koito_signal_take(sigset_t allowed, siginfo_t *info)
{
    sigset_t pending = __atomic_load_n(&__koito_signal_pending, __ATOMIC_ACQUIRE);
    for (;;) {
        sigset_t ready = pending & allowed;
        if (ready == 0)
            return 0;
        int number = __builtin_ctzll(ready) + 1;
        sigset_t bit = __KOITO_SIGNAL_BIT(number);
        if (__atomic_compare_exchange_n(&__koito_signal_pending, &pending, pending & ~bit, 0,
                                        __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
            *info = infos[number];
            return number;
        }
    }
}

_Noreturn void __koito_signal_default_end(int number)
{
    /* The server ends the process as killed by the signal, so its parent sees WTERMSIG; it no
     * longer catches the signal once the routes say its action is the default one. */
    __koito_signal_routes();
    __koito_sys_kill(getpid(), number);
    /* A process the boot configuration started cannot be ended by the server. The message is
     * built by hand: snprintf would link the printf engine into every program that raises. */
    char message[] = "koito: terminated by signal 00\n";
    message[sizeof message - 4] = (char)('0' + number / 10);
    message[sizeof message - 3] = (char)('0' + number % 10);
    __koito_console_message(message);
    _Exit(128 + number);
}

void __koito_signal_dispatch(const siginfo_t *info)
{
    int number = info->si_signo;
    struct sigaction action;
    __koito_signal_action(number, &action);
    if (action.sa_handler == SIG_IGN)
        return;
    if (action.sa_handler == SIG_DFL) {
        if (!__koito_signal_default_ignored(number))
            __koito_signal_default_end(number);
        return;
    }
    sigset_t blocked = action.sa_mask;
    if (!(action.sa_flags & SA_NODEFER))
        blocked |= __KOITO_SIGNAL_BIT(number);
    sigset_t old =
        __atomic_fetch_or(&__koito_signal_mask, blocked & ~__KOITO_SIGNAL_FIXED, __ATOMIC_ACQ_REL);
    if (action.sa_flags & SA_RESETHAND) {
        struct sigaction reset = {.sa_handler = SIG_DFL};
        __koito_signal_set_action(number, &reset);
    }
    __atomic_fetch_add(&__koito_signal_handled, 1, __ATOMIC_ACQ_REL);
    if (!(action.sa_flags & SA_RESTART))
        __atomic_fetch_add(&__koito_signal_interrupting, 1, __ATOMIC_ACQ_REL);
    if (action.sa_flags & SA_SIGINFO) {
        siginfo_t copy = *info;
        action.sa_sigaction(number, &copy, NULL);
    } else {
        action.sa_handler(number);
    }
    __atomic_store_n(&__koito_signal_mask, old, __ATOMIC_RELEASE);
}

void __koito_signal_deliver(void)
{
    siginfo_t info;
    while (__koito_signal_take(~__atomic_load_n(&__koito_signal_mask, __ATOMIC_ACQUIRE), &info))
        __koito_signal_dispatch(&info);
}

/*
 * The process's signals (libc, internal header of signal): the portable core of delivery.
 *
 * The state lives in src/signal/__koito_signal_state.c: every action (the sigaction table), the
 * main thread's mask (the process has one, and handlers run on the main thread), the signals
 * pending in the process with what is known of each, and two counters of handlers run that the
 * blocking calls compare to tell an interrupted wait (EINTR) from a spurious wake-up. The port
 * (src/koito/__koito_signal_*.c) brings signals in from the POSIX server and runs them on the
 * main thread; here is what a signal then does. Every field is read and written atomically: a
 * handler may run between any two instructions of the main thread, so nothing here takes a lock.
 */
#ifndef KOITO_LIBC_INTERNAL_SIGNAL_IMPL_H
#define KOITO_LIBC_INTERNAL_SIGNAL_IMPL_H

#include "libc.h"
#include <signal.h>

#define __KOITO_SIGNAL_BIT(number) ((sigset_t)1 << ((number)-1))
/* SIGKILL and SIGSTOP: never caught, ignored or blocked. */
#define __KOITO_SIGNAL_FIXED       (__KOITO_SIGNAL_BIT(SIGKILL) | __KOITO_SIGNAL_BIT(SIGSTOP))

extern sigset_t __koito_signal_mask __KOITO_HIDDEN;
/* The signals the process started ignoring (its posix_spawn parent's; __koito_signal_start.c). */
extern sigset_t __koito_signal_start_ignored __KOITO_HIDDEN;
extern sigset_t __koito_signal_pending __KOITO_HIDDEN;
/* Handlers run, and those of them without SA_RESTART. */
extern unsigned __koito_signal_handled __KOITO_HIDDEN;
extern unsigned __koito_signal_interrupting __KOITO_HIDDEN;

/* The action of `number` (1 <= number < NSIG), read field by field. */
__KOITO_HIDDEN void __koito_signal_action(int number, struct sigaction *action);
/* The handler of `number` (its sa_handler or sa_sigaction, as a plain pointer). */
__KOITO_HIDDEN void (*__koito_signal_handler(int number))(int);
/* Install action for `number` and tell the POSIX server (__koito_signal_routes); 0 or -errno. */
__KOITO_HIDDEN int __koito_signal_set_action(int number, const struct sigaction *action);
/* Whether the default action of `number` is to ignore it (SIGCHLD, SIGCONT, SIGURG, SIGWINCH
 * and, without job control, the stop signals). */
__KOITO_HIDDEN int __koito_signal_default_ignored(int number);

/* Mark signal info->si_signo pending in the process, keeping info for its handler. */
__KOITO_HIDDEN void __koito_signal_queue(const siginfo_t *info);
/* Take the lowest pending signal of `allowed` into *info; its number, 0 if none. */
__KOITO_HIDDEN int __koito_signal_take(sigset_t allowed, siginfo_t *info);
/* What signal info->si_signo does now, on the main thread: its handler runs (with its mask and
 * flags), or nothing happens, or the process ends as killed by it. */
__KOITO_HIDDEN void __koito_signal_dispatch(const siginfo_t *info);
/* Dispatch every pending signal the mask does not block, lowest first (on the main thread). */
__KOITO_HIDDEN void __koito_signal_deliver(void);
/* Tell the POSIX server what the process does with each signal now: it catches those with a
 * handler and the blocked ones with the default action, it ignores those with SIG_IGN. 0 or
 * -errno. */
__KOITO_HIDDEN int __koito_signal_routes(void);
/* Set the main thread's mask (less SIGKILL and SIGSTOP), tell the server, and deliver what it
 * unblocked; the previous mask in *old if old is not NULL. */
__KOITO_HIDDEN void __koito_signal_set_mask(sigset_t mask, sigset_t *old);
/* End the process as killed by `number` (its default action), as its parent will see it. */
__KOITO_HIDDEN _Noreturn void __koito_signal_default_end(int number);

#endif

/*
 * Signals (KOITO POSIX server, koito/posix): what a process does with each signal, the signals
 * pending for it, and sending one; see posix_service.h.
 *
 * The server never interrupts a process itself. The C library tells it which signals the process
 * takes (catching: a handler is installed, or the signal is blocked) and which it ignores
 * (signal_routes). Sending a signal then:
 *  1. drops it when the process ignores it (SIG_IGN: nothing reaches the process);
 *  2. marks it pending when the process catches it, keeping who sent it (one of each signal is
 *     pending at most, as POSIX allows), and signals the process's signal notification (the
 *     signals request made it): the C library's signal thread wakes, takes the pending signals
 *     one by one (signal_next) and runs the handlers in the process;
 *  3. otherwise applies the default action: the signals ignored by default (SIGCHLD, SIGCONT,
 *     SIGURG, SIGWINCH) and the stop signals (there is no job control) change nothing, every other
 *     ends the process as killed by it (posix_process_end).
 * A signal that stops being caught while it is pending gets its new action at once, so a process
 * that blocked SIGTERM without a handler ends when it unblocks it.
 */
#include "posix_service.h"

#include <koito/objects.h>
#include <koito/slots.h>

#include <signal.h>
#include <string.h>

#define SIGNAL_BIT(signal) ((uint64_t)1 << ((signal)-1))

static bool signal_ignored_by_default(unsigned signal)
{
    switch (signal) {
    case SIGCHLD:
    case SIGCONT:
    case SIGURG:
    case SIGWINCH:
    case SIGTSTP:
    case SIGTTIN:
    case SIGTTOU:
        return true;
    default:
        return false;
    }
}

bool posix_signal_stops(uint64_t signal)
{
    return signal == SIGSTOP || signal == SIGTSTP || signal == SIGTTIN || signal == SIGTTOU;
}

/* The default action of signal for the process of record index; see posix_signal_send. */
static bool signal_default(struct posix_service *service, unsigned index, unsigned signal)
{
    if (signal_ignored_by_default(signal) || signal == SIGSTOP)
        return true;
    return posix_process_end(service, index, signal);
}

bool posix_signal_send(struct posix_service *service, unsigned index, unsigned signal,
                       const struct posix_signal_info *info)
{
    struct posix_signals *signals = &service->signals[index];
    uint64_t bit = SIGNAL_BIT(signal);
    if (service->life[index].ended || (signals->ignoring & bit) != 0)
        return true;
    if ((signals->catching & bit) == 0)
        return signal_default(service, index, signal);
    signals->pending |= bit;
    signals->info[signal - 1] = *info;
    if (service->signal_port[index] != 0)
        a9n_notification_port_signal(koito_slot(service->signal_port[index]));
    return true;
}

enum koito_posix_error posix_signals_request(void *context, uint64_t badge,
                                             a9n_descriptor_t *notification)
{
    struct posix_service *service = context;
    /* Signalled at once: signals may be pending from before the process had a copy. */
    return posix_record_notification(service, badge, service->signal_port, notification);
}

enum koito_posix_error posix_signal_routes_request(void *context, uint64_t badge, uint64_t catching,
                                                   uint64_t ignoring)
{
    struct posix_service *service = context;
    struct vfs_process *process = posix_service_process(service, badge);
    if (process == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    uint64_t fixed = SIGNAL_BIT(SIGKILL) | SIGNAL_BIT(SIGSTOP);
    if (((catching | ignoring) & fixed) != 0 || (catching & ignoring) != 0)
        return KOITO_POSIX_ERROR_EINVAL;
    unsigned index = (unsigned)(process - service->processes);
    struct posix_signals *signals = &service->signals[index];
    signals->catching = catching;
    signals->ignoring = ignoring;
    uint64_t released = signals->pending & ~catching;
    signals->pending &= catching;
    for (unsigned signal = 1; released != 0; signal++, released >>= 1) {
        if ((released & 1) != 0 && (ignoring & SIGNAL_BIT(signal)) == 0)
            signal_default(service, index, signal);
    }
    return KOITO_POSIX_OK;
}

enum koito_posix_error posix_signal_next_request(void *context, uint64_t badge, uint64_t *signal,
                                                 uint64_t *code, uint64_t *sender, uint64_t *value)
{
    struct posix_service *service = context;
    struct vfs_process *process = posix_service_process(service, badge);
    if (process == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    struct posix_signals *signals = &service->signals[process - service->processes];
    *signal = *code = *sender = *value = 0;
    if (signals->pending == 0)
        return KOITO_POSIX_OK;
    unsigned number = (unsigned)__builtin_ctzll(signals->pending) + 1;
    signals->pending &= ~SIGNAL_BIT(number);
    const struct posix_signal_info *info = &signals->info[number - 1];
    *signal = number;
    *code = info->code;
    *sender = info->sender;
    *value = info->value;
    return KOITO_POSIX_OK;
}

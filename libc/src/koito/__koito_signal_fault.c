/*
 * The main thread's faults as signals (libc, OS port): a SIGSEGV, SIGILL, SIGFPE, SIGBUS or
 * SIGSYS handler runs on the faulting main thread, and the faulting instruction runs again when
 * it returns.
 *
 * KOITO init receives every fault the memory manager cannot resolve. Once the process handles a
 * fault signal, init holds such a fault of the main thread for it, leaves the thread stopped and
 * signals the signal notification (init's fault.c). The signal thread then, woken:
 *  1. takes the held fault (KOITO_SUPERVISOR_FAULT) and makes its siginfo (<koito/fault.h>);
 *  2. if the signal has a handler and the mask does not block it, and the main thread is not
 *     inside a server call, claims the main thread (signal_call.h), suspends it (which ends its
 *     wait for the fault's reply), builds the handler's frame on its stack with the faulting
 *     instruction as the place to return to, lets go and resumes it;
 *  3. otherwise asks init to end the process as killed by the fault
 *     (KOITO_SUPERVISOR_FAULT_END), as if nobody caught it.
 * A handler that returns without fixing the cause faults again, and runs again (with SA_RESETHAND
 * or the signal blocked, that fault ends the process).
 */
#include "port.h"
#include "signal_call.h"
#include "signal_frame.h"
#include "signal_impl.h"
#include <a9n/a9n.h>
#include <koito/boot.h>
#include <koito/fault.h>
#include <koito/process.h>

static unsigned long long fault_signals_sent; /* what init was told last */

static uint64_t fault_supervisor_call(struct a9n_message *message)
{
    a9n_descriptor_t supervisor = a9n_descriptor_child(
        A9N_DESCRIPTOR_ROOT, koito_aux_value(KOITO_AUX_NODE_RADIX, 0), KOITO_SLOT_SUPERVISOR);
    if (a9n_ipc_port_call(supervisor, message) != A9N_OK)
        return A9N_ERROR_INVALID_ARGUMENT;
    return message->words[0];
}

void __koito_signal_fault_catch(unsigned long long handling)
{
    unsigned long long signals = handling & KOITO_FAULT_SIGNALS;
    if (signals == __atomic_load_n(&fault_signals_sent, __ATOMIC_ACQUIRE))
        return;
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(2, 0)};
    message.words[0] = KOITO_SUPERVISOR_FAULTS;
    message.words[1] = signals;
    if (fault_supervisor_call(&message) == A9N_OK)
        __atomic_store_n(&fault_signals_sent, signals, __ATOMIC_RELEASE);
}

/* Whether the suspended main thread stands at the fault's instruction: a signal's handler may
 * have run it on before the fault was taken, in which case it faults again if it must. */
static int fault_stands_at(a9n_descriptor_t thread, uint64_t ip)
{
    uint64_t r[8] = {0};
    return a9n_thread_read_registers(thread, A9N_X86_64_RIP, 1, &r[0], &r[1], &r[2], &r[3], &r[4],
                                     &r[5], &r[6], &r[7]) == A9N_OK &&
           r[0] == ip;
}

/* Step 2: whether the handler now runs on the main thread (or nothing needs to). */
static int fault_deliver(int number, const siginfo_t *info, uint64_t ip)
{
    void (*handler)(int) = __koito_signal_handler(number);
    sigset_t mask = __atomic_load_n(&__koito_signal_mask, __ATOMIC_ACQUIRE);
    if (handler == SIG_DFL || handler == SIG_IGN || (mask & __KOITO_SIGNAL_BIT(number)) != 0)
        return 0;
    /* The main thread stands still at the fault: nothing changes the word meanwhile. */
    int idle = __KOITO_CALL_IDLE;
    if (!__atomic_compare_exchange_n(&__koito_signal_main_call, &idle, __KOITO_CALL_CLAIMED, 0,
                                     __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
        return 0;
    a9n_descriptor_t thread = a9n_descriptor_child(
        A9N_DESCRIPTOR_ROOT, koito_aux_value(KOITO_AUX_NODE_RADIX, 0), KOITO_SLOT_THREAD);
    a9n_thread_suspend(thread);
    int built = !fault_stands_at(thread, ip) || __koito_signal_frame_build(thread, info) == 0;
    __atomic_store_n(&__koito_signal_main_call, __KOITO_CALL_IDLE, __ATOMIC_RELEASE);
    if (built)
        a9n_thread_resume(thread);
    return built;
}

void __koito_signal_fault_take(void)
{
    if (__atomic_load_n(&fault_signals_sent, __ATOMIC_ACQUIRE) == 0)
        return;
    /* Step 1. */
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(1, 0)};
    message.words[0] = KOITO_SUPERVISOR_FAULT;
    if (fault_supervisor_call(&message) != A9N_OK || message.words[1] == 0)
        return;
    struct koito_fault_signal signal = koito_fault_signal(&message.words[1]);
    siginfo_t info = {
        .si_signo = signal.number,
        .si_code = signal.code,
        .si_addr = (void *)(uintptr_t)signal.address,
    };
    if (fault_deliver(signal.number, &info, message.words[3]))
        return;
    /* Step 3: no reply comes. */
    message.info = A9N_MESSAGE_INFO(1, 0);
    message.words[0] = KOITO_SUPERVISOR_FAULT_END;
    fault_supervisor_call(&message);
}

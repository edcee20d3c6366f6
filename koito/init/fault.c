/*
 * Faults a process handles itself (KOITO init): a SIGSEGV, SIGILL, SIGFPE, SIGBUS or SIGSYS
 * handler that runs on the faulting main thread.
 *
 * Every fault ULMM cannot resolve, and every fault of a process without a session, reaches init
 * (supervisor.c, memory.c). Init cannot run the handler (it knows nothing of the process's
 * actions and mask) and must never wait for a process, so:
 *  1. the process's C library says which fault signals it catches (KOITO_SUPERVISOR_FAULTS), once
 *     its signal thread runs;
 *  2. a fault of a signal it catches, of its main thread (its saved instruction pointer is the
 *     fault's: a fault message does not say which thread faulted, and handlers run on the main
 *     thread only), is held: init keeps its words, signals the process's signal notification
 *     (KOITO_SLOT_SIGNALS) and leaves the thread stopped, without a reply;
 *  3. the signal thread takes it (KOITO_SUPERVISOR_FAULT) and either points the main thread at its
 *     handler and resumes it, or, when the signal is blocked or its handler gone, asks init to end
 *     the process as killed by that fault (KOITO_SUPERVISOR_FAULT_END);
 *  4. any other fault ends the process at once as before: one of another thread (the signal
 *     thread's own, while it writes the handler's frame below a bad stack pointer, among them),
 *     one that comes while another fault is held, one of a signal the process does not catch.
 *     The held fault coming again (the main thread ran a signal's handler first, then faulted
 *     anew at the same instruction) stays held.
 */
#include "init.h"

#include <a9n/arch/x86_64/registers.h>
#include <koito/fault.h>

/* Whether the process's main thread stands at the fault's instruction. */
static bool fault_of_main_thread(const struct init_process *process, const uint64_t *words)
{
    uint64_t r[8] = {0};
    if (a9n_thread_read_registers(init_process_slot(process, KOITO_SLOT_THREAD), A9N_X86_64_RIP, 1,
                                  &r[0], &r[1], &r[2], &r[3], &r[4], &r[5], &r[6], &r[7]) != A9N_OK)
        return false;
    return r[0] == words[2];
}

static bool fault_is_held(const struct init_process *process, const uint64_t *words)
{
    for (unsigned i = 0; i < 4; i++)
        if (process->fault[i] != words[i])
            return false;
    return process->fault_held;
}

void init_fault(struct init_process *process, const uint64_t *words)
{
    struct koito_fault_signal signal = koito_fault_signal(words);
    uint64_t bit = 1ull << (signal.number - 1);
    /* The held fault again: a signal's handler ran on the main thread before the signal thread
     * took the fault, and the instruction faulted anew. It stays held. */
    if (fault_is_held(process, words) && fault_of_main_thread(process, words))
        return;
    if (process->fault_held || (process->fault_signals & bit) == 0 ||
        !fault_of_main_thread(process, words)) {
        init_process_end(process, true, 0, process->fault_held ? process->fault : words);
        return;
    }
    for (unsigned i = 0; i < 4; i++)
        process->fault[i] = words[i];
    if (a9n_notification_port_signal(init_process_slot(process, KOITO_SLOT_SIGNALS)) != A9N_OK) {
        init_process_end(process, true, 0, words);
        return;
    }
    process->fault_held = true;
}

enum a9n_error init_fault_catch(struct init_process *process, uint64_t signals)
{
    if ((signals & ~(uint64_t)KOITO_FAULT_SIGNALS) != 0)
        return A9N_ERROR_INVALID_ARGUMENT;
    process->fault_signals = signals;
    return A9N_OK;
}

enum a9n_error init_fault_take(struct init_process *process, uint64_t words[4])
{
    for (unsigned i = 0; i < 4; i++)
        words[i] = process->fault_held ? process->fault[i] : 0;
    process->fault_held = false;
    return A9N_OK;
}

enum a9n_error init_fault_end(struct init_process *process)
{
    if (process->fault[0] == 0)
        return A9N_ERROR_INVALID_ARGUMENT;
    uint64_t words[4];
    for (unsigned i = 0; i < 4; i++)
        words[i] = process->fault[i];
    init_process_end(process, true, 0, words);
    return A9N_OK;
}

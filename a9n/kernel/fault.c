/*
 * Faults (portable core): a thread's exceptions, and kernel calls the kernel
 * does not know, go as a fault message (<a9n/fault.h>) to the IPC port in
 * the thread's resolver slot, as if the thread had called it; the thread
 * waits until the resolver replies. A thread without a resolver is reported
 * on the console and stopped; the kernel and every other thread carry on.
 */
#include <a9n/a9n.h>
#include <hal/context.h>
#include <kernel/entry.h>
#include <kernel/fault.h>
#include <kernel/ipc_port.h>
#include <kernel/print.h>
#include <kernel/sched.h>

bool fault_has_resolver(const struct thread *thread)
{
    return thread->resolver.capability.type == A9N_OBJECT_IPC_PORT;
}

bool fault_deliver(struct thread *thread, const uint64_t *words, unsigned length)
{
    for (unsigned i = 0; i < A9N_FAULT_MESSAGE_LENGTH; i++)
        thread->fault_message[i] = i < length ? words[i] : 0;
    thread->fault_length = A9N_FAULT_MESSAGE_LENGTH;
    return ipc_port_send_fault(thread);
}

_Noreturn void kernel_handle_user_fault(const struct hal_fault *fault)
{
    struct thread *thread = sched_current();
    uint64_t words[] = {
        fault->kind,
        fault->address,
        fault->instruction_pointer,
        fault->vector << 32 | (fault->error_code & 0xffffffffu),
    };
    if (fault_has_resolver(thread) &&
        fault_deliver(thread, words, sizeof(words) / sizeof(words[0])))
        sched_run();
    kprintf("a9n: user fault in thread '%s': %s (vector %lu, error code %lx) at ip %lx",
            thread->name, hal_fault_kind_name(fault->kind), fault->vector, fault->error_code,
            fault->instruction_pointer);
    if (fault->kind == HAL_FAULT_PAGE)
        kprintf(", address %lx", fault->address);
    kprintf("; thread stopped\n");
    hal_context_print(&thread->context);
    thread_stop(thread);
    sched_run();
}

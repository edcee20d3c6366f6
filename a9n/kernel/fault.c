/*
 * User faults (portable core). A thread that faults is reported on the
 * console and stopped; the kernel and every other thread carry on. (Fault
 * delivery to a resolver port comes with IPC.)
 */
#include <hal/context.h>
#include <kernel/entry.h>
#include <kernel/print.h>
#include <kernel/sched.h>

_Noreturn void kernel_handle_user_fault(const struct hal_fault *fault)
{
    struct thread *thread = sched_current();
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

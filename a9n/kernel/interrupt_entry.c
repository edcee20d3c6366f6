/*
 * An interrupt line fired (portable core): let its interrupt port signal its
 * notification, then run whoever is now the highest-priority thread.
 */
#include <kernel/entry.h>
#include <kernel/interrupt.h>
#include <kernel/sched.h>

_Noreturn void kernel_handle_interrupt(unsigned line)
{
    interrupt_line_fired(line);
    sched_run();
}

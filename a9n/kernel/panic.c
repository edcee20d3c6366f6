/*
 * Stopping the kernel (portable core); see include/kernel/panic.h.
 */
#include <cmdline.h>
#include <hal/hal.h>
#include <kernel/panic.h>
#include <kernel/print.h>
#include <stdbool.h>

static bool exit_emulator;

void panic_configure(const char *command_line)
{
    exit_emulator = cmdline_flag(command_line, "debug_exit");
}

static _Noreturn void stop(unsigned exit_value)
{
    if (exit_emulator)
        hal_debug_exit((uint8_t)exit_value);
    hal_halt();
}

_Noreturn void panic(const char *format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    kprintf("A9N PANIC: ");
    kvprintf(format, arguments);
    kprintf("\n");
    va_end(arguments);
    stop(KERNEL_EXIT_PANIC);
}

_Noreturn void kernel_halt(void)
{
    kprintf("a9n: no thread left to run; halting\n");
    stop(KERNEL_EXIT_HALTED);
}

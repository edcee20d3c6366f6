/*
 * The fault probe: a root program that commits the fault named by the
 * kernel command-line option `fault=<kind>`, so a test can check that the
 * kernel reports it, stops only this thread and survives. With no fault left
 * to run, a kernel booted with `debug_exit` then ends the emulator with its
 * "halted" status.
 */
#include <a9n/a9n.h>
#include <koito/boot.h>
#include <stdio.h>
#include <string.h>

static const char *requested_fault(void)
{
    const struct a9n_boot_info *info = koito_boot_info();
    const char *line = (const char *)info + info->command_line_offset;
    const char *option = "fault=";
    for (const char *p = line; *p; p++) {
        if ((p == line || p[-1] == ' ') && strncmp(p, option, strlen(option)) == 0)
            return p + strlen(option);
    }
    return "";
}

static int is(const char *requested, const char *kind)
{
    size_t length = strlen(kind);
    return strncmp(requested, kind, length) == 0 &&
           (requested[length] == 0 || requested[length] == ' ');
}

int main(void)
{
    const char *fault = requested_fault();
    printf("fault probe: committing '%s'\n", fault);
    fflush(stdout);
    if (is(fault, "invalid-instruction"))
        __asm__ volatile("ud2");
    if (is(fault, "null-read"))
        printf("%d\n", *(volatile int *)0);
    if (is(fault, "kernel-read"))
        printf("%d\n", *(volatile int *)0xffff800000000000ull);
    if (is(fault, "boot-info-write"))
        *(volatile uint64_t *)koito_boot_info() = 0;
    if (is(fault, "divide")) {
        volatile int zero = 0;
        printf("%d\n", 1 / zero);
    }
    if (is(fault, "privileged"))
        __asm__ volatile("cli");
    if (is(fault, "io-port")) /* COM1's line status: user mode has no port without a capability */
        __asm__ volatile("inb %%dx, %%al" : : "d"((uint16_t)0x3fd) : "rax");
    if (is(fault, "execute-stack")) {
        uint8_t code[16] = {0xc3}; /* ret */
        ((void (*)(void))(uintptr_t)code)();
    }
    printf("fault probe: unknown fault '%s'\n", fault);
    return 1;
}

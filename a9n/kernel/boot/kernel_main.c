/*
 * The portable kernel's start (portable core, boot-only): check what the boot
 * path handed over, bring up the machine through the HAL, build the root
 * server and run it.
 */
#include <boot_info_check.h>
#include <hal/hal.h>
#include <hal/vspace.h>
#include <kernel/boot_memory.h>
#include <kernel/frame_state.h>
#include <kernel/kernel_main.h>
#include <kernel/panic.h>
#include <kernel/print.h>
#include <kernel/root_program.h>
#include <kernel/sched.h>

static const char *boot_source_name(uint32_t source)
{
    return source == A9N_BOOT_SOURCE_UEFI ? "UEFI" : "PVH";
}

/* The per-frame W^X counts for all RAM (frame_state.h), taken before the
 * root server's memory so that it never becomes a generic. */
static void frame_state_setup(void)
{
    uint64_t frames = boot_memory_top() / HAL_PAGE_SIZE;
    uint64_t table = boot_memory_allocate_range(frames * sizeof(struct frame_state));
    if (!table)
        panic("no memory for the frame table (%lu frames)", frames);
    frame_state_init(hal_physical_to_virtual(table), frames);
}

_Noreturn void kernel_main(const struct a9n_boot_info *info, size_t available)
{
    kprintf("\nA9N microkernel %s (%s)\n", A9N_VERSION, A9N_ARCH);
    enum boot_info_error error = boot_info_check(info, available);
    if (error != BOOT_INFO_OK)
        panic("the boot info is unusable: %s", boot_info_error_string(error));
    const char *command_line = (const char *)info + info->command_line_offset;
    panic_configure(command_line);
    kprintf("a9n: booted by %s, command line \"%s\"\n", boot_source_name(info->boot_source),
            command_line);

    hal_cpu_init();
    kprintf("a9n: cpu protection: %s\n", hal_cpu_features());
    boot_memory_init(info);
    kprintf("a9n: memory: %lu MiB usable in %u regions\n", boot_memory_usable() >> 20,
            info->memory_map_count);
    hal_paging_init(boot_memory_top(), boot_memory_allocate);
    /* The framebuffer is the device memory the root server gets (root_cspace.c). */
    hal_direct_map_device(info->framebuffer.physical_base, info->framebuffer.size,
                          boot_memory_allocate);
    frame_state_setup();
    hal_timer_init(SCHED_TICK_US);
    root_program_build(info);
    sched_run();
}

/*
 * KOITO init: the first process, which the kernel starts as its root program (KOITO, koito/init).
 *
 * 1. Check the boot information and the root info the kernel passed (read defensively: every
 *    offset/count pair is checked against its blob's size before use).
 * 2. Set up init's own capability space (init.h) and its supervisor port.
 * 3. Read the boot configuration, etc/koito.conf in the initrd (koito/config); report each error
 *    and keep the sections without any.
 * 4. Start the memory manager (role = memory) and wait until it is ready (memory.c): from then on
 *    it holds the general memory but init's reserve, and every process gets a ULMM session.
 * 5. Start the console server (streams.c) if one is configured, then every configured program
 *    that does not wait for a request, each of its instances.
 * 6. Release the initrd when nothing can start a program from it any more (reclaim.c): ULMM gets
 *    its memory.
 * 7. Supervise (supervisor.c) until the init program ends (role = init) or nothing runs.
 * 8. End the system with the init program's status (KOITO_INIT_STATUS_KILLED if it was killed),
 *    0 if there was none; KOITO_INIT_STATUS_SYSTEM_FAILURE if the system could not run at all.
 *    As the kernel's root program, returning from main ends the QEMU run with that status.
 */
#include "init.h"

#include <cpio_newc.h>
#include <koito/boot.h>
#include <stdio.h>

#define INIT_CONFIG_PATH "etc/koito.conf"

static int main_system_failure(const char *why)
{
    printf("koito: system failure: %s\n", why);
    return KOITO_INIT_STATUS_SYSTEM_FAILURE;
}

static bool main_boot_info_valid(const struct a9n_boot_info *info)
{
    return info != NULL && info->magic == A9N_BOOT_INFO_MAGIC &&
           info->version == A9N_BOOT_INFO_VERSION && info->size >= sizeof *info &&
           info->size <= A9N_BOOT_INFO_MAX_SIZE;
}

static void main_report_config(void)
{
    for (unsigned i = 0; i < init.config.error_count; i++)
        printf("koito: %s\n", init.config.errors[i]);
    if (init.config.errors_dropped != 0)
        printf("koito: %s: %u more errors\n", INIT_CONFIG_PATH, init.config.errors_dropped);
}

/* 4: returns false if the init program could not start. */
static bool main_start_programs(void)
{
    bool init_program_started = true;
    for (unsigned i = 0; i < init.config.program_count; i++) {
        const struct koito_config_program *program = &init.config.programs[i];
        if (program->on_request || program->is_console || program->is_memory)
            continue;
        for (unsigned instance = 0; instance < program->instances; instance++) {
            uint32_t pid = init_process_start(i, instance, 0);
            if (pid == 0 && program->is_init)
                init_program_started = false;
        }
    }
    return init_program_started;
}

int main(void)
{
    const struct a9n_boot_info *boot = koito_boot_info();
    init.root = koito_root_info();

    printf("KOITO init: starting the system\n");
    if (!main_boot_info_valid(boot))
        return main_system_failure("no valid boot information");
    if (init.root == NULL || init.root->version != A9N_ROOT_INFO_VERSION)
        return main_system_failure("no valid root info");
    init_boot_report(boot);
    init.initrd = (const uint8_t *)(uintptr_t)init.root->initrd_address;
    init.initrd_size = init.root->initrd_size;
    if (init_cspace_setup() != A9N_OK)
        return main_system_failure("cannot set up init's capability space");
    init_clock_setup(boot->tsc_frequency_hz); /* reads the CMOS clock through init's slots */

    struct cpio_entry file;
    enum cpio_error error = cpio_find(init.initrd, init.initrd_size, INIT_CONFIG_PATH, &file);
    if (error != CPIO_OK) {
        printf("koito: %s: %s\n", INIT_CONFIG_PATH,
               error == CPIO_ERROR_NOT_FOUND ? "not in the initrd" : cpio_error_string(error));
        return main_system_failure("no boot configuration");
    }
    koito_config_parse(&init.config, INIT_CONFIG_PATH, (const char *)file.data, file.size);
    main_report_config();
    printf("koito: %u programs configured, %llu KiB free\n", init.config.program_count,
           (unsigned long long)(init_free_memory() >> 10));

    if (!init_memory_start())
        return main_system_failure("the memory manager cannot start");
    init_console_start();
    if (!main_start_programs())
        return main_system_failure("the init program cannot start");
    init_reclaim_boot_memory();
    init_supervise();
    if (init.memory_lost)
        return main_system_failure("the memory manager ended");
    if (init.init_program_ended)
        return init.init_program_status;
    printf("koito: no program left to run\n");
    return 0;
}

/*
 * The C half of the program start-up code (libc, OS port; called by
 * crt/x86_64/crt0.S with the kernel's three entry arguments).
 */
#include "port.h"
#include <stddef.h>
#include <stdlib.h>

/* Bounds of the constructor list, defined by the SDK's koito.ld. */
extern void (*const __koito_init_array_start[])(void) __KOITO_HIDDEN;
extern void (*const __koito_init_array_end[])(void) __KOITO_HIDDEN;

int main(int argc, char **argv);

const struct a9n_boot_info *__koito_boot_info_pointer;
void *__koito_ipc_buffer_pointer;
const struct a9n_root_info *__koito_root_info_pointer;

_Noreturn void __koito_start(const struct a9n_boot_info *boot_info, void *ipc_buffer,
                             const struct a9n_root_info *root_info)
{
    /* No arguments yet: C still wants argv[argc] to be a null pointer. */
    static char *argv[] = {NULL};

    __koito_boot_info_pointer = boot_info;
    __koito_ipc_buffer_pointer = ipc_buffer;
    __koito_root_info_pointer = root_info;
    for (size_t i = 0; __koito_init_array_start + i < __koito_init_array_end; i++) {
        __koito_init_array_start[i]();
    }
    exit(main(0, argv));
}

/*
 * The C half of the program start-up code (libc, OS port; called by crt/x86_64/crt0.S with the
 * four registers the program was entered with).
 *
 * A process started by KOITO init gets rcx = its information block (<koito/process.h>): argc,
 * argv, the environment and the auxiliary vector. The kernel's root program gets rdi = the
 * boot-info blob and rdx = the root info (<a9n/root_info.h>) instead, and rcx = 0. Either way the
 * main thread's TLS block is set up (its FS base points at its thread control block, which also
 * holds its IPC buffer) before constructors and main() run.
 *
 * POSIX lets a program change its argument and environment strings in place (strtok on argv[1],
 * a name rewritten in argv[0]); the information block is mapped read-only, so both lists are
 * copied onto this function's stack frame, which lasts until exit. Init bounds them (a
 * posix_spawn's strings are at most sysconf(_SC_ARG_MAX), 9,456 bytes, and 512 pointers), so the
 * copy takes a few pages of the main stack at most.
 */
#include "port.h"
#include "signal_call.h"
#include "signal_impl.h"
#include <a9n/a9n.h>
#include <koito/process.h>
#include <stddef.h>
#include <stdlib.h>

/* Bounds of the constructor list, defined by the SDK's koito.ld. */
extern void (*const __koito_init_array_start[])(void) __KOITO_HIDDEN;
extern void (*const __koito_init_array_end[])(void) __KOITO_HIDDEN;

extern char **environ;

int main(int argc, char **argv, char **envp);

const struct a9n_boot_info *__koito_boot_info_pointer;
const struct a9n_root_info *__koito_root_info_pointer;
const struct koito_process_info *__koito_process_info_pointer;

/* The bytes a writable copy of a NULL-ended string list takes (its pointers, then its strings,
 * rounded up to a pointer's alignment); its length in *count. */
static size_t start_list_size(char *const *list, size_t *count)
{
    size_t bytes = 0, n = 0;
    for (; list != NULL && list[n] != NULL; n++) {
        for (const char *text = list[n]; *text != '\0'; text++)
            bytes++;
        bytes++; /* its NUL */
    }
    *count = n;
    return (n + 1) * sizeof(char *) + ((bytes + 7) & ~(size_t)7);
}

/* Copy the list's count strings into area (start_list_size's bytes): the copy's pointers. */
static char **start_list_copy(char *const *list, size_t count, void *area)
{
    char **pointers = area;
    char *text = (char *)(pointers + count + 1);
    for (size_t i = 0; i < count; i++) {
        pointers[i] = text;
        const char *from = list[i];
        while ((*text++ = *from++) != '\0')
            ;
    }
    pointers[count] = NULL;
    return pointers;
}

static int start_valid_process(const struct koito_process_info *info)
{
    return info != NULL && info->magic == KOITO_PROCESS_INFO_MAGIC &&
           info->version == KOITO_PROCESS_INFO_VERSION;
}

/* The descriptor of the main thread's own capability, in either kind of start. */
static a9n_descriptor_t start_thread_descriptor(void)
{
    if (__koito_process_info_pointer != NULL)
        return a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, koito_aux_value(KOITO_AUX_NODE_RADIX, 0),
                                    KOITO_SLOT_THREAD);
    if (__koito_root_info_pointer != NULL)
        return a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, __koito_root_info_pointer->node_radix,
                                    A9N_ROOT_SLOT_THREAD);
    return A9N_DESCRIPTOR_INVALID;
}

_Noreturn void __koito_start(const struct a9n_boot_info *boot_info, void *ipc_buffer,
                             const struct a9n_root_info *root_info,
                             const struct koito_process_info *process_info)
{
    static char *no_arguments[] = {NULL};
    int argc = 0;
    char **argv = no_arguments;

    __koito_signal_main_buffer = ipc_buffer;
    __koito_boot_info_pointer = boot_info;
    __koito_root_info_pointer = root_info;
    if (start_valid_process(process_info)) {
        __koito_process_info_pointer = process_info;
        size_t argument_count, environment_count;
        size_t argument_bytes = start_list_size(process_info->argv, &argument_count);
        size_t environment_bytes = start_list_size(process_info->envp, &environment_count);
        char *area = __builtin_alloca(argument_bytes + environment_bytes);
        argc = (int)argument_count;
        argv = start_list_copy(process_info->argv, argument_count, area);
        environ = start_list_copy(process_info->envp, environment_count, area + argument_bytes);
        /* The mask and ignored signals posix_spawn gave: the POSIX server already catches (holds
         * pending) the blocked signals and drops the ignored ones, so the routes start from
         * there; the signal state applies the ignored ones to its actions (SIG_IGN). */
        __koito_signal_mask = (sigset_t)koito_aux_value(KOITO_AUX_SIGNAL_MASK, 0);
        __koito_signal_start_ignored = (sigset_t)koito_aux_value(KOITO_AUX_SIGNAL_IGNORED, 0);
        __koito_signal_port_ignoring = __koito_signal_start_ignored;
        __koito_signal_port_catching = __koito_signal_mask & ~__koito_signal_start_ignored;
        __koito_memory_session = a9n_descriptor_child(
            A9N_DESCRIPTOR_ROOT, koito_aux_value(KOITO_AUX_NODE_RADIX, 0), KOITO_SLOT_MEMORY);
        __koito_os_start();
    }
    /* KOITO_SLOT_THREAD and A9N_ROOT_SLOT_THREAD are the same slot. */
    if (__koito_tls_start_main(start_thread_descriptor(), KOITO_SLOT_THREAD, ipc_buffer) != 0) {
        __koito_console_message("koito: cannot set the main thread's TLS base\n");
        _Exit(KOITO_INIT_PROGRAM_STATUS_MAX);
    }
    for (size_t i = 0; __koito_init_array_start + i < __koito_init_array_end; i++) {
        __koito_init_array_start[i]();
    }
    exit(main(argc, argv, environ));
}

/*
 * Processes for the POSIX servers (KOITO init): the two supervisor requests only a POSIX server
 * (role = posix) may make, each for the processes it serves, so that posix_spawn() and kill()
 * need no authority in the programs that call them (<koito/process.h>):
 *   KOITO_SUPERVISOR_START  start a program from a file of the initrd, given by its offset and
 *                           size in the archive (the server found it through its VFS, whose root
 *                           is the same initrd), with the arguments and environment the request
 *                           carries. The child is built with the memory, priority and streams of
 *                           the configured program its POSIX parent runs (so the parent's server
 *                           serves it too; the parent must be one the asking server serves), a
 *                           ULMM session whose quota the parent pays (memory.c), and no grants: it
 *                           reaches the system through its OS port only; it starts with the
 *                           signal mask and ignored signals the request gives. The server is its
 *                           spawner (it collects the end with KOITO_SUPERVISOR_WAIT); the parent's
 *                           KOITO_SLOT_CHILDREN is signalled too when it ends.
 *   KOITO_SUPERVISOR_END    end one of the server's children at once, as killed (a signal's
 *                           default action; the server knows which signal).
 * START answers A9N_ERROR_WRONG_TYPE when the loader refuses the file (ENOEXEC to the caller),
 * A9N_ERROR_NOT_ENOUGH_MEMORY when the process cannot be built, A9N_ERROR_INVALID_ARGUMENT for a
 * malformed request. START's strings come through memory, not the message: the server writes
 * them into its spawn area (KOITO_SPAWN_AREA_ADDRESS, frames of the server's own memory that
 * posix.c mapped for it), which init maps read-only in its own window too. Nothing in a request
 * is trusted: the file must lie inside the initrd, the strings are copied out of the area before
 * anything reads them (the server could change them meanwhile) and must be exactly
 * 1 + argc + envc NUL-terminated ones filling the byte count the message carries.
 */
#include "init.h"

#include <koito/protocol/posix.h>
#include <string.h>

/* What one spawn carries, as the POSIX protocol says (the server answers E2BIG past it). */
#define SPAWN_STRINGS_MAX KOITO_POSIX_SPAWN_STRINGS_MAX
#define SPAWN_ARGS_MAX    KOITO_POSIX_SPAWN_ARGUMENTS_MAX
_Static_assert(SPAWN_STRINGS_MAX <= KOITO_SPAWN_AREA_SIZE, "the strings fit the spawn area");
_Static_assert(KOITO_SUPERVISOR_START_WORDS <= A9N_MESSAGE_REGISTERS,
               "the request is all in the message registers");

static char spawn_strings[SPAWN_STRINGS_MAX];
static const char *spawn_pointers[SPAWN_ARGS_MAX + 1];

/* Split the request's strings (path, argv, envp) into spawn_pointers; false if they are not
 * exactly count NUL-terminated strings. */
static bool spawn_split(uint64_t length, uint64_t count)
{
    uint64_t found = 0;
    uint64_t start = 0;
    for (uint64_t i = 0; i < length; i++) {
        if (spawn_strings[i] != 0)
            continue;
        if (found == count)
            return false;
        spawn_pointers[found++] = &spawn_strings[start];
        start = i + 1;
    }
    return found == count && start == length;
}

static const char *spawn_base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash != NULL ? slash + 1 : path;
}

enum a9n_error init_posix_start(const struct init_process *asker, const struct a9n_message *message,
                                uint32_t *pid)
{
    if (!init.config.programs[asker->program].is_posix)
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    const uint64_t *words = message->words;
    uint64_t offset = words[2], size = words[3], argc = words[4] & UINT32_MAX,
             envc = words[4] >> 32, length = words[5], mask = words[6], ignored = words[7];
    struct init_process *parent =
        words[1] <= UINT32_MAX ? init_process_find((uint32_t)words[1]) : NULL;
    if (parent == NULL || !init_posix_serves(asker, parent))
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    if (offset > init.initrd_size || size > init.initrd_size - offset || length == 0 ||
        length > SPAWN_STRINGS_MAX || argc == 0 || argc > SPAWN_ARGS_MAX ||
        envc > SPAWN_ARGS_MAX - argc ||
        A9N_MESSAGE_LENGTH(message->info) != KOITO_SUPERVISOR_START_WORDS)
        return A9N_ERROR_INVALID_ARGUMENT;
    memcpy(spawn_strings, (const void *)(uintptr_t)init_posix_spawn_window(asker), length);
    if (!spawn_split(length, 1 + argc + envc))
        return A9N_ERROR_INVALID_ARGUMENT;
    spawn_pointers[1 + argc + envc] = NULL;
    const struct init_launch launch = {
        .path = spawn_pointers[0],
        .file = init.initrd + offset,
        .size = size,
        .argc = (unsigned)argc,
        .argv = &spawn_pointers[1],
        .envc = (unsigned)envc,
        .envp = &spawn_pointers[1 + argc],
        .grant_count = 0,
        .posix_parent = parent->pid,
        .signal_mask = mask,
        .signal_ignored = ignored,
    };
    bool refused = false;
    *pid = init_process_launch(parent->program, 0, asker->pid, spawn_base_name(launch.path),
                               &launch, &refused);
    if (*pid != 0)
        return A9N_OK;
    return refused ? A9N_ERROR_WRONG_TYPE : A9N_ERROR_NOT_ENOUGH_MEMORY;
}

enum a9n_error init_posix_end(const struct init_process *asker, uint64_t pid)
{
    if (!init.config.programs[asker->program].is_posix)
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    struct init_process *target = pid <= UINT32_MAX ? init_process_find((uint32_t)pid) : NULL;
    if (target == NULL || target->spawner != asker->pid)
        return A9N_ERROR_INVALID_ARGUMENT;
    init_process_end(target, true, 0, NULL);
    return A9N_OK;
}

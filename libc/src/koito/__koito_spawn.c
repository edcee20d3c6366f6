/*
 * __koito_spawn() (libc, OS port): posix_spawn()'s request to the POSIX server. The request
 * (<koito/posix_spawn.h>: header, file actions, strings) is written into the process's shared
 * buffer, which it must fit (E2BIG otherwise): strings within sysconf(_SC_ARG_MAX) always do,
 * whatever the file actions. The server answers with the child's id or an errno value (E2BIG
 * for strings past the limit that still fit).
 */
#include "port.h"
#include "signal_impl.h"
#include "spawn_impl.h"
#include <errno.h>
#include <koito/posix_spawn.h>
#include <koito/protocol/posix.h>
#include <stdbool.h>
#include <string.h>

_Static_assert(__KOITO_ARG_MAX == KOITO_POSIX_SPAWN_STRINGS_MAX,
               "sysconf(_SC_ARG_MAX) is what a spawn carries");
_Static_assert(sizeof(struct koito_posix_spawn_header) +
                       KOITO_POSIX_SPAWN_ACTIONS_MAX * sizeof(struct koito_posix_spawn_action) +
                       KOITO_POSIX_SPAWN_PATHS_MAX + KOITO_POSIX_SPAWN_STRINGS_MAX <=
                   KOITO_POSIX_BUFFER_SIZE,
               "strings within the limit fit the shared buffer with any file actions");

_Static_assert(__KOITO_SPAWN_OPEN == KOITO_POSIX_SPAWN_ACTION_OPEN &&
                   __KOITO_SPAWN_CLOSE == KOITO_POSIX_SPAWN_ACTION_CLOSE &&
                   __KOITO_SPAWN_DUP2 == KOITO_POSIX_SPAWN_ACTION_DUP2 &&
                   __KOITO_SPAWN_DESCRIPTORS == KOITO_POSIX_DESCRIPTORS_MAX &&
                   POSIX_SPAWN_ACTIONS_MAX == KOITO_POSIX_SPAWN_ACTIONS_MAX &&
                   POSIX_SPAWN_PATHS_MAX == KOITO_POSIX_SPAWN_PATHS_MAX,
               "<spawn.h> and spawn_impl.h agree with the POSIX protocol");

struct spawn_writer {
    unsigned char *buffer;
    size_t used;
    bool full;
};

static void spawn_put(struct spawn_writer *w, const void *data, size_t size)
{
    if (w->full || size > KOITO_POSIX_BUFFER_SIZE - w->used) {
        w->full = true;
        return;
    }
    memcpy(w->buffer + w->used, data, size);
    w->used += size;
}

static void spawn_string(struct spawn_writer *w, const char *text)
{
    spawn_put(w, text, strlen(text) + 1);
}

/* An action that gives the child a signal set (bit n-1 for signal n), split in two halves. */
static void spawn_signals(struct spawn_writer *w, uint32_t kind, sigset_t set)
{
    struct koito_posix_spawn_action action = {
        .kind = kind,
        .open_flags = (uint32_t)set,
        .mode = (uint32_t)((uint64_t)set >> 32),
    };
    spawn_put(w, &action, sizeof action);
}

static unsigned spawn_count(char *const list[])
{
    unsigned count = 0;
    while (list != NULL && list[count] != NULL)
        count++;
    return count;
}

/* The attributes posix_spawn() can honour (<spawn.h>); 0 or ENOTSUP. */
static int spawn_attributes(const posix_spawnattr_t *attr)
{
    if (attr == NULL)
        return 0;
    if (attr->__flags & (POSIX_SPAWN_SETSCHEDPARAM | POSIX_SPAWN_SETSCHEDULER))
        return ENOTSUP;
    if ((attr->__flags & POSIX_SPAWN_SETPGROUP) && attr->__group < 0)
        return EINVAL;
    return 0;
}

int __koito_spawn(pid_t *process, const char *path, const posix_spawn_file_actions_t *actions,
                  const posix_spawnattr_t *attr, char *const argv[], char *const envp[])
{
    if (path == NULL || argv == NULL || argv[0] == NULL)
        return path == NULL ? EFAULT : EINVAL;
    int error = spawn_attributes(attr);
    if (error != 0)
        return error;
    unsigned action_count = actions != NULL ? actions->__count : 0;
    /* POSIX_SPAWN_SETPGROUP, the child's signal mask and the signals it ignores travel as one
     * more action each, after the file actions. The mask is POSIX_SPAWN_SETSIGMASK's, else the
     * parent's; what the parent ignores stays ignored unless POSIX_SPAWN_SETSIGDEF names it
     * (caught signals start at their default: a new program has no handlers). */
    bool group = attr != NULL && (attr->__flags & POSIX_SPAWN_SETPGROUP);
    sigset_t blocked = attr != NULL && (attr->__flags & POSIX_SPAWN_SETSIGMASK)
                           ? attr->__mask
                           : __atomic_load_n(&__koito_signal_mask, __ATOMIC_ACQUIRE);
    sigset_t ignored = __atomic_load_n(&__koito_signal_port_ignoring, __ATOMIC_ACQUIRE);
    if (attr != NULL && (attr->__flags & POSIX_SPAWN_SETSIGDEF))
        ignored &= ~attr->__default;
    bool mask = blocked != 0, ignore = ignored != 0;
    if (action_count + group + mask + ignore > KOITO_POSIX_SPAWN_ACTIONS_MAX)
        return ENOMEM;
    struct koito_posix_spawn_header header = {
        .argc = spawn_count(argv),
        .envc = spawn_count(envp),
        .action_count = action_count + group + mask + ignore,
    };
    unsigned char *buffer = __koito_os_buffer_acquire();
    if (buffer == NULL)
        return ENOSYS;
    struct spawn_writer w = {.buffer = buffer, .used = sizeof header};
    for (unsigned i = 0; i < action_count; i++) {
        struct koito_posix_spawn_action action = {
            .kind = (uint32_t)actions->__actions[i].__kind,
            .descriptor = actions->__actions[i].__descriptor,
            .target = actions->__actions[i].__target,
            .open_flags = (uint32_t)actions->__actions[i].__flags,
            .mode = actions->__actions[i].__mode,
        };
        spawn_put(&w, &action, sizeof action);
    }
    if (group) {
        struct koito_posix_spawn_action action = {
            .kind = KOITO_POSIX_SPAWN_ACTION_GROUP,
            .descriptor = attr->__group,
        };
        spawn_put(&w, &action, sizeof action);
    }
    if (mask)
        spawn_signals(&w, KOITO_POSIX_SPAWN_ACTION_MASK, blocked);
    if (ignore)
        spawn_signals(&w, KOITO_POSIX_SPAWN_ACTION_IGNORE, ignored);
    size_t strings = w.used;
    spawn_string(&w, path);
    for (unsigned i = 0; i < header.argc; i++)
        spawn_string(&w, argv[i]);
    for (unsigned i = 0; i < header.envc; i++)
        spawn_string(&w, envp[i]);
    for (unsigned i = 0; i < action_count; i++) {
        if (actions->__actions[i].__kind == __KOITO_SPAWN_OPEN)
            spawn_string(&w, actions->__paths + actions->__actions[i].__path);
    }
    uint64_t child = 0;
    if (w.full) {
        error = E2BIG;
    } else {
        header.strings_size = (uint32_t)(w.used - strings);
        memcpy(buffer, &header, sizeof header);
        error = -__koito_os_error(koito_posix_spawn(__koito_os_port(), w.used, &child));
    }
    __koito_os_buffer_release();
    if (error == 0 && process != NULL)
        *process = (pid_t)child;
    return error;
}

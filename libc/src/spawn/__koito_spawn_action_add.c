/* __koito_spawn_action_add() (libc, spawn): see spawn_impl.h. Descriptors are checked here as
 * POSIX asks (EBADF when negative or not below OPEN_MAX), and again by the server. */
#include "spawn_impl.h"
#include <errno.h>
#include <string.h>

int __koito_spawn_action_add(posix_spawn_file_actions_t *actions, int kind, int descriptor,
                             int target, int flags, unsigned mode, const char *path)
{
    if (descriptor < 0 || descriptor >= __KOITO_SPAWN_DESCRIPTORS || target < 0 ||
        target >= __KOITO_SPAWN_DESCRIPTORS)
        return EBADF;
    if (actions->__count == POSIX_SPAWN_ACTIONS_MAX)
        return ENOMEM;
    unsigned offset = actions->__paths_used;
    if (path != NULL) {
        size_t length = strlen(path) + 1;
        if (length > sizeof actions->__paths - offset)
            return ENOMEM;
        memcpy(actions->__paths + offset, path, length);
        actions->__paths_used += (unsigned)length;
    }
    unsigned index = actions->__count++;
    actions->__actions[index].__kind = kind;
    actions->__actions[index].__descriptor = descriptor;
    actions->__actions[index].__target = target;
    actions->__actions[index].__flags = flags;
    actions->__actions[index].__mode = mode;
    actions->__actions[index].__path = offset;
    return 0;
}

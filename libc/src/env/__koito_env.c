/* The environment's shared state and helpers (libc, env); see env_impl.h.
 * environ itself is defined with the start-up code (src/koito/environ.c),
 * which points it at the program's environment. */
#include "env_impl.h"
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct __koito_lock __koito_env_lock;

/* The array this library owns once the environment changed, and its room. */
static char **owned;
static size_t owned_room;

size_t __koito_env_find(const char *name, size_t length)
{
    size_t i = 0;
    for (; environ[i] != NULL; i++) {
        if (strncmp(environ[i], name, length) == 0 && environ[i][length] == '=') {
            break;
        }
    }
    return i;
}

int __koito_env_store(size_t index, char *entry)
{
    size_t count = 0;
    while (environ[count] != NULL) {
        count++;
    }
    size_t needed = (index == count ? count + 1 : count) + 1;
    if (environ != owned || needed > owned_room) {
        size_t room = needed < 16 ? 16 : needed * 2;
        char **grown = malloc(room * sizeof *grown);
        if (grown == NULL) {
            return -1;
        }
        memcpy(grown, environ, (count + 1) * sizeof *grown);
        if (environ == owned) {
            free(owned);
        }
        environ = owned = grown;
        owned_room = room;
    }
    environ[index] = entry;
    if (index == count) {
        environ[count + 1] = NULL;
    }
    return 0;
}

void __koito_env_remove(size_t index)
{
    for (; environ[index] != NULL; index++) {
        environ[index] = environ[index + 1];
    }
}

int __koito_env_name_ok(const char *name)
{
    return name != NULL && name[0] != '\0' && strchr(name, '=') == NULL;
}

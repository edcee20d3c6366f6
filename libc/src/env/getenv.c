/* getenv() (libc, env): the value of a variable, or NULL. */
#include "env_impl.h"
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *getenv(const char *name)
{
    size_t length = strlen(name);
    if (length == 0 || strchr(name, '=') != NULL) {
        return NULL;
    }
    size_t i = __koito_env_find(name, length);
    return environ[i] != NULL ? environ[i] + length + 1 : NULL;
}

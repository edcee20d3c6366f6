/* setenv() (libc, env): add or (if `overwrite`) replace a variable; EINVAL
 * for an empty name or one with '=', ENOMEM when memory runs out. */
#include "env_impl.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int setenv(const char *name, const char *value, int overwrite)
{
    if (!__koito_env_name_ok(name)) {
        errno = EINVAL;
        return -1;
    }
    size_t name_length = strlen(name);
    size_t value_length = strlen(value);
    char *entry = malloc(name_length + value_length + 2);
    if (entry == NULL) {
        return -1;
    }
    memcpy(entry, name, name_length);
    entry[name_length] = '=';
    memcpy(entry + name_length + 1, value, value_length + 1);

    __koito_lock_take(&__koito_env_lock);
    size_t index = __koito_env_find(name, name_length);
    int stored = 0;
    int result = 0;
    if (environ[index] == NULL || overwrite) {
        result = __koito_env_store(index, entry);
        stored = result == 0;
    }
    __koito_lock_release(&__koito_env_lock);
    if (!stored) {
        free(entry);
    }
    return result;
}

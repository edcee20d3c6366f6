/* putenv() (libc, env): put the caller's "name=value" string itself into the
 * environment (later changes to the string show); a string without '='
 * removes the variable, as glibc does. */
#include "env_impl.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int putenv(char *string)
{
    char *equals = strchr(string, '=');
    if (equals == string) {
        errno = EINVAL;
        return -1;
    }
    if (equals == NULL) {
        return unsetenv(string);
    }
    __koito_lock_take(&__koito_env_lock);
    int result = __koito_env_store(__koito_env_find(string, (size_t)(equals - string)), string);
    __koito_lock_release(&__koito_env_lock);
    return result;
}

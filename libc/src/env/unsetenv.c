/* unsetenv() (libc, env): remove a variable (every copy of it); EINVAL for
 * an empty name or one with '='. */
#include "env_impl.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int unsetenv(const char *name)
{
    if (!__koito_env_name_ok(name)) {
        errno = EINVAL;
        return -1;
    }
    size_t length = strlen(name);
    __koito_lock_take(&__koito_env_lock);
    size_t index;
    while (environ[index = __koito_env_find(name, length)] != NULL) {
        __koito_env_remove(index);
    }
    __koito_lock_release(&__koito_env_lock);
    return 0;
}

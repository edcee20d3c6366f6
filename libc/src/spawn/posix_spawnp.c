/* posix_spawnp() (libc, spawn): as posix_spawn(), but a file without a slash is looked for in
 * the directories of the caller's PATH (default "/bin:/usr/bin"), as execvp() does: a
 * directory where it is missing (ENOENT, ENOTDIR) or not executable (EACCES, reported if
 * nothing else is found) is passed over. */
#include "spawn_impl.h"
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

int posix_spawnp(pid_t *restrict process, const char *restrict file,
                 const posix_spawn_file_actions_t *actions, const posix_spawnattr_t *restrict attr,
                 char *const argv[restrict], char *const envp[restrict])
{
    if (file == NULL || *file == 0)
        return ENOENT;
    if (strchr(file, '/') != NULL)
        return __koito_spawn(process, file, actions, attr, argv, envp);
    const char *path = getenv("PATH");
    if (path == NULL)
        path = "/bin:/usr/bin";
    size_t file_length = strnlen(file, NAME_MAX + 1);
    if (file_length > NAME_MAX)
        return ENAMETOOLONG;
    int error = ENOENT;
    bool denied = false;
    char candidate[PATH_MAX];
    for (const char *start = path;; start++) {
        const char *end = start;
        while (*end != 0 && *end != ':')
            end++;
        size_t length = (size_t)(end - start);
        if (length + 1 + file_length < sizeof candidate) {
            memcpy(candidate, start, length);
            /* An empty entry means the working directory. */
            size_t at = length;
            if (length != 0 && candidate[length - 1] != '/')
                candidate[at++] = '/';
            memcpy(candidate + at, file, file_length + 1);
            error = __koito_spawn(process, candidate, actions, attr, argv, envp);
            if (error == EACCES)
                denied = true;
            else if (error != ENOENT && error != ENOTDIR)
                return error;
        }
        if (*end == 0)
            break;
        start = end;
    }
    return denied ? EACCES : error;
}

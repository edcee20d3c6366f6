/*
 * popen() (libc, stdio): runs command with the shell (`/bin/koito-sh -c command`, spawned) and
 * returns a stream on a pipe to it: mode "r" reads what the command writes to its descriptor 1,
 * "w" writes to its descriptor 0; an "e" after the letter marks the stream's descriptor
 * close-on-exec. The child gets the other end of the pipe as that descriptor and nothing else
 * of it: the pipe is made close-on-exec, and the child closes the descriptors of every other
 * popen() stream still open (popen_impl.h). EINVAL for another mode; the errors of pipe, malloc
 * and posix_spawn (a missing shell: ENOENT) otherwise, with nothing left open or running.
 * Without "e" the stream's descriptor is inherited by what the caller spawns later, as on
 * Linux; at most POSIX_SPAWN_ACTIONS_MAX - 1 such streams can be open at once (ENOMEM beyond).
 */
#include "popen_impl.h"
#include "spawn_impl.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

/* Whether mode is "r", "w", "re" or "we"; *reading and *close_on_exec say which. */
static int popen_mode(const char *mode, int *reading, int *close_on_exec)
{
    if (mode == NULL || (mode[0] != 'r' && mode[0] != 'w'))
        return 0;
    *reading = mode[0] == 'r';
    *close_on_exec = mode[1] == 'e';
    return mode[1] == 0 || (mode[1] == 'e' && mode[2] == 0);
}

/* Start the shell with end as its descriptor target; the caller holds __koito_popen_lock. 0 or
 * an errno value. */
static int popen_start(pid_t *process, const char *command, int end, int target)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    int error = posix_spawn_file_actions_adddup2(&actions, end, target);
    for (struct __koito_popen *open = __koito_popen_streams; open != NULL && error == 0;
         open = open->next) {
        if (!open->close_on_exec)
            error = posix_spawn_file_actions_addclose(&actions, open->descriptor);
    }
    if (error == 0)
        error = __koito_shell_spawn(process, command, &actions, NULL);
    posix_spawn_file_actions_destroy(&actions);
    return error;
}

FILE *popen(const char *command, const char *mode)
{
    int reading, close_on_exec;
    if (command == NULL || !popen_mode(mode, &reading, &close_on_exec)) {
        errno = EINVAL;
        return NULL;
    }
    struct __koito_popen *entry = malloc(sizeof *entry);
    if (entry == NULL)
        return NULL;
    int ends[2];
    if (pipe2(ends, O_CLOEXEC) != 0) {
        free(entry);
        return NULL;
    }
    int mine = reading ? ends[0] : ends[1];
    int theirs = reading ? ends[1] : ends[0];
    FILE *file = fdopen(mine, reading ? "r" : "w");
    if (file == NULL) {
        int error = errno;
        close(ends[0]);
        close(ends[1]);
        free(entry);
        errno = error;
        return NULL;
    }
    *entry = (struct __koito_popen){file, mine, close_on_exec, -1, NULL};
    __koito_lock_take(&__koito_popen_lock);
    int error = popen_start(&entry->process, command, theirs, reading ? 1 : 0);
    if (error == 0) {
        if (!close_on_exec)
            fcntl(mine, F_SETFD, 0);
        entry->next = __koito_popen_streams;
        __koito_popen_streams = entry;
    }
    __koito_lock_release(&__koito_popen_lock);
    close(theirs);
    if (error != 0) {
        fclose(file);
        free(entry);
        errno = error;
        return NULL;
    }
    return file;
}

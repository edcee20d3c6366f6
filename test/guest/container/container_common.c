/*
 * What both trees of the container suite do the same way (test/guest/container; see
 * container.h): start the worker, talk to it through pipes, wait for it.
 */
#include "container.h"

#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int container_spawn(pid_t *pid, const char *what, const char *argument, int in, int out)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (in >= 0)
        posix_spawn_file_actions_adddup2(&actions, in, 0);
    if (out >= 0)
        posix_spawn_file_actions_adddup2(&actions, out, 1);
    char *argv[] = {"worker", (char *)what, (char *)argument, NULL};
    char *envp[] = {NULL};
    int error = posix_spawn(pid, WORKER, &actions, NULL, argv, envp);
    posix_spawn_file_actions_destroy(&actions);
    return error;
}

int container_echo(int to_worker, int from_worker, const char *text)
{
    size_t length = strlen(text);
    if (write(to_worker, text, length) != (ssize_t)length)
        return 0;
    char back[128] = {0};
    size_t got = 0;
    while (got < length && got < sizeof back) {
        ssize_t count = read(from_worker, back + got, sizeof back - got);
        if (count <= 0)
            return 0;
        got += (size_t)count;
    }
    return got == length && memcmp(back, text, length) == 0;
}

int container_wait(pid_t pid)
{
    int status = 0;
    return waitpid(pid, &status, 0) == pid ? status : -1;
}

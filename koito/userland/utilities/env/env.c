/*
 * env: runs a program in a changed environment, or prints the environment
 * (userland utility; POSIX). -i starts from an empty environment, -u NAME
 * removes a variable, NAME=VALUE sets one. The program starts with
 * posix_spawnp (KOITO has no exec in place: env waits for it and exits with
 * its status, 127 if it was not found, 126 if it could not run).
 */
#include <errno.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

int main(int argc, char **argv)
{
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
        if (strcmp(argv[i], "-i") == 0) {
            static char *empty[] = {NULL};
            environ = empty;
        } else if (strcmp(argv[i], "-u") == 0 && i + 1 < argc) {
            unsetenv(argv[++i]);
        } else if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        } else {
            fprintf(stderr, "env: invalid option '%s'\n", argv[i]);
            return 125;
        }
    }
    if (i < argc && strcmp(argv[i], "-") == 0) {
        static char *empty[] = {NULL};
        environ = empty;
        i++;
    }
    for (; i < argc && strchr(argv[i], '='); i++) {
        /* putenv keeps the argument itself, which lives as long as env. */
        if (putenv(argv[i]) != 0) {
            fprintf(stderr, "env: cannot set '%s': %s\n", argv[i], strerror(errno));
            return 125;
        }
    }
    if (i == argc) {
        for (char **entry = environ; *entry; entry++)
            puts(*entry);
        return fflush(stdout) == 0 ? 0 : 125;
    }
    fflush(stdout);
    pid_t pid;
    int error = posix_spawnp(&pid, argv[i], NULL, NULL, argv + i, environ);
    if (error != 0) {
        fprintf(stderr, "env: '%s': %s\n", argv[i], strerror(error));
        return error == ENOENT ? 127 : 126;
    }
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            fprintf(stderr, "env: waiting for '%s': %s\n", argv[i], strerror(errno));
            return 125;
        }
    }
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

/*
 * The child the leak check runs a thousand times (test/guest/leak): argv[1] is the run's number
 * k. It creates and writes files in /tmp (past the message registers, so through the shared
 * buffer), appends to a shared one, makes a pipe and starts a grandchild (this program with
 * argv[1] "grandchild", which reads its standard input to the end), then ends as k % 4 says:
 *   0  cleanly: everything closed, its file removed, the grandchild waited for; exit 0
 *   1  exit 3 with every descriptor still open and the grandchild unwaited
 *   2  tell the driver it is ready (descriptor 1) and wait on descriptor 0 to be killed
 *   3  fault (a write through a null pointer) with everything open
 */
#include <fcntl.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char block[5000];

static int drain(int fd)
{
    char piece[64];
    ssize_t count;
    while ((count = read(fd, piece, sizeof piece)) > 0)
        continue;
    return count == 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "grandchild") == 0)
        return drain(0);
    if (argc != 2)
        return 99;
    int k = atoi(argv[1]);
    char name[32];
    snprintf(name, sizeof name, "/tmp/leak-%d", k % 7);
    memset(block, 'a' + k % 26, sizeof block);
    int file = open(name, O_RDWR | O_CREAT | O_TRUNC, 0600);
    int shared = open("/tmp/leak-shared", O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (file < 0 || shared < 0 || write(file, block, sizeof block) != (ssize_t)sizeof block ||
        pread(file, block, sizeof block, 0) != (ssize_t)sizeof block ||
        write(shared, "one more run\n", 13) != 13)
        return 98;
    int ends[2];
    if (pipe2(ends, O_CLOEXEC) != 0)
        return 97;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, ends[0], 0);
    char *child_argv[] = {"leak-child", "grandchild", NULL};
    char *envp[] = {NULL};
    pid_t grandchild;
    if (posix_spawn(&grandchild, "/bin/leak-child", &actions, NULL, child_argv, envp) != 0)
        return 96;
    posix_spawn_file_actions_destroy(&actions);
    close(ends[0]);
    if (write(ends[1], "data", 4) != 4)
        return 95;
    switch (k % 4) {
    case 0: {
        close(ends[1]);
        close(file);
        close(shared);
        unlink(name);
        int status;
        return waitpid(grandchild, &status, 0) == grandchild && WIFEXITED(status) &&
                       WEXITSTATUS(status) == 0
                   ? 0
                   : 94;
    }
    case 1:
        return 3;
    case 2:
        if (write(1, "ready", 5) != 5)
            return 93;
        return drain(0) + 92; /* the driver kills it before its input ends */
    default:
        *(volatile int *)(uintptr_t)argc = 0; /* argc is 2: an address nothing maps */
        return 91;
    }
}

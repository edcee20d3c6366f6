/*
 * The child that the POSIX server suite's process tests start with posix_spawn
 * (test/guest/posix/processes.c); argv[1] says what it does:
 *   exit N       exit with status N
 *   args         write its arguments and environment to descriptor 1, one per line
 *   fds          write "d:" for every descriptor d below 16 that is open, then "\n", to 1
 *   ppid         write its parent's id to descriptor 1
 *   segv, ill, fpe   fault (bad pointer, invalid instruction, division by zero)
 *   kill-parent  try to kill its parent: exit with the errno value kill() gave, 0 if none
 *   spin         run until killed
 *   spawn-spin   start a spinning child of its own, write its id to 1, then spin
 * Any other request: exit status 99.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

static void spin(void)
{
    for (;;)
        getpid(); /* a request at a time: the server stays free for the others */
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return 98;
    const char *request = argv[1];
    if (strcmp(request, "exit") == 0 && argc > 2)
        return atoi(argv[2]);
    if (strcmp(request, "args") == 0) {
        for (int i = 0; i < argc; i++)
            dprintf(1, "%s\n", argv[i]);
        for (char **e = environ; *e != NULL; e++)
            dprintf(1, "%s\n", *e);
        return 0;
    }
    if (strcmp(request, "fds") == 0) {
        for (int d = 0; d < 16; d++) {
            if (fcntl(d, F_GETFD) >= 0)
                dprintf(1, "%d:", d);
        }
        dprintf(1, "\n");
        return 0;
    }
    if (strcmp(request, "ppid") == 0) {
        dprintf(1, "%d", (int)getppid());
        return 0;
    }
    if (strcmp(request, "segv") == 0)
        return *(volatile int *)8;
    if (strcmp(request, "ill") == 0)
        __asm__ volatile("ud2");
    if (strcmp(request, "fpe") == 0) {
        volatile int zero = 0;
        return 1 / zero;
    }
    if (strcmp(request, "kill-parent") == 0)
        return kill(getppid(), SIGTERM) == -1 ? errno : 0;
    if (strcmp(request, "spin") == 0)
        spin();
    if (strcmp(request, "spawn-spin") == 0) {
        pid_t grandchild;
        char *child_argv[] = {argv[0], "spin", NULL};
        if (posix_spawn(&grandchild, "/bin/proc-child", NULL, NULL, child_argv, environ) != 0)
            return 97;
        dprintf(1, "%d", (int)grandchild);
        spin();
    }
    return 99;
}

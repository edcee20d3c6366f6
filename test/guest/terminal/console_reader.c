/*
 * A reader that dies while it waits for a console line, for the interrupt session
 * (test/session/interrupts.txt): console-reader starts a copy of itself that reads its standard
 * input (the console) after telling it so through a pipe, kills it while it waits, says "reader
 * killed", then reads a line itself and prints it. The line typed after that must reach it: the
 * dead reader's wait (the console's wait_line) takes nothing with it.
 */
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* The copy: say it reads, then read a line (it never gets one: it is killed first). */
static int reader(void)
{
    if (write(1, "r", 1) != 1)
        return 2;
    char line[64];
    return read(0, line, sizeof line) < 0 ? 3 : 0;
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "reader") == 0)
        return reader();
    int ready[2];
    posix_spawn_file_actions_t actions;
    if (pipe(ready) != 0 || posix_spawn_file_actions_init(&actions) != 0 ||
        posix_spawn_file_actions_adddup2(&actions, ready[1], 1) != 0 ||
        posix_spawn_file_actions_addclose(&actions, ready[0]) != 0)
        return 1;
    char *reader_argv[] = {argv[0], "reader", NULL};
    pid_t child;
    if (posix_spawn(&child, "/bin/console-reader", &actions, NULL, reader_argv, environ) != 0)
        return 1;
    close(ready[1]);
    char byte;
    if (read(ready[0], &byte, 1) != 1)
        return 1;
    /* Its wait_line has reached the console by now. */
    struct timespec pause = {0, 300 * 1000000};
    nanosleep(&pause, NULL);
    int status = 0;
    if (kill(child, SIGKILL) != 0 || waitpid(child, &status, 0) != child || !WIFSIGNALED(status))
        return 1;
    printf("console-reader: reader killed\n");
    fflush(stdout);
    char line[128];
    ssize_t count = read(0, line, sizeof line - 1);
    line[count > 0 ? count : 0] = '\0';
    line[strcspn(line, "\n")] = '\0';
    printf("console-reader: got [%s]\n", line);
    return 0;
}

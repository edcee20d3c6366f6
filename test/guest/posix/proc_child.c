/*
 * The child that the POSIX server suite's process tests start with posix_spawn
 * (test/guest/posix/processes.c); argv[1] says what it does:
 *   exit N       exit with status N
 *   args         write its arguments and environment to descriptor 1, one per line
 *   rewrite      change its arguments and environment strings in place (upper-case every
 *                letter, as POSIX allows), then write them as args does
 *   fds          write "d:" for every descriptor d below 16 that is open, then "\n", to 1
 *   ppid         write its parent's id to descriptor 1
 *   segv, ill, fpe   fault (bad pointer, invalid instruction, division by zero)
 *   kill-parent  try to kill its parent: exit with the errno value kill() gave, 0 if none
 *   spin         run until killed
 *   spawn-spin   start a spinning child of its own, write its id to 1, then spin
 *   stream N     write N bytes of the pipe pattern (pipe_pattern below) to 1, in pieces of
 *                several sizes; exit 0 if every write took all it was given
 *   check N      read 0 to its end; exit 0 if it got exactly N bytes of the pattern, else 1
 *   echo         copy 0 to 1, each read's bytes written back at once, until the end of 0
 *   later MS TEXT  sleep MS milliseconds, then write TEXT to 1
 *   burn MS      run busy for MS milliseconds of the monotonic clock, then exit 0
 *   cmdline ...  exit 0 if /proc/self/cmdline holds exactly its argv (NUL-terminated each), else 1
 *   session      start a session (setsid), write "1 1 E1 E2 E3\n" to 1 (its session and group
 *                are its id; E1, E2, E3: the errno values of setsid again, tcgetpgrp(0) and
 *                tcsetpgrp(0, its group)), then spin
 *   kill-parent-group  try to signal its parent's process group: exit with the errno value
 *                kill() gave, 0 if none
 *   mask         read a byte from 0, then write "mask M pending P\n" to 1 (its signal mask and
 *                its pending signals, in hexadecimal), then exit 0
 *   unblock      write as mask does, then unblock every signal (a pending SIGTERM ends it)
 *   signals      write "mask M ignored I\n" to 1 (its signal mask and the signals whose action
 *                is SIG_IGN, in hexadecimal, bit n-1 for signal n), then exit 0
 * Any other request: exit status 99.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* The byte at offset i of what stream writes and check expects (pipes.c has the same). */
static unsigned char pipe_pattern(size_t i)
{
    return (unsigned char)(i * 131 + (i >> 9));
}

static int stream(size_t total)
{
    static unsigned char piece[9000];
    static const size_t sizes[] = {1, 4096, 9000, 777, 5000};
    size_t sent = 0;
    for (unsigned k = 0; sent < total; k++) {
        size_t size = sizes[k % 5] < total - sent ? sizes[k % 5] : total - sent;
        for (size_t i = 0; i < size; i++)
            piece[i] = pipe_pattern(sent + i);
        if (write(1, piece, size) != (ssize_t)size)
            return 1;
        sent += size;
    }
    return 0;
}

static int check(size_t total)
{
    static unsigned char piece[6000];
    size_t got = 0;
    ssize_t count;
    while ((count = read(0, piece, sizeof piece)) > 0) {
        for (ssize_t i = 0; i < count; i++) {
            if (piece[i] != pipe_pattern(got + (size_t)i))
                return 1;
        }
        got += (size_t)count;
    }
    return count == 0 && got == total ? 0 : 1;
}

static int echo(void)
{
    char piece[256];
    ssize_t count;
    while ((count = read(0, piece, sizeof piece)) > 0) {
        if (write(1, piece, (size_t)count) != count)
            return 1;
    }
    return count == 0 ? 0 : 1;
}

static int later(long milliseconds, const char *text)
{
    struct timespec pause = {milliseconds / 1000, milliseconds % 1000 * 1000000};
    if (nanosleep(&pause, NULL) != 0)
        return 1;
    return write(1, text, strlen(text)) == (ssize_t)strlen(text) ? 0 : 1;
}

static int burn(long milliseconds)
{
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    do
        clock_gettime(CLOCK_MONOTONIC, &now);
    while ((now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000 <
           milliseconds);
    return 0;
}

static void spin(void)
{
    for (;;)
        getpid(); /* a request at a time: the server stays free for the others */
}

/* Whether /proc/self/cmdline is argv, each argument NUL-terminated, as Linux gives it. */
static int cmdline_matches(int argc, char **argv)
{
    char expected[512], got[600];
    size_t length = 0;
    for (int i = 0; i < argc; i++) {
        size_t size = strlen(argv[i]) + 1;
        if (size > sizeof expected - length)
            return 0;
        memcpy(expected + length, argv[i], size);
        length += size;
    }
    int fd = open("/proc/self/cmdline", O_RDONLY);
    if (fd < 0)
        return 0;
    ssize_t count = read(fd, got, sizeof got);
    close(fd);
    return count == (ssize_t)length && memcmp(got, expected, length) == 0;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return 98;
    const char *request = argv[1];
    if (strcmp(request, "exit") == 0 && argc > 2)
        return atoi(argv[2]);
    if (strcmp(request, "cmdline") == 0)
        return cmdline_matches(argc, argv) ? 0 : 1;
    if (strcmp(request, "rewrite") == 0) {
        for (int i = 0; i < argc; i++)
            for (char *c = argv[i]; *c != '\0'; c++)
                *c = (char)toupper((unsigned char)*c);
        for (char **e = environ; *e != NULL; e++)
            for (char *c = *e; *c != '\0'; c++)
                *c = (char)toupper((unsigned char)*c);
        request = "args";
    }
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
    if (strcmp(request, "burn") == 0 && argc > 2)
        return burn(atol(argv[2]));
    if (strcmp(request, "session") == 0) {
        pid_t session = setsid();
        int again = setsid() == -1 ? errno : 0;
        int get = tcgetpgrp(0) == -1 ? errno : 0;
        int set = tcsetpgrp(0, getpgrp()) == -1 ? errno : 0;
        dprintf(1, "%d %d %d %d %d\n", session == getpid(), getpgrp() == getpid(), again, get, set);
        spin();
    }
    if (strcmp(request, "mask") == 0 || strcmp(request, "unblock") == 0) {
        sigset_t mask, pending, none;
        char go;
        if (read(0, &go, 1) != 1)
            return 96;
        sigprocmask(SIG_BLOCK, NULL, &mask);
        sigpending(&pending);
        dprintf(1, "mask %llx pending %llx\n", (unsigned long long)mask,
                (unsigned long long)pending);
        sigemptyset(&none);
        if (strcmp(request, "unblock") == 0)
            sigprocmask(SIG_SETMASK, &none, NULL);
        return 0;
    }
    if (strcmp(request, "signals") == 0) {
        sigset_t mask;
        sigprocmask(SIG_BLOCK, NULL, &mask);
        unsigned long long ignored = 0;
        for (int number = 1; number < 64; number++) {
            struct sigaction action;
            if (sigaction(number, NULL, &action) == 0 && action.sa_handler == SIG_IGN)
                ignored |= 1ull << (number - 1);
        }
        dprintf(1, "mask %llx ignored %llx\n", (unsigned long long)mask, ignored);
        return 0;
    }
    if (strcmp(request, "kill-parent-group") == 0)
        return kill(-getppid(), SIGTERM) == -1 ? errno : 0;
    if (strcmp(request, "spawn-spin") == 0) {
        pid_t grandchild;
        char *child_argv[] = {argv[0], "spin", NULL};
        if (posix_spawn(&grandchild, "/bin/proc-child", NULL, NULL, child_argv, environ) != 0)
            return 97;
        dprintf(1, "%d", (int)grandchild);
        spin();
    }
    if (strcmp(request, "stream") == 0 && argc > 2)
        return stream((size_t)atol(argv[2]));
    if (strcmp(request, "check") == 0 && argc > 2)
        return check((size_t)atol(argv[2]));
    if (strcmp(request, "echo") == 0)
        return echo();
    if (strcmp(request, "later") == 0 && argc > 3)
        return later(atol(argv[2]), argv[3]);
    return 99;
}

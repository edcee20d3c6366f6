/* kill's work (userland utility): see kill_command.h. */
#include "kill_command.h"

#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const struct {
    const char *name;
    int number;
} kill_signals[] = {
    {"HUP", SIGHUP},       {"INT", SIGINT},   {"QUIT", SIGQUIT},   {"ILL", SIGILL},
    {"TRAP", SIGTRAP},     {"ABRT", SIGABRT}, {"BUS", SIGBUS},     {"FPE", SIGFPE},
    {"KILL", SIGKILL},     {"USR1", SIGUSR1}, {"SEGV", SIGSEGV},   {"USR2", SIGUSR2},
    {"PIPE", SIGPIPE},     {"ALRM", SIGALRM}, {"TERM", SIGTERM},   {"CHLD", SIGCHLD},
    {"CONT", SIGCONT},     {"STOP", SIGSTOP}, {"TSTP", SIGTSTP},   {"TTIN", SIGTTIN},
    {"TTOU", SIGTTOU},     {"URG", SIGURG},   {"XCPU", SIGXCPU},   {"XFSZ", SIGXFSZ},
    {"VTALRM", SIGVTALRM}, {"PROF", SIGPROF}, {"WINCH", SIGWINCH}, {"SYS", SIGSYS},
};

#define KILL_SIGNAL_COUNT (sizeof kill_signals / sizeof kill_signals[0])

/* Signal numbers are Linux's on the host and on KOITO: real-time ones end at 64. */
#define KILL_SIGNAL_MAX 64

/* A signal given by name (TERM, SIGTERM) or number; -1 if unknown. */
static int kill_parse_signal(const char *text)
{
    if (isdigit((unsigned char)text[0])) {
        char *end;
        long number = strtol(text, &end, 10);
        return *end == '\0' && number >= 0 && number <= KILL_SIGNAL_MAX ? (int)number : -1;
    }
    if (strncasecmp(text, "SIG", 3) == 0)
        text += 3;
    for (size_t i = 0; i < KILL_SIGNAL_COUNT; i++)
        if (strcasecmp(text, kill_signals[i].name) == 0)
            return kill_signals[i].number;
    return -1;
}

static int kill_list(int argc, char **argv, int first)
{
    if (first == argc) {
        for (size_t i = 0; i < KILL_SIGNAL_COUNT; i++)
            puts(kill_signals[i].name);
        return 0;
    }
    int result = 0;
    for (int i = first; i < argc; i++) {
        char *end;
        long status = strtol(argv[i], &end, 10);
        int number = isdigit((unsigned char)argv[i][0])
                         ? (*end == '\0' && status > 128 ? (int)(status - 128) : (int)status)
                         : kill_parse_signal(argv[i]);
        const char *name = NULL;
        for (size_t s = 0; s < KILL_SIGNAL_COUNT; s++)
            if (kill_signals[s].number == number)
                name = kill_signals[s].name;
        if (!isdigit((unsigned char)argv[i][0]) && number >= 0) {
            printf("%d\n", number);
        } else if (name) {
            puts(name);
        } else {
            fprintf(stderr, "kill: '%s': invalid signal specification\n", argv[i]);
            result = 1;
        }
    }
    return result;
}

int kill_command(int argc, char **argv)
{
    int signal_number = SIGTERM;
    int i = 1;
    if (i < argc && (strcmp(argv[i], "-l") == 0 || strcmp(argv[i], "-L") == 0))
        return kill_list(argc, argv, i + 1);
    if (i < argc && strcmp(argv[i], "-s") == 0) {
        if (i + 1 >= argc || (signal_number = kill_parse_signal(argv[i + 1])) < 0) {
            fprintf(stderr, "kill: '%s': invalid signal specification\n",
                    i + 1 < argc ? argv[i + 1] : "");
            return 1;
        }
        i += 2;
    } else if (i < argc && argv[i][0] == '-' && argv[i][1] != '\0' && strcmp(argv[i], "--") != 0) {
        if ((signal_number = kill_parse_signal(argv[i] + 1)) < 0) {
            fprintf(stderr, "kill: '%s': invalid signal specification\n", argv[i] + 1);
            return 1;
        }
        i++;
    }
    if (i < argc && strcmp(argv[i], "--") == 0)
        i++;
    if (i == argc) {
        fputs("kill: no process ID specified\n", stderr);
        return 1;
    }
    int result = 0;
    for (; i < argc; i++) {
        char *end;
        long pid = strtol(argv[i], &end, 10);
        if (*end != '\0' || end == argv[i]) {
            fprintf(stderr, "kill: '%s': arguments must be process IDs\n", argv[i]);
            result = 1;
            continue;
        }
        if (kill((pid_t)pid, signal_number) != 0) {
            fprintf(stderr, "kill: (%ld): %s\n", pid, strerror(errno));
            result = 1;
        }
    }
    return result;
}

/* The builtins of koito-sh (userland, shell): see builtins.h. Each returns
 * the command's exit status; errors go to standard error. */
#include "builtins.h"

#include "jobs.h"
#include "memory.h"
#include "shell.h"
#include "variables.h"

#include "../utilities/kill/kill_command.h"

#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int builtin_colon(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

static int builtin_cd(int argc, char **argv)
{
    if (argc > 2) {
        fputs("koito-sh: cd: too many arguments\n", stderr);
        return 2;
    }
    const char *target = argc == 2 ? argv[1] : variables_get("HOME");
    bool back = argc == 2 && strcmp(argv[1], "-") == 0;
    if (back)
        target = variables_get("OLDPWD");
    if (!target || !*target) {
        fprintf(stderr, "koito-sh: cd: %s not set\n", back ? "OLDPWD" : "HOME");
        return 2;
    }
    char old[PATH_MAX];
    bool have_old = getcwd(old, sizeof old) != NULL;
    if (chdir(target) != 0) {
        fprintf(stderr, "koito-sh: cd: can't cd to %s: %s\n", target, strerror(errno));
        return 2;
    }
    char now[PATH_MAX];
    if (have_old)
        variables_set("OLDPWD", old);
    if (getcwd(now, sizeof now)) {
        variables_set("PWD", now);
        if (back)
            puts(now);
    }
    return 0;
}

static int builtin_pwd(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    char path[PATH_MAX];
    if (!getcwd(path, sizeof path)) {
        fprintf(stderr, "koito-sh: pwd: %s\n", strerror(errno));
        return 2;
    }
    puts(path);
    return 0;
}

static int builtin_exit(int argc, char **argv)
{
    int status = shell.last_status;
    if (argc > 1) {
        char *end;
        long value = strtol(argv[1], &end, 10);
        if (*end != '\0' || end == argv[1] || value < 0) {
            fprintf(stderr, "koito-sh: exit: Illegal number: %s\n", argv[1]);
            return 2;
        }
        status = (int)(value & 0xff);
    }
    fflush(stdout);
    shell_exit(status);
}

static int builtin_export(int argc, char **argv)
{
    if (argc == 1 || (argc == 2 && strcmp(argv[1], "-p") == 0)) {
        variables_print(true);
        return 0;
    }
    int status = 0;
    for (int i = 1; i < argc; i++) {
        const char *equals = strchr(argv[i], '=');
        size_t length = equals ? (size_t)(equals - argv[i]) : strlen(argv[i]);
        if (!variables_valid_name(argv[i], length)) {
            fprintf(stderr, "koito-sh: export: %s: bad variable name\n", argv[i]);
            status = 2;
            continue;
        }
        char name[length + 1];
        memcpy(name, argv[i], length);
        name[length] = '\0';
        if (equals)
            variables_set(name, equals + 1);
        variables_export(name);
    }
    return status;
}

static int builtin_unset(int argc, char **argv)
{
    int status = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-v") == 0)
            continue;
        if (!variables_valid_name(argv[i], strlen(argv[i]))) {
            fprintf(stderr, "koito-sh: unset: %s: bad variable name\n", argv[i]);
            status = 2;
            continue;
        }
        variables_unset(argv[i]);
    }
    return status;
}

/* echo as dash has it: "-n" as the first argument only, and the XSI escapes
 * (\n, \t, \c, \0nnn...) always; the echo utility follows coreutils instead. */
static bool builtin_echo_escapes(const char *argument)
{
    for (const char *p = argument; *p; p++) {
        if (*p != '\\' || p[1] == '\0') {
            putchar(*p);
            continue;
        }
        p++;
        switch (*p) {
        case 'a':
            putchar('\a');
            break;
        case 'b':
            putchar('\b');
            break;
        case 'c':
            return false;
        case 'f':
            putchar('\f');
            break;
        case 'n':
            putchar('\n');
            break;
        case 'r':
            putchar('\r');
            break;
        case 't':
            putchar('\t');
            break;
        case 'v':
            putchar('\v');
            break;
        case '\\':
            putchar('\\');
            break;
        case '0': {
            int value = 0;
            for (int digits = 0; digits < 3 && p[1] >= '0' && p[1] <= '7'; digits++)
                value = value * 8 + (*++p - '0');
            putchar(value);
            break;
        }
        default:
            putchar('\\');
            putchar(*p);
        }
    }
    return true;
}

static int builtin_echo(int argc, char **argv)
{
    int first = 1;
    bool newline = true;
    if (argc > 1 && strcmp(argv[1], "-n") == 0) {
        newline = false;
        first = 2;
    }
    for (int i = first; i < argc; i++) {
        if (i > first)
            putchar(' ');
        if (!builtin_echo_escapes(argv[i]))
            return 0;
    }
    if (newline)
        putchar('\n');
    return 0;
}

/* set [-ex] [+ex] [--] [argument...]; with no arguments, prints the variables. */
static int builtin_set(int argc, char **argv)
{
    if (argc == 1) {
        variables_print(false);
        return 0;
    }
    int i = 1;
    for (; i < argc; i++) {
        const char *option = argv[i];
        if (strcmp(option, "--") == 0) {
            i++;
            shell_set_positional(argv + i, (size_t)(argc - i));
            return 0;
        }
        if ((option[0] != '-' && option[0] != '+') || option[1] == '\0')
            break;
        for (const char *flag = option + 1; *flag; flag++) {
            bool on = option[0] == '-';
            if (*flag == 'e') {
                shell.errexit = on;
            } else if (*flag == 'x') {
                shell.xtrace = on;
            } else {
                fprintf(stderr, "koito-sh: set: illegal option %c%c\n", option[0], *flag);
                return 2;
            }
        }
    }
    if (i < argc)
        shell_set_positional(argv + i, (size_t)(argc - i));
    return 0;
}

static int builtin_wait(int argc, char **argv)
{
    if (argc == 1)
        return jobs_wait_all();
    int status = 0;
    for (int i = 1; i < argc; i++)
        status = jobs_wait_one(argv[i]);
    return status;
}

static int builtin_fg(int argc, char **argv)
{
    if (argc > 2) {
        fputs("koito-sh: fg: too many arguments\n", stderr);
        return 2;
    }
    return jobs_foreground(argc == 2 ? argv[1] : NULL);
}

/* `kill`: the kill utility's code does the work, inside the shell (the
 * POSIX server lets a process signal only its descendants, and the jobs
 * are the shell's children); the builtin only turns each job ("%n") into
 * its processes' ids first, which only the shell knows. */
static int builtin_kill(int argc, char **argv)
{
    size_t count = 1;
    for (int i = 1; i < argc; i++) {
        size_t pids = 1;
        if (argv[i][0] == '%' && !jobs_processes(argv[i], &pids)) {
            fprintf(stderr, "koito-sh: kill: %s: no such job\n", argv[i]);
            return 1;
        }
        count += pids;
    }
    char **arguments = memory_alloc((count + 1) * sizeof *arguments);
    size_t at = 0;
    arguments[at++] = memory_strdup("kill");
    for (int i = 1; i < argc; i++) {
        size_t pids;
        const pid_t *job = argv[i][0] == '%' ? jobs_processes(argv[i], &pids) : NULL;
        if (!job) {
            arguments[at++] = memory_strdup(argv[i]);
            continue;
        }
        for (size_t k = 0; k < pids; k++) {
            char number[24];
            snprintf(number, sizeof number, "%ld", (long)job[k]);
            arguments[at++] = memory_strdup(number);
        }
    }
    arguments[at] = NULL;
    int status = kill_command((int)at, arguments);
    for (size_t i = 0; i < at; i++)
        free(arguments[i]);
    free(arguments);
    return status;
}

static int builtin_jobs(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    jobs_print();
    return 0;
}

builtin_function builtins_find(const char *name)
{
    static const struct {
        const char *name;
        builtin_function function;
    } builtins[] = {
        {":", builtin_colon},   {"cd", builtin_cd},         {"echo", builtin_echo},
        {"exit", builtin_exit}, {"export", builtin_export}, {"fg", builtin_fg},
        {"jobs", builtin_jobs}, {"kill", builtin_kill},     {"pwd", builtin_pwd},
        {"set", builtin_set},   {"unset", builtin_unset},   {"wait", builtin_wait},
    };
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
        if (strcmp(builtins[i].name, name) == 0)
            return builtins[i].function;
    return NULL;
}

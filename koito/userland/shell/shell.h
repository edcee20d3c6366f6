/*
 * The state of one koito-sh process (userland, shell): what $?, $$, $!, $0,
 * $1... and `set` read and change. One instance, defined in main.c.
 */
#ifndef KOITO_SH_SHELL_H
#define KOITO_SH_SHELL_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct shell {
    int last_status;         /* $? */
    pid_t last_background;   /* $!, 0 before the first background job */
    char *name;              /* $0: the script's path, or "koito-sh" */
    char **positional;       /* $1 ... owned */
    size_t positional_count; /* $# */
    bool interactive;
    bool errexit; /* set -e */
    bool xtrace;  /* set -x */
};

extern struct shell shell;

/* Replaces the positional parameters with copies of arguments. */
void shell_set_positional(char *const *arguments, size_t count);

/* Leaves the shell with status, after the jobs table and history are done. */
_Noreturn void shell_exit(int status);

#endif

/*
 * The builtins of koito-sh (userland, shell): commands that must change the
 * shell itself (cd, exit, export, unset, set, wait, jobs, fg), need what
 * only the shell knows (kill %n) or are cheaper inside it (pwd, echo, :). They run in the shell's
 * own process, with the command's redirections applied around them (exec.c).
 */
#ifndef KOITO_SH_BUILTINS_H
#define KOITO_SH_BUILTINS_H

typedef int (*builtin_function)(int argc, char **argv);

/* The builtin called name, or NULL. */
builtin_function builtins_find(const char *name);

#endif

/*
 * Running commands in koito-sh (userland, shell): and-or lists, pipelines,
 * redirections, builtins and programs. Programs start with posix_spawn (KOITO
 * has no fork), their descriptors arranged by spawn file actions; the shell
 * waits for them with waitpid, or lists them as a job when started with `&`.
 */
#ifndef KOITO_SH_EXEC_H
#define KOITO_SH_EXEC_H

#include "ast.h"

/* Runs every and-or list of list in order; returns the last status (also
 * left in shell.last_status). With `set -e`, a failure ends the shell. */
int exec_list(const struct command_list *list);

#endif

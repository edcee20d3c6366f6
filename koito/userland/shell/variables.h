/*
 * Shell variables of koito-sh (userland, shell): names with values, some
 * exported into the environment of the programs the shell starts. The
 * environment the shell was started with is imported as exported variables.
 */
#ifndef KOITO_SH_VARIABLES_H
#define KOITO_SH_VARIABLES_H

#include <stdbool.h>

void variables_import(char **environment);
const char *variables_get(const char *name);
void variables_set(const char *name, const char *value);
/* Marks name exported; it need not have a value yet. */
void variables_export(const char *name);
void variables_unset(const char *name);
bool variables_valid_name(const char *name, unsigned long length);

/* The environment for a program: every exported variable with a value, then
 * the overrides ("NAME=value", they replace a variable of the same name).
 * Free with variables_free_environment. */
char **variables_environment(char *const *overrides, unsigned long override_count);
void variables_free_environment(char **environment);

/* `set` with no arguments; `export` with none (exported only). */
void variables_print(bool exported_only);

#endif

/*
 * environ: the program's environment, "NAME=value" strings ending with NULL (POSIX; libc OS port).
 * The start-up code points it at the information block's environment; the kernel's root program
 * has an empty one.
 */
#include <stddef.h>

static char *__koito_empty_environment[] = {NULL};

char **environ = __koito_empty_environment;

/*
 * Stand-ins for kernel modules a host test does not link, one file per
 * group (memory.c, thread.c, ipc.c, interrupt.c), each test
 * directory linking the groups it leaves out. object_types.c, the kernel's
 * one switch over types, names every module's functions; reaching one of
 * these means a test went where it should not, so each aborts.
 *
 * Layer: host tests only. Each file includes the module's kernel header, so
 * a stand-in whose signature drifts from the real one fails to compile.
 */
#ifndef KOITO_TEST_ABSENT_MODULES_H
#define KOITO_TEST_ABSENT_MODULES_H

#include <stdio.h>
#include <stdlib.h>

/* A stand-in never looks at its arguments. */
#pragma GCC diagnostic ignored "-Wunused-parameter"

static inline _Noreturn void absent(const char *name)
{
    fprintf(stderr, "absent_modules: %s reached in a test that does not link its module\n", name);
    abort();
}

/* Define `name`, returning `result` and taking the parameters that follow, to abort. */
#define ABSENT(result, name, ...)                                                                  \
    result name(__VA_ARGS__)                                                                       \
    {                                                                                              \
        absent(#name);                                                                             \
    }

#endif

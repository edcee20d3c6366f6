/*
 * A file with bugs both static analysers must find (tests): the guard tests
 * static.clang-tidy-guard and static.cppcheck-guard run each tool on it and
 * must fail, so the real checks can fail at all. Never built.
 */
#include <stddef.h>

int bad_sample_read(int index)
{
    int table[4] = {0, 1, 2, 3};
    int *pointer = NULL;
    if (index > 2)
        return table[4]; /* out of bounds */
    return *pointer;     /* null dereference */
}

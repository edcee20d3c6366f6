/*
 * __koito_os_path_pair() (libc, OS port): two paths joined for the requests that carry both in
 * one byte string (rename, renameat, linkat); see port.h. A file of its own, so programs that
 * never rename or link do not carry it.
 */
#include "port.h"
#include <string.h>

long __koito_os_path_pair(const char *from, const char *to, char *paths, uint64_t *from_length)
{
    long first = __koito_os_path(from);
    if (first < 0)
        return first;
    long second = __koito_os_path(to);
    if (second < 0)
        return second;
    memcpy(paths, from, (size_t)first);
    memcpy(paths + first, to, (size_t)second);
    *from_length = (uint64_t)first;
    return first + second;
}

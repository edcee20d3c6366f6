/* strndup(): a copy of at most `limit` bytes of a string, NUL-terminated, in
 * memory from malloc() (libc, string). */
#include <stdlib.h>
#include <string.h>

char *strndup(const char *string, size_t limit)
{
    size_t length = strnlen(string, limit);
    char *copy = malloc(length + 1);
    if (copy != NULL) {
        memcpy(copy, string, length);
        copy[length] = '\0';
    }
    return copy;
}

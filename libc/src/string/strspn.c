/* strspn(): length of the prefix made only of bytes in `accept` (libc, string). */
#include "byteset.h"
#include <string.h>

size_t strspn(const char *string, const char *accept)
{
    struct __koito_byteset set;
    __koito_byteset_make(&set, accept);
    size_t i = 0;
    while (string[i] != '\0' && __koito_byteset_has(&set, (unsigned char)string[i])) {
        i++;
    }
    return i;
}

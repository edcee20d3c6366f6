/* strcspn(): length of the prefix with no byte from `reject` (libc, string). */
#include "byteset.h"
#include <string.h>

size_t strcspn(const char *string, const char *reject)
{
    struct __koito_byteset set;
    __koito_byteset_make(&set, reject); /* includes NUL, so the scan stops at the end */
    size_t i = 0;
    while (!__koito_byteset_has(&set, (unsigned char)string[i])) {
        i++;
    }
    return i;
}

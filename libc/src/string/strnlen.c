/* strnlen(): the length of a string, reading at most `limit` bytes (libc, string). */
#include <string.h>

size_t strnlen(const char *string, size_t limit)
{
    size_t length = 0;
    while (length < limit && string[length] != '\0') {
        length++;
    }
    return length;
}

/* strlen(): the length of a string (libc, string). */
#include <string.h>

size_t strlen(const char *string)
{
    size_t length = 0;
    while (string[length] != '\0') {
        length++;
    }
    return length;
}

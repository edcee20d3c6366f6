/* strchr(): find the first occurrence of a character; '\0' finds the terminator (libc, string). */
#include <string.h>

char *strchr(const char *string, int character)
{
    char wanted = (char)character;
    for (;; string++) {
        if (*string == wanted) {
            return (char *)string;
        }
        if (*string == '\0') {
            return NULL;
        }
    }
}

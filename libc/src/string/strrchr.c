/* strrchr(): find the last occurrence of a character; '\0' finds the terminator (libc, string). */
#include <string.h>

char *strrchr(const char *string, int character)
{
    char wanted = (char)character;
    const char *found = NULL;
    for (;; string++) {
        if (*string == wanted) {
            found = string;
        }
        if (*string == '\0') {
            return (char *)found;
        }
    }
}

/* strtok_r(): split a string into tokens, keeping the position in `*state`
 * (libc, string). */
#include <string.h>

char *strtok_r(char *restrict string, const char *restrict separators, char **restrict state)
{
    if (string == NULL) {
        string = *state;
        if (string == NULL) {
            return NULL;
        }
    }
    string += strspn(string, separators);
    if (*string == '\0') {
        *state = NULL;
        return NULL;
    }
    char *end = string + strcspn(string, separators);
    if (*end != '\0') {
        *end = '\0';
        *state = end + 1;
    } else {
        *state = NULL;
    }
    return string;
}

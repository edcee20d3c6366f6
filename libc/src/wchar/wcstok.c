/* wcstok(): split a wide string into tokens, the position kept in `*state` (libc, wchar). */
#include <wchar.h>

wchar_t *wcstok(wchar_t *restrict string, const wchar_t *restrict separators,
                wchar_t **restrict state)
{
    if (string == NULL) {
        string = *state;
        if (string == NULL) {
            return NULL;
        }
    }
    string += wcsspn(string, separators);
    if (*string == 0) {
        *state = NULL;
        return NULL;
    }
    wchar_t *end = string + wcscspn(string, separators);
    if (*end != 0) {
        *end = 0;
        *state = end + 1;
    } else {
        *state = NULL;
    }
    return string;
}

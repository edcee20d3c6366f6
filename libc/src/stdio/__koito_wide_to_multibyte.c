/* A wide string's multibyte form in new memory (libc, stdio core). */
#include "wformat.h"
#include <stdlib.h>
#include <wchar.h>

char *__koito_wide_to_multibyte(const wchar_t *string)
{
    mbstate_t state = {0};
    const wchar_t *source = string;
    size_t length = wcsrtombs(NULL, &source, 0, &state);
    if (length == (size_t)-1) {
        return NULL; /* errno EILSEQ */
    }
    char *bytes = malloc(length + 1);
    if (bytes != NULL) {
        source = string;
        wcsrtombs(bytes, &source, length + 1, &state);
    }
    return bytes;
}

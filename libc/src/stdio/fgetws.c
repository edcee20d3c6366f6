/*
 * fgetws(): a line of wide characters (libc, stdio core).
 *
 * Reads at most size - 1 characters, stopping after a newline. NULL when
 * nothing was read before the end of input, or on an error (then the
 * array's contents are indeterminate, as C says).
 */
#include "stdio_impl.h"
#include <wchar.h>

wchar_t *fgetws(wchar_t *restrict string, int size, FILE *restrict stream)
{
    if (size <= 0) {
        return NULL;
    }
    int count = 0;
    wchar_t *result = string;
    __koito_file_lock(stream);
    while (count < size - 1) {
        wint_t character = __koito_file_getwc(stream);
        if (character == WEOF) {
            if (count == 0 || stream->error || !stream->eof) {
                result = NULL;
            }
            break;
        }
        string[count++] = (wchar_t)character;
        if (character == L'\n') {
            break;
        }
    }
    __koito_file_unlock(stream);
    if (result != NULL) {
        string[count] = 0;
    }
    return result;
}

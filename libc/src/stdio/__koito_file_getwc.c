/*
 * Reading one wide character from a locked stream (libc, stdio core).
 *
 * Bytes are taken one at a time until they form a character, so nothing
 * past it is consumed. Bytes of an invalid or cut-off sequence are consumed
 * and lost, as C allows, and the result is WEOF with errno EILSEQ.
 */
#include "stdio_impl.h"
#include <errno.h>
#include <stdio.h>
#include <wchar.h>

wint_t __koito_file_getwc(FILE *file)
{
    if (file->orientation == 0) {
        file->orientation = 1;
    }
    mbstate_t state = {0};
    for (size_t taken = 0;; taken++) {
        int c = __koito_file_getc(file);
        if (c == EOF) {
            if (taken > 0) {
                errno = EILSEQ;
            }
            return WEOF;
        }
        char byte = (char)c;
        wchar_t character;
        size_t result = mbrtowc(&character, &byte, 1, &state);
        if (result == (size_t)-1) {
            return WEOF;
        }
        if (result != (size_t)-2) {
            return (wint_t)character;
        }
    }
}

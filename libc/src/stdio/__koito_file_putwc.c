/* Writing one wide character to a locked stream (libc, stdio core). */
#include "stdio_impl.h"
#include <errno.h>
#include <limits.h>
#include <wchar.h>

wint_t __koito_file_putwc(FILE *file, wchar_t character)
{
    if (file->orientation == 0) {
        file->orientation = 1;
    }
    char bytes[MB_LEN_MAX];
    mbstate_t state = {0};
    size_t length = wcrtomb(bytes, character, &state);
    if (length == (size_t)-1) {
        return WEOF; /* errno EILSEQ from wcrtomb */
    }
    if (__koito_file_write(file, bytes, length) != length) {
        return WEOF;
    }
    return (wint_t)character;
}

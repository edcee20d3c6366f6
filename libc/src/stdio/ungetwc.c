/*
 * ungetwc(): push a wide character back (libc, stdio core).
 *
 * The character goes back as its multibyte bytes, on top of the pushed-back
 * byte area, so the next read decodes it again; it fails (WEOF) when the
 * area has no room for all of its bytes.
 */
#include "stdio_impl.h"
#include <limits.h>
#include <wchar.h>

wint_t ungetwc(wint_t character, FILE *stream)
{
    if (character == WEOF) {
        return WEOF;
    }
    char bytes[MB_LEN_MAX];
    mbstate_t state = {0};
    size_t length = wcrtomb(bytes, (wchar_t)character, &state);
    if (length == (size_t)-1) {
        return WEOF;
    }
    wint_t result = WEOF;
    __koito_file_lock(stream);
    if (stream->orientation == 0) {
        stream->orientation = 1;
    }
    if ((stream->flags & __KOITO_FILE_READ) && stream->unget_count + length <= __KOITO_UNGET_MAX &&
        (stream->pending == 0 || __koito_file_flush(stream) == 0)) {
        /* Last pushed is read first: push the bytes from the end. */
        for (size_t i = length; i > 0; i--) {
            stream->unget[stream->unget_count++] = (unsigned char)bytes[i - 1];
        }
        stream->eof = 0;
        result = character;
    }
    __koito_file_unlock(stream);
    return result;
}

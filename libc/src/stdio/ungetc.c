/* ungetc() (libc, stdio): push a byte back onto an input stream; up to
 * __KOITO_UNGET_MAX bytes may wait (C guarantees one). Clears end-of-file.
 * EOF cannot be pushed back. */
#include "stdio_impl.h"

int ungetc(int character, FILE *stream)
{
    if (character == EOF) {
        return EOF;
    }
    int result = EOF;
    __koito_file_lock(stream);
    if ((stream->flags & __KOITO_FILE_READ) && stream->unget_count < __KOITO_UNGET_MAX &&
        (stream->pending == 0 || __koito_file_flush(stream) == 0)) {
        stream->unget[stream->unget_count++] = (unsigned char)character;
        stream->eof = 0;
        result = (unsigned char)character;
    }
    __koito_file_unlock(stream);
    return result;
}

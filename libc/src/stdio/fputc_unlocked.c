/* fputc_unlocked(): one byte out, for a caller holding the stream's lock
 * (libc, stdio). A byte that fits the buffer of a fully buffered stream is
 * stored directly. */
#include "stdio_impl.h"

int fputc_unlocked(int character, FILE *stream)
{
    unsigned char byte = (unsigned char)character;
    if (stream->mode == _IOFBF && stream->pending < stream->capacity &&
        stream->read_end == stream->read_next && stream->unget_count == 0 &&
        (stream->flags & __KOITO_FILE_WRITE)) {
        stream->buffer[stream->pending++] = (char)byte;
        return byte;
    }
    return __koito_file_write(stream, (const char *)&byte, 1) == 1 ? byte : EOF;
}

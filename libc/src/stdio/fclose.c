/* fclose() (libc, stdio): flush, release the transport and free the stream.
 * The stream is gone afterwards even if flushing or closing failed (EOF). A
 * standard stream is flushed and closed but, being static, not freed. */
#include "stdio_impl.h"
#include <stdlib.h>

int fclose(FILE *stream)
{
    __koito_file_list_remove(stream);
    __koito_file_lock(stream);
    int result = fflush_unlocked(stream);
    if (stream->close != NULL && stream->close(stream) == EOF) {
        result = EOF;
    }
    stream->read = NULL;
    stream->flags &= ~(__KOITO_FILE_READ | __KOITO_FILE_WRITE);
    if (stream->flags & __KOITO_FILE_BUFFER_OWNED) {
        free(stream->buffer);
    }
    __koito_file_unlock(stream);
    if (stream->flags & __KOITO_FILE_OWNED) {
        free(stream);
    }
    return result;
}

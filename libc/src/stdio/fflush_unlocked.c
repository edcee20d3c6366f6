/* fflush_unlocked(): fflush() of one stream whose lock the caller holds (libc, stdio core). */
#include "stdio_impl.h"

int fflush_unlocked(FILE *stream)
{
    if (stream->read_end > stream->read_next || stream->unget_count > 0) {
        return __koito_file_drop_input(stream);
    }
    return __koito_file_flush(stream);
}

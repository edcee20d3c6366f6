/* fflush(): write out a stream's buffer, or every stream's for NULL (libc, stdio core). */
#include "stdio_impl.h"

int fflush(FILE *stream)
{
    if (stream == NULL) {
        int result = __koito_file_flush(stdout);
        return __koito_file_flush(stderr) == EOF ? EOF : result;
    }
    return __koito_file_flush(stream);
}

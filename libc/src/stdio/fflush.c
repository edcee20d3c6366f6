/* fflush(): write out a stream's buffer, or every stream's for NULL (libc,
 * stdio core). On an input stream it drops the read-ahead bytes, giving them
 * back to a seekable transport, as POSIX specifies. */
#include "stdio_impl.h"

int fflush(FILE *stream)
{
    if (stream == NULL) {
        int result = __koito_file_list_flush();
        result = fflush(stdout) == EOF ? EOF : result;
        return fflush(stderr) == EOF ? EOF : result;
    }
    __koito_file_lock(stream);
    int result = fflush_unlocked(stream);
    __koito_file_unlock(stream);
    return result;
}

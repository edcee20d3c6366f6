/* getwc(): one wide character from a stream (libc, stdio core). */
#include "stdio_impl.h"
#include <wchar.h>

wint_t getwc(FILE *stream)
{
    __koito_file_lock(stream);
    wint_t result = __koito_file_getwc(stream);
    __koito_file_unlock(stream);
    return result;
}

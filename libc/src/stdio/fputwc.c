/* fputwc(): one wide character to a stream (libc, stdio core). */
#include "stdio_impl.h"
#include <wchar.h>

wint_t fputwc(wchar_t character, FILE *stream)
{
    __koito_file_lock(stream);
    wint_t result = __koito_file_putwc(stream, character);
    __koito_file_unlock(stream);
    return result;
}

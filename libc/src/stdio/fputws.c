/* fputws(): a wide string to a stream, under one lock (libc, stdio core). */
#include "stdio_impl.h"
#include <wchar.h>

int fputws(const wchar_t *restrict string, FILE *restrict stream)
{
    int result = 0;
    __koito_file_lock(stream);
    for (; *string != 0; string++) {
        if (__koito_file_putwc(stream, *string) == WEOF) {
            result = -1;
            break;
        }
    }
    __koito_file_unlock(stream);
    return result;
}

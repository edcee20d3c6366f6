/* wmemmove(): copy wide characters, overlap allowed (libc, wchar). */
#include <string.h>
#include <wchar.h>

wchar_t *wmemmove(wchar_t *destination, const wchar_t *source, size_t length)
{
    return memmove(destination, source, length * sizeof *source);
}

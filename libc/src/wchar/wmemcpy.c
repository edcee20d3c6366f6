/* wmemcpy(): copy wide characters between objects that do not overlap (libc, wchar). */
#include <string.h>
#include <wchar.h>

wchar_t *wmemcpy(wchar_t *restrict destination, const wchar_t *restrict source, size_t length)
{
    return memcpy(destination, source, length * sizeof *source);
}

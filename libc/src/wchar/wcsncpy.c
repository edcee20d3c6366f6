/* wcsncpy(): copy at most `length` wide characters, padding with zeros (libc, wchar). */
#include <wchar.h>

wchar_t *wcsncpy(wchar_t *restrict destination, const wchar_t *restrict source, size_t length)
{
    size_t copied = wcsnlen(source, length);
    wmemcpy(destination, source, copied);
    wmemset(destination + copied, 0, length - copied);
    return destination;
}

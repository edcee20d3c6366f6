/* wcsncat(): append at most `length` wide characters, then a zero (libc, wchar). */
#include <wchar.h>

wchar_t *wcsncat(wchar_t *restrict destination, const wchar_t *restrict source, size_t length)
{
    wchar_t *end = destination + wcslen(destination);
    size_t copied = wcsnlen(source, length);
    wmemcpy(end, source, copied);
    end[copied] = 0;
    return destination;
}

/* wcscpy(): copy a wide string (libc, wchar). */
#include <wchar.h>

wchar_t *wcscpy(wchar_t *restrict destination, const wchar_t *restrict source)
{
    return wmemcpy(destination, source, wcslen(source) + 1);
}

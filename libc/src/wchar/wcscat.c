/* wcscat(): append a wide string (libc, wchar). */
#include <wchar.h>

wchar_t *wcscat(wchar_t *restrict destination, const wchar_t *restrict source)
{
    wcscpy(destination + wcslen(destination), source);
    return destination;
}

/* wcsxfrm(): the collation key of a wide string, itself in KOITO's locales
 * (libc, wchar); stored only if its length is less than `length`. */
#include <wchar.h>

size_t wcsxfrm(wchar_t *restrict destination, const wchar_t *restrict source, size_t length)
{
    size_t needed = wcslen(source);
    if (needed < length) {
        wmemcpy(destination, source, needed + 1);
    }
    return needed;
}

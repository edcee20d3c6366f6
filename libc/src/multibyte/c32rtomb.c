/* c32rtomb() (libc, multibyte): wcrtomb() for char32_t. */
#include <uchar.h>
#include <wchar.h>

size_t c32rtomb(char *restrict string, char32_t character, mbstate_t *restrict state)
{
    return wcrtomb(string, (wchar_t)character, state);
}

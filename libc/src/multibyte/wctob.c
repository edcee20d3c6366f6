/* wctob() (libc, multibyte): the single byte a wide character is, or EOF. */
#include <stdio.h>
#include <wchar.h>

int wctob(wint_t character)
{
    char bytes[4];
    mbstate_t state = {0, 0};
    if (character == WEOF || wcrtomb(bytes, (wchar_t)character, &state) != 1) {
        return EOF;
    }
    return (unsigned char)bytes[0];
}

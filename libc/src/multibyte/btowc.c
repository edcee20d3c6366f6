/* btowc() (libc, multibyte): the wide character a single byte stands for,
 * or WEOF if the byte does not form a character by itself. */
#include <stdio.h>
#include <wchar.h>

wint_t btowc(int byte)
{
    if (byte == EOF) {
        return WEOF;
    }
    char single = (char)byte;
    wchar_t character;
    mbstate_t state = {0, 0};
    size_t used = mbrtowc(&character, &single, 1, &state);
    return used <= 1 ? (wint_t)character : WEOF;
}

/* wctomb() (libc, multibyte): a wide character's multibyte form, or -1.
 * With NULL it says whether the encoding has states (no: 0). */
#include <stdlib.h>
#include <wchar.h>

int wctomb(char *string, wchar_t character)
{
    if (string == NULL) {
        return 0;
    }
    size_t used = wcrtomb(string, character, NULL);
    return used == (size_t)-1 ? -1 : (int)used;
}

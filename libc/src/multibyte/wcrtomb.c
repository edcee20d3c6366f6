/* wcrtomb() (libc, multibyte): one wide character to its multibyte form;
 * EILSEQ for a surrogate, a value above U+10FFFF, or (in "C") a character
 * that is no single byte. The state is never left mid-character. */
#include "locale_impl.h"
#include <errno.h>
#include <wchar.h>

size_t wcrtomb(char *restrict string, wchar_t character, mbstate_t *restrict state)
{
    char scratch[4];
    if (string == NULL) {
        string = scratch;
        character = 0;
    }
    if (state != NULL) {
        state->__bits = 0;
        state->__missing = 0;
    }
    unsigned value = (unsigned)character;
    if (value < 0x80) {
        string[0] = (char)value;
        return 1;
    }
    if (!__koito_ctype_is_utf8()) {
        if (value - (__KOITO_C_HIGH_BASE + 0x80) < 0x80) {
            string[0] = (char)(value - __KOITO_C_HIGH_BASE);
            return 1;
        }
    } else if (value < 0x800) {
        string[0] = (char)(0xc0 | value >> 6);
        string[1] = (char)(0x80 | (value & 0x3f));
        return 2;
    } else if (value < 0x10000 && (value < 0xd800 || value > 0xdfff)) {
        string[0] = (char)(0xe0 | value >> 12);
        string[1] = (char)(0x80 | ((value >> 6) & 0x3f));
        string[2] = (char)(0x80 | (value & 0x3f));
        return 3;
    } else if (value >= 0x10000 && value <= 0x10ffff) {
        string[0] = (char)(0xf0 | value >> 18);
        string[1] = (char)(0x80 | ((value >> 12) & 0x3f));
        string[2] = (char)(0x80 | ((value >> 6) & 0x3f));
        string[3] = (char)(0x80 | (value & 0x3f));
        return 4;
    }
    errno = EILSEQ;
    return (size_t)-1;
}

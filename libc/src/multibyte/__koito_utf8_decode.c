/*
 * __koito_utf8_decode(): one well-formed UTF-8 character, whatever the
 * locale (libc, multibyte; internal; see pattern_char.h). A compiled regular
 * expression keeps the locale it was compiled in, so its matcher cannot ask
 * mbrtowc, which follows the current one.
 */
#include "pattern_char.h"

size_t __koito_utf8_decode(const unsigned char *text, size_t available, unsigned *code)
{
    unsigned lead = text[0];
    size_t length;
    unsigned value;
    unsigned minimum;
    if (lead < 0x80) {
        *code = lead;
        return 1;
    }
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2, value = lead & 0x1f, minimum = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3, value = lead & 0x0f, minimum = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4, value = lead & 0x07, minimum = 0x10000;
    } else {
        return 0;
    }
    if (available < length)
        return 0;
    for (size_t index = 1; index < length; index++) {
        if ((text[index] & 0xc0) != 0x80)
            return 0;
        value = value << 6 | (text[index] & 0x3f);
    }
    if (value < minimum || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
        return 0;
    *code = value;
    return length;
}

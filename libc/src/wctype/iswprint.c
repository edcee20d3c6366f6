/* iswprint(): printable: a valid code point, not a control, surrogate or noncharacter (libc,
 * wctype; coverage in wctype_impl.h). */
#include "wctype_impl.h"

int iswprint(wint_t character)
{
    return character <= 0x10ffff && !iswcntrl(character) &&
           !__koito_wclass_has(__KOITO_WCLASS_UNPRINTABLE, character);
}

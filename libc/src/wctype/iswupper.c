/* iswupper(): upper-case letter: in the table, or a letter towlower() changes (libc, wctype;
 * coverage in wctype_impl.h). */
#include "wctype_impl.h"

int iswupper(wint_t character)
{
    return __koito_wclass_has(__KOITO_WCLASS_UPPER, character) || towlower(character) != character;
}

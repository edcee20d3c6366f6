/* iswlower(): lower-case letter: in the table, or a letter towupper() changes (libc, wctype;
 * coverage in wctype_impl.h). */
#include "wctype_impl.h"

int iswlower(wint_t character)
{
    return __koito_wclass_has(__KOITO_WCLASS_LOWER, character) || towupper(character) != character;
}

/* iswblank(): blank (horizontal space) (libc, wctype; coverage in wctype_impl.h). */
#include "wctype_impl.h"

int iswblank(wint_t character)
{
    return __koito_wclass_has(__KOITO_WCLASS_BLANK, character);
}

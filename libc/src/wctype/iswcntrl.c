/* iswcntrl(): control character (libc, wctype; coverage in wctype_impl.h). */
#include "wctype_impl.h"

int iswcntrl(wint_t character)
{
    return __koito_wclass_has(__KOITO_WCLASS_CNTRL, character);
}

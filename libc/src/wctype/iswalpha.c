/* iswalpha(): letter (libc, wctype; coverage in wctype_impl.h). */
#include "wctype_impl.h"

int iswalpha(wint_t character)
{
    return __koito_wclass_has(__KOITO_WCLASS_ALPHA, character);
}

/* wcwidth(): terminal columns of a wide character (libc, wchar): 0 for NUL
 * and combining marks, 2 for East Asian wide ones, -1 for controls and
 * non-characters, 1 otherwise (coverage in wctype_impl.h). */
#include "wctype_impl.h"
#include <wchar.h>

int wcwidth(wchar_t character)
{
    wint_t value = (wint_t)character;
    if (value == 0) {
        return 0;
    }
    if (!iswprint(value)) {
        return -1;
    }
    if (__koito_wclass_has(__KOITO_WCLASS_COMBINING, value)) {
        return 0;
    }
    return __koito_wclass_has(__KOITO_WCLASS_WIDE, value) ? 2 : 1;
}

/* iswxdigit(): hexadecimal digit (ASCII only, as C requires) (libc, wctype; coverage in
 * wctype_impl.h). */
#include "wctype_impl.h"

int iswxdigit(wint_t character)
{
    return character - '0' < 10 || (character | 32) - 'a' < 6;
}

/* iswdigit(): decimal digit 0-9 (only these, as C requires) (libc, wctype; coverage in
 * wctype_impl.h). */
#include "wctype_impl.h"

int iswdigit(wint_t character)
{
    return character - '0' < 10;
}

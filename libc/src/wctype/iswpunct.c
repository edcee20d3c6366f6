/* iswpunct(): graphic but no letter or digit (libc, wctype; coverage in wctype_impl.h). */
#include "wctype_impl.h"

int iswpunct(wint_t character)
{
    return iswgraph(character) && !iswalnum(character);
}

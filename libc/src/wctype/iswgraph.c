/* iswgraph(): printable and not white space (libc, wctype; coverage in wctype_impl.h). */
#include "wctype_impl.h"

int iswgraph(wint_t character)
{
    return iswprint(character) && !iswspace(character);
}

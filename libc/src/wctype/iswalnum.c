/* iswalnum(): letter or digit (libc, wctype; coverage in wctype_impl.h). */
#include "wctype_impl.h"

int iswalnum(wint_t character)
{
    return iswalpha(character) || iswdigit(character);
}

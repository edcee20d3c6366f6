/* __koito_char_class_has_wide(): a bracket expression's class tested on a
 * wide character (libc, ctype; internal). The class numbers follow
 * wctype's order, so the wctype_t is the number + 1. */
#include "char_class.h"
#include <wctype.h>

int __koito_char_class_has_wide(int char_class, unsigned character)
{
    return iswctype((wint_t)character, (wctype_t)char_class + 1);
}

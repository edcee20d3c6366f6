/* __koito_char_class_has(): test a byte against a named class (libc, ctype; internal). */
#include "char_class.h"
#include <ctype.h>

/* In the order of __koito_char_class's names. */
static int (*const class_tests[])(int) = {isalnum, isalpha, isblank, iscntrl, isdigit, isgraph,
                                          islower, isprint, ispunct, isspace, isupper, isxdigit};

int __koito_char_class_has(int char_class, int character)
{
    return class_tests[char_class](character) != 0;
}

/* __koito_char_class(): look up a bracket expression's class name (libc, ctype; internal). */
#include "char_class.h"
#include <string.h>

/* In the order of __koito_char_class_has's table. */
static const char *const class_names[] = {"alnum", "alpha", "blank", "cntrl", "digit", "graph",
                                          "lower", "print", "punct", "space", "upper", "xdigit"};

int __koito_char_class(const char *name, size_t length)
{
    for (size_t index = 0; index < sizeof class_names / sizeof class_names[0]; index++) {
        if (strlen(class_names[index]) == length && memcmp(class_names[index], name, length) == 0)
            return (int)index;
    }
    return -1;
}

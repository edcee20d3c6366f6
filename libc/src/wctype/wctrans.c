/* wctrans() and towctrans() (libc, wctype): the case mappings by name
 * ("tolower", "toupper"); 0 for any other name. */
#include <string.h>
#include <wctype.h>

static const int mappings[2];

wctrans_t wctrans(const char *name)
{
    if (strcmp(name, "tolower") == 0) {
        return &mappings[0];
    }
    if (strcmp(name, "toupper") == 0) {
        return &mappings[1];
    }
    return 0;
}

wint_t towctrans(wint_t character, wctrans_t mapping)
{
    if (mapping == &mappings[0]) {
        return towlower(character);
    }
    if (mapping == &mappings[1]) {
        return towupper(character);
    }
    return character;
}

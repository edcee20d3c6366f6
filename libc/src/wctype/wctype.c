/* wctype() and iswctype() (libc, wctype): the classes by name. A wctype_t
 * is the class's index + 1, so 0 means "no such class", as C asks. */
#include <string.h>
#include <wctype.h>

static const struct {
    const char *name;
    int (*test)(wint_t);
} classes[] = {
    {"alnum", iswalnum}, {"alpha", iswalpha}, {"blank", iswblank}, {"cntrl", iswcntrl},
    {"digit", iswdigit}, {"graph", iswgraph}, {"lower", iswlower}, {"print", iswprint},
    {"punct", iswpunct}, {"space", iswspace}, {"upper", iswupper}, {"xdigit", iswxdigit},
};

wctype_t wctype(const char *name)
{
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++) {
        if (strcmp(name, classes[i].name) == 0) {
            return i + 1;
        }
    }
    return 0;
}

int iswctype(wint_t character, wctype_t type)
{
    if (type == 0 || type > sizeof classes / sizeof classes[0]) {
        return 0;
    }
    return classes[type - 1].test(character) != 0;
}

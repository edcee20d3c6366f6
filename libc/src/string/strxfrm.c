/* strxfrm(): the collation key of a string (libc, string); in KOITO's locales
 * (byte-value collation) the key is the string itself. Returns its length;
 * the key was stored only if that is less than `length`. */
#include <string.h>

size_t strxfrm(char *restrict destination, const char *restrict source, size_t length)
{
    size_t needed = strlen(source);
    if (needed < length) {
        memcpy(destination, source, needed + 1);
    }
    return needed;
}

/*
 * wcsrtombs() (libc, multibyte): wide characters to a multibyte string.
 * Stores at most `length` bytes and never a partial character when
 * `destination` is not NULL; leaves *source at the first character not
 * converted (NULL after the terminator); returns the bytes stored (the
 * terminator not counted) or (size_t)-1 with EILSEQ.
 */
#include <string.h>
#include <wchar.h>

size_t wcsrtombs(char *restrict destination, const wchar_t **restrict source, size_t length,
                 mbstate_t *restrict state)
{
    (void)state; /* wcrtomb never leaves a state mid-character */
    const wchar_t *next = *source;
    size_t count = 0;
    char bytes[4];
    for (;; next++) {
        size_t used = wcrtomb(bytes, *next, NULL);
        if (used == (size_t)-1) {
            if (destination != NULL) {
                *source = next;
            }
            return (size_t)-1;
        }
        if (destination != NULL) {
            if (count + used > length) {
                *source = next;
                return count;
            }
            memcpy(destination + count, bytes, used);
        }
        if (*next == 0) {
            if (destination != NULL) {
                *source = NULL;
            }
            return count;
        }
        count += used;
    }
}

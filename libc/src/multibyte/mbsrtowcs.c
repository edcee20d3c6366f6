/*
 * mbsrtowcs() (libc, multibyte): a multibyte string to wide characters.
 * Stores at most `length` characters when `destination` is not NULL; leaves
 * *source at the first character not converted (NULL after the terminator);
 * returns the count stored (the terminator not counted) or (size_t)-1 with
 * EILSEQ, *source then at the bad character.
 */
#include <string.h>
#include <wchar.h>

size_t mbsrtowcs(wchar_t *restrict destination, const char **restrict source, size_t length,
                 mbstate_t *restrict state)
{
    static mbstate_t own_state;
    if (state == NULL) {
        state = &own_state;
    }
    const char *next = *source;
    size_t count = 0;
    while (destination == NULL || count < length) {
        wchar_t character;
        size_t used = mbrtowc(&character, next, 4, state);
        if (used == (size_t)-1) {
            if (destination != NULL) {
                *source = next;
            }
            return (size_t)-1;
        }
        if (used == 0) {
            if (destination != NULL) {
                destination[count] = 0;
                *source = NULL;
            }
            return count;
        }
        if (destination != NULL) {
            destination[count] = character;
        }
        /* mbrtowc may report -2 only when fewer than 4 bytes remained, and
         * a NUL among them would have been a bad continuation: impossible. */
        next += used;
        count++;
    }
    *source = next;
    return count;
}

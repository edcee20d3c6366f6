/* The integer parser shared by the strto* family (libc, stdlib); see strtox.h.
 * Leading white space is isspace()'s for byte strings and iswspace()'s for
 * wide ones, as C specifies. */
#include "strtox.h"
#include <limits.h>
#include <wctype.h>

static unsigned char_at(const void *string, size_t char_size, size_t index)
{
    if (char_size == 1) {
        return ((const unsigned char *)string)[index];
    }
    return ((const unsigned *)string)[index];
}

static unsigned digit_value(unsigned character)
{
    if (character - '0' < 10) {
        return character - '0';
    }
    if ((character | 32) - 'a' < 26) {
        return (character | 32) - 'a' + 10;
    }
    return 99;
}

static int is_space(unsigned character, size_t char_size)
{
    if (char_size == 1) {
        return character == ' ' || character - '\t' < 5;
    }
    return iswspace(character);
}

struct __koito_strtox __koito_strtox(const void *string, size_t char_size, int base)
{
    struct __koito_strtox result = {0, 0, 0, 0, 0};
    if (base < 0 || base == 1 || base > 36) {
        result.bad_base = 1;
        return result;
    }
    size_t i = 0;
    while (is_space(char_at(string, char_size, i), char_size)) {
        i++;
    }
    unsigned sign = char_at(string, char_size, i);
    if (sign == '+' || sign == '-') {
        result.negative = sign == '-';
        i++;
    }
    /* "0x" counts as a prefix only if a hex digit follows; otherwise the
     * number is the "0" alone. */
    if ((base == 0 || base == 16) && char_at(string, char_size, i) == '0' &&
        (char_at(string, char_size, i + 1) | 32) == 'x' &&
        digit_value(char_at(string, char_size, i + 2)) < 16) {
        base = 16;
        i += 2;
    } else if (base == 0) {
        base = char_at(string, char_size, i) == '0' ? 8 : 10;
    }
    size_t first_digit = i;
    unsigned digit;
    while ((digit = digit_value(char_at(string, char_size, i))) < (unsigned)base) {
        if (__builtin_mul_overflow(result.magnitude, (unsigned)base, &result.magnitude) ||
            __builtin_add_overflow(result.magnitude, digit, &result.magnitude)) {
            result.overflow = 1;
        }
        i++;
    }
    if (result.overflow) {
        result.magnitude = ULLONG_MAX;
    }
    result.used = i > first_digit ? i : 0;
    return result;
}

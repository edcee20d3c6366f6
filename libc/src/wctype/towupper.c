/* towupper(): the upper-case form of a letter (libc, wctype). */
#include "wctype_impl.h"

wint_t towupper(wint_t character)
{
    if (character < 0x80) {
        return character - 'a' < 26 ? character & 0x5f : character;
    }
    if ((character >= 0xe0 && character <= 0xfe && character != 0xf7) ||
        (character >= 0x3b1 && character <= 0x3cb && character != 0x3c2) ||
        (character >= 0x430 && character <= 0x44f)) {
        return character - 0x20;
    }
    if (character >= 0x450 && character <= 0x45f) {
        return character - 0x50;
    }
    if (character == 0xff) {
        return 0x178;
    }
    if (character == 0xb5) {
        return 0x39c;
    }
    if (character == 0x3c2) {
        return 0x3a3; /* final sigma */
    }
    if ((character >= 0x100 && character <= 0x12f) || (character >= 0x132 && character <= 0x137) ||
        (character >= 0x14a && character <= 0x177)) {
        return character & ~(wint_t)1;
    }
    if ((character >= 0x139 && character <= 0x148) || (character >= 0x179 && character <= 0x17e)) {
        return character % 2 == 0 ? character - 1 : character;
    }
    return character;
}

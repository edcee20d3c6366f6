/* towlower(): the lower-case form of a letter (libc, wctype). */
#include "wctype_impl.h"

wint_t towlower(wint_t character)
{
    if (character < 0x80) {
        return character - 'A' < 26 ? character | 32 : character;
    }
    if ((character >= 0xc0 && character <= 0xde && character != 0xd7) ||
        (character >= 0x391 && character <= 0x3ab && character != 0x3a2) ||
        (character >= 0x410 && character <= 0x42f)) {
        return character + 0x20;
    }
    if (character >= 0x400 && character <= 0x40f) {
        return character + 0x50;
    }
    if (character == 0x178) {
        return 0xff;
    }
    /* Latin Extended-A pairs: upper even, lower odd, except where the
     * pairing shifts by one (0x139-0x148 and 0x179-0x17e). */
    if ((character >= 0x100 && character <= 0x12f) || (character >= 0x132 && character <= 0x137) ||
        (character >= 0x14a && character <= 0x177)) {
        return character | 1;
    }
    if ((character >= 0x139 && character <= 0x148) || (character >= 0x179 && character <= 0x17e)) {
        return character % 2 == 1 ? character + 1 : character;
    }
    return character;
}

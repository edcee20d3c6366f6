/* __koito_temp_name() (libc, stdlib internal): the six-character names of
 * mkstemp() and mkdtemp(). Each call takes the next value of an atomic
 * counter, scrambled by an odd multiplier (a bijection on 64 bits, so names
 * never repeat within a process) and offset by a per-process seed taken from
 * a stack address; the six characters are its base-62 digits. */
#include "temp_name.h"
#include <errno.h>
#include <stdint.h>
#include <string.h>

static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

int __koito_temp_name(char *template)
{
    size_t length = strlen(template);
    if (length < 6 || strcmp(template + length - 6, "XXXXXX") != 0) {
        errno = EINVAL;
        return -1;
    }
    static uint64_t counter;
    uint64_t seed = (uint64_t)(uintptr_t)&length;
    uint64_t value =
        (__atomic_add_fetch(&counter, 1, __ATOMIC_RELAXED) + seed) * UINT64_C(0x9e3779b97f4a7c15);
    for (size_t i = length - 6; i < length; i++) {
        template[i] = digits[value % 62];
        value /= 62;
    }
    return 0;
}

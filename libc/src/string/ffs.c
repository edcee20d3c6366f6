/* ffs(): position (from 1) of the lowest set bit, 0 for none (libc, string; <strings.h>). */
#include <strings.h>

int ffs(int value)
{
    return value == 0 ? 0 : __builtin_ctz((unsigned)value) + 1;
}

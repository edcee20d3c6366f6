/* tmpnam() (libc, stdio): a new name under P_tmpdir on every call
 * ("/tmp/tmp.<counter>"), in `name` or a static buffer. The counter is
 * atomic, so threads never get the same name. */
#include <stdio.h>

char *tmpnam(char *name)
{
    static char buffer[L_tmpnam];
    static unsigned long counter;
    unsigned long number = __atomic_add_fetch(&counter, 1, __ATOMIC_RELAXED);
    if (name == NULL) {
        name = buffer;
    }
    snprintf(name, L_tmpnam, "%s/tmp.%lu", P_tmpdir, number);
    return name;
}

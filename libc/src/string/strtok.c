/* strtok(): strtok_r() with one hidden position (libc, string). */
#include <string.h>

char *strtok(char *restrict string, const char *restrict separators)
{
    static char *state; /* C: strtok need not be thread-safe; strtok_r is */
    return strtok_r(string, separators, &state);
}

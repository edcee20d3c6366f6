/* puts(): write a string and a newline to stdout (libc, stdio core). */
#include <stdio.h>

int puts(const char *string)
{
    return fputs(string, stdout) == EOF || fputc('\n', stdout) == EOF ? EOF : 0;
}

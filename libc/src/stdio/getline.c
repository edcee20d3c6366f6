/* getline() (libc, stdio): getdelim() up to a newline. */
#include <stdio.h>

ssize_t getline(char **restrict line, size_t *restrict capacity, FILE *restrict stream)
{
    return getdelim(line, capacity, '\n', stream);
}

/* strcat(): append a string (libc, string). */
#include <string.h>

char *strcat(char *restrict destination, const char *restrict source)
{
    strcpy(destination + strlen(destination), source);
    return destination;
}

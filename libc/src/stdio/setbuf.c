/* setbuf() (libc, stdio): a BUFSIZ buffer of the caller's, or unbuffered for NULL. */
#include <stdio.h>

void setbuf(FILE *restrict stream, char *restrict buffer)
{
    setvbuf(stream, buffer, buffer != NULL ? _IOFBF : _IONBF, BUFSIZ);
}

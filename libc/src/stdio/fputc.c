/* fputc(): write one byte to a stream (libc, stdio core). */
#include "stdio_impl.h"

int fputc(int character, FILE *stream)
{
    char byte = (char)(unsigned char)character;
    return __koito_file_write(stream, &byte, 1) == 1 ? (unsigned char)character : EOF;
}

/* putwchar(): one wide character to standard output (libc, stdio core). */
#include <stdio.h>
#include <wchar.h>

wint_t putwchar(wchar_t character)
{
    return fputwc(character, stdout);
}

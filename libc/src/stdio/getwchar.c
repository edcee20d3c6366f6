/* getwchar(): one wide character from standard input (libc, stdio core). */
#include <stdio.h>
#include <wchar.h>

wint_t getwchar(void)
{
    return fgetwc(stdin);
}

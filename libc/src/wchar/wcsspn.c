/* wcsspn(): length of the prefix made only of characters in `accept` (libc, wchar). */
#include <wchar.h>

size_t wcsspn(const wchar_t *string, const wchar_t *accept)
{
    size_t i = 0;
    while (string[i] != 0 && wcschr(accept, string[i]) != NULL) {
        i++;
    }
    return i;
}

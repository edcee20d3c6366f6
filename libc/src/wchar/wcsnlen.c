/* wcsnlen(): length of a wide string, at most `limit` (libc, wchar). */
#include <wchar.h>

size_t wcsnlen(const wchar_t *string, size_t limit)
{
    size_t length = 0;
    while (length < limit && string[length] != 0) {
        length++;
    }
    return length;
}

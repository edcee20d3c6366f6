/* wcscspn(): length of the prefix with no character from `reject` (libc, wchar). */
#include <wchar.h>

size_t wcscspn(const wchar_t *string, const wchar_t *reject)
{
    size_t i = 0;
    while (string[i] != 0 && wcschr(reject, string[i]) == NULL) {
        i++;
    }
    return i;
}

/*
 * wcsftime (libc, wide characters): strftime with a wide format and result.
 *
 * The format is converted to its multibyte form, formatted by strftime into
 * a byte buffer large enough for `size` characters, and converted back.
 * Returns the number of wide characters written (without the terminator),
 * or 0 when they do not fit in `size` or a conversion fails.
 */
#include "wformat.h"
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include <wchar.h>

size_t wcsftime(wchar_t *restrict result, size_t size, const wchar_t *restrict format,
                const struct tm *restrict time)
{
    if (size == 0) {
        return 0;
    }
    result[0] = 0;
    char *bytes_format = __koito_wide_to_multibyte(format);
    if (bytes_format == NULL) {
        return 0;
    }
    size_t capacity = size > SIZE_MAX / MB_LEN_MAX ? SIZE_MAX : size * MB_LEN_MAX;
    char *bytes = malloc(capacity);
    size_t written = 0;
    if (bytes != NULL && strftime(bytes, capacity, bytes_format, time) > 0) {
        const char *source = bytes;
        mbstate_t state = {0};
        written = mbsrtowcs(result, &source, size, &state);
        /* source is NULL only when the terminator was converted too. */
        written = written == (size_t)-1 || source != NULL ? 0 : written;
    }
    free(bytes);
    free(bytes_format);
    return written;
}

/* strerror_r() (libc, string), the POSIX form: copies the message for
 * `error` into `buffer`; returns 0, EINVAL for an unknown number (the buffer
 * then says "Unknown error N"), or ERANGE if the message was cut short. */
#include "messages.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>

int strerror_r(int error, char *buffer, size_t length)
{
    const char *message = __koito_error_message(error);
    char unknown[32];
    if (message == NULL) {
        snprintf(unknown, sizeof unknown, "Unknown error %d", error);
        message = unknown;
    }
    size_t needed = strlen(message);
    if (length > 0) {
        size_t copied = needed < length ? needed : length - 1;
        memcpy(buffer, message, copied);
        buffer[copied] = '\0';
    }
    if (message == unknown) {
        return EINVAL;
    }
    return needed < length ? 0 : ERANGE;
}

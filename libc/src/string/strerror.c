/* strerror() (libc, string): the message for an errno value. An unknown
 * number gets "Unknown error N" in a static buffer. */
#include "messages.h"
#include <string.h>

char *strerror(int error)
{
    static char unknown[32]; /* C lets strerror share one buffer */
    const char *message = __koito_error_message(error);
    if (message != NULL) {
        return (char *)message;
    }
    strerror_r(error, unknown, sizeof unknown);
    return unknown;
}

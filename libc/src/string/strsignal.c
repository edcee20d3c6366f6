/* strsignal() (libc, string): the description of a signal number; an unknown
 * one gets "Unknown signal N" in a static buffer. */
#include "messages.h"
#include <stdio.h>
#include <string.h>

char *strsignal(int number)
{
    static char unknown[32]; /* C lets strsignal share one buffer */
    const char *message = __koito_signal_message(number);
    if (message != NULL) {
        return (char *)message;
    }
    snprintf(unknown, sizeof unknown, "Unknown signal %d", number);
    return unknown;
}

/* Message tables for strerror() and strsignal() (libc, internal header). */
#ifndef KOITO_LIBC_INTERNAL_MESSAGES_H
#define KOITO_LIBC_INTERNAL_MESSAGES_H

#include "libc.h"

/* The message for an errno value, or NULL if it is not one. */
__KOITO_HIDDEN const char *__koito_error_message(int error);
/* The description of a signal number, or NULL if it is not one. */
__KOITO_HIDDEN const char *__koito_signal_message(int number);

#endif

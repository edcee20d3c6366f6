/*
 * The allocator's last words (libc, malloc). A corrupted heap cannot be
 * trusted to format a message with stdio (which may allocate), so the message
 * is built by hand and written straight to the console.
 */
#include "malloc_impl.h"
#include "port.h"
#include <stdlib.h>
#include <string.h>

void __koito_malloc_abort(const char *what, const void *pointer)
{
    char message[160] = "koito: malloc: ";
    char address[19] = "0x";
    uintptr_t value = (uintptr_t)pointer;
    for (int i = 0; i < 16; i++) {
        address[2 + i] = "0123456789abcdef"[(value >> (60 - 4 * i)) & 15];
    }
    address[18] = '\0';
    strncat(message, what, 100);
    strcat(message, " at ");
    strcat(message, address);
    strcat(message, "\n");
    __koito_console_message(message);
    abort();
}

/*
 * Writes of any length to the console server (libkoito, client side of the
 * console protocol); see <koito/console.h>.
 */
#include <koito/console.h>

#include <stdint.h>

enum koito_console_error koito_console_write_all(a9n_descriptor_t output, const void *data,
                                                 size_t length, size_t *written)
{
    const uint8_t *bytes = data;
    size_t done = 0;
    enum koito_console_error error = KOITO_CONSOLE_OK;
    while (done < length && error == KOITO_CONSOLE_OK) {
        size_t chunk = length - done;
        if (chunk > KOITO_CONSOLE_WRITE_MAX)
            chunk = KOITO_CONSOLE_WRITE_MAX;
        error = koito_console_write(output, bytes + done, chunk);
        if (error == KOITO_CONSOLE_OK)
            done += chunk;
    }
    if (written)
        *written = done;
    return error;
}

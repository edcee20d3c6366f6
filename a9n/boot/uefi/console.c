/*
 * Loader messages on the UEFI console (EFI_SIMPLE_TEXT_OUTPUT_PROTOCOL.
 * OutputString, which takes UCS-2 strings).
 *
 * Layer: UEFI boot loader, firmware console. ASCII is widened in small
 * chunks on the stack, so printing never allocates memory: it is safe right
 * up to the last call before ExitBootServices.
 */
#include "console.h"

#define CONSOLE_CHUNK 64u

static struct efi_simple_text_output *console_out;

void console_init(struct efi_simple_text_output *out)
{
    console_out = out;
}

void console_disable(void)
{
    console_out = 0;
}

void console_write(const char *text)
{
    efi_char16 chunk[CONSOLE_CHUNK + 2];
    size_t used = 0;
    if (console_out == 0) {
        return;
    }
    for (; *text != '\0'; text++) {
        if (*text == '\n') {
            chunk[used++] = '\r';
        }
        chunk[used++] = (efi_char16)(unsigned char)*text;
        if (used >= CONSOLE_CHUNK) {
            chunk[used] = 0;
            console_out->output_string(console_out, chunk);
            used = 0;
        }
    }
    chunk[used] = 0;
    console_out->output_string(console_out, chunk);
}

void console_write_decimal(uint64_t value)
{
    char digits[21];
    size_t position = sizeof(digits) - 1;
    digits[position] = '\0';
    do {
        digits[--position] = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    console_write(&digits[position]);
}

void console_write_hex(uint64_t value)
{
    char digits[19];
    size_t position = sizeof(digits) - 1;
    digits[position] = '\0';
    do {
        digits[--position] = "0123456789abcdef"[value & 0xf];
        value >>= 4;
    } while (value != 0);
    digits[--position] = 'x';
    digits[--position] = '0';
    console_write(&digits[position]);
}

void console_begin(void)
{
    console_write("A9N loader: ");
}

void console_begin_error(const char *subject)
{
    console_write("A9N loader: error: ");
    if (subject != 0) {
        console_write(subject);
        console_write(": ");
    }
}

void console_error(const char *subject, const char *detail)
{
    console_begin_error(subject);
    console_write(detail);
    console_write("\n");
}

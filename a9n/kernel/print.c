/*
 * Kernel console output (portable core); see include/kernel/print.h.
 * Text is formatted into a small stack buffer and handed to the HAL's console
 * in pieces, so the formatter needs no memory of its own.
 */
#include <hal/hal.h>
#include <kernel/print.h>
#include <stdbool.h>
#include <stdint.h>

struct print_buffer {
    char text[128];
    unsigned used;
};

static void print_flush(struct print_buffer *buffer)
{
    hal_console_write(buffer->text, buffer->used);
    buffer->used = 0;
}

static void print_char(struct print_buffer *buffer, char c)
{
    if (buffer->used == sizeof(buffer->text))
        print_flush(buffer);
    buffer->text[buffer->used++] = c;
}

static void print_number(struct print_buffer *buffer, uint64_t value, unsigned base, bool negative,
                         unsigned width, char pad)
{
    char digits[24];
    unsigned count = 0;
    do {
        digits[count++] = "0123456789abcdef"[value % base];
        value /= base;
    } while (value);
    if (negative)
        digits[count++] = '-';
    while (width > count) {
        print_char(buffer, pad);
        width--;
    }
    while (count)
        print_char(buffer, digits[--count]);
}

void kvprintf(const char *format, va_list arguments)
{
    struct print_buffer buffer = {.used = 0};
    for (const char *p = format; *p; p++) {
        if (*p != '%') {
            print_char(&buffer, *p);
            continue;
        }
        p++;
        char pad = ' ';
        if (*p == '0') {
            pad = '0';
            p++;
        }
        unsigned width = 0;
        while (*p >= '0' && *p <= '9')
            width = width * 10 + (unsigned)(*p++ - '0');
        bool is_long = false;
        if (*p == 'l') {
            is_long = true;
            p++;
        }
        switch (*p) {
        case 'd':
        case 'i': {
            int64_t value = is_long ? va_arg(arguments, long) : va_arg(arguments, int);
            uint64_t magnitude = value < 0 ? 0 - (uint64_t)value : (uint64_t)value;
            print_number(&buffer, magnitude, 10, value < 0, width, pad);
            break;
        }
        case 'u':
        case 'x': {
            uint64_t value =
                is_long ? va_arg(arguments, unsigned long) : va_arg(arguments, unsigned int);
            print_number(&buffer, value, *p == 'x' ? 16 : 10, false, width, pad);
            break;
        }
        case 'p':
            print_char(&buffer, '0');
            print_char(&buffer, 'x');
            print_number(&buffer, (uint64_t)va_arg(arguments, void *), 16, false, 16, '0');
            break;
        case 's': {
            const char *text = va_arg(arguments, const char *);
            for (text = text ? text : "(null)"; *text; text++)
                print_char(&buffer, *text);
            break;
        }
        case 'c':
            print_char(&buffer, (char)va_arg(arguments, int));
            break;
        case '%':
            print_char(&buffer, '%');
            break;
        default:
            print_char(&buffer, '?');
            if (!*p)
                p--;
            break;
        }
    }
    print_flush(&buffer);
}

void kprintf(const char *format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    kvprintf(format, arguments);
    va_end(arguments);
}

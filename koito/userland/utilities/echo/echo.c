/*
 * echo: writes its arguments separated by spaces, then a newline (userland
 * utility). Follows coreutils: -n drops the newline, -e interprets backslash
 * escapes (\\ \a \b \c \e \f \n \r \t \v \0NNN \xHH), -E (the default) does
 * not. An argument is an option only if it is made of those letters alone.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static bool echo_is_option(const char *argument)
{
    return argument[0] == '-' && argument[1] != '\0' &&
           strspn(argument + 1, "neE") == strlen(argument + 1);
}

static int echo_hex(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Writes argument with escapes interpreted; false after \c (stop output). */
static bool echo_escaped(const char *p)
{
    for (; *p; p++) {
        if (*p != '\\' || p[1] == '\0') {
            putchar(*p);
            continue;
        }
        switch (*++p) {
        case 'a':
            putchar('\a');
            break;
        case 'b':
            putchar('\b');
            break;
        case 'c':
            return false;
        case 'e':
            putchar(0x1b);
            break;
        case 'f':
            putchar('\f');
            break;
        case 'n':
            putchar('\n');
            break;
        case 'r':
            putchar('\r');
            break;
        case 't':
            putchar('\t');
            break;
        case 'v':
            putchar('\v');
            break;
        case '\\':
            putchar('\\');
            break;
        case '0': {
            int value = 0;
            for (int digits = 0; digits < 3 && p[1] >= '0' && p[1] <= '7'; digits++)
                value = value * 8 + (*++p - '0');
            putchar(value);
            break;
        }
        case 'x':
            if (echo_hex((unsigned char)p[1]) >= 0) {
                int value = echo_hex((unsigned char)*++p);
                if (echo_hex((unsigned char)p[1]) >= 0)
                    value = value * 16 + echo_hex((unsigned char)*++p);
                putchar(value);
                break;
            }
            /* fall through: "\x" without digits stays as written */
        default:
            putchar('\\');
            putchar(*p);
        }
    }
    return true;
}

int main(int argc, char **argv)
{
    bool newline = true, escapes = false;
    int i = 1;
    for (; i < argc && echo_is_option(argv[i]); i++) {
        for (const char *flag = argv[i] + 1; *flag; flag++) {
            if (*flag == 'n')
                newline = false;
            else
                escapes = *flag == 'e';
        }
    }
    for (int first = i; i < argc; i++) {
        if (i > first)
            putchar(' ');
        if (escapes && !echo_escaped(argv[i]))
            return fflush(stdout) == 0 ? 0 : 1;
        if (!escapes)
            fputs(argv[i], stdout);
    }
    if (newline)
        putchar('\n');
    return fflush(stdout) == 0 ? 0 : 1;
}

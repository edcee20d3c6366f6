/*
 * The wide printf engine (libc, stdio core; see wformat.h).
 *
 * Each conversion specification is parsed here, in wide characters. The
 * character conversions are written here; every other conversion is handed
 * to the byte engine as a rebuilt specification with the argument already
 * fetched, and its ASCII output is widened on the way to the sink.
 */
#include "format.h"
#include "wformat.h"
#include <errno.h>
#include <limits.h>
#include <stdint.h>

/* Turns the byte engine's output into wide characters for a wide sink. */
struct widening_sink {
    struct __koito_sink base; /* first, so a sink pointer converts back */
    struct __koito_wsink *wide;
};

static void widen(struct __koito_sink *sink, const char *data, size_t length)
{
    struct __koito_wsink *wide = ((struct widening_sink *)sink)->wide;
    wchar_t chunk[64];
    while (length > 0) {
        size_t n = length < 64 ? length : 64;
        for (size_t i = 0; i < n; i++) {
            chunk[i] = (unsigned char)data[i];
        }
        wide->write(wide, chunk, n);
        data += n;
        length -= n;
    }
}

static int format_one(struct __koito_sink *sink, const char *specification, ...)
{
    va_list argument;
    va_start(argument, specification);
    int result = __koito_format(sink, specification, argument);
    va_end(argument);
    return result;
}

static size_t pad(struct __koito_wsink *sink, size_t count)
{
    static const wchar_t spaces[] = L"                ";
    for (size_t left = count; left > 0;) {
        size_t n = left < 16 ? left : 16;
        sink->write(sink, spaces, n);
        left -= n;
    }
    return count;
}

/* The characters of a %c or %s conversion: a wide or a multibyte string. */
struct characters {
    const wchar_t *wide;   /* a wide string, or */
    const char *multibyte; /* a multibyte string */
    size_t length;         /* characters to write */
};

static int next_character(struct characters *from, mbstate_t *state, wchar_t *out)
{
    if (from->wide != NULL) {
        *out = *from->wide++;
        return 0;
    }
    size_t used = mbrtowc(out, from->multibyte, MB_LEN_MAX, state);
    if (used == (size_t)-1 || used == (size_t)-2) {
        return -1;
    }
    from->multibyte += used == 0 ? 1 : used;
    return 0;
}

/* Counts the characters of a multibyte string up to `limit`; -1 if the
 * string is not valid in the locale. */
static long count_multibyte(const char *string, size_t limit)
{
    mbstate_t state = {0};
    size_t count = 0;
    while (count < limit && *string != '\0') {
        size_t used = mbrtowc(NULL, string, MB_LEN_MAX, &state);
        if (used == (size_t)-1 || used == (size_t)-2) {
            return -1;
        }
        string += used;
        count++;
    }
    return (long)count;
}

/* Writes from->length characters padded with spaces to `width`. */
static size_t write_characters(struct __koito_wsink *sink, struct characters *from, size_t width,
                               int left)
{
    size_t padding = width > from->length ? width - from->length : 0;
    size_t total = from->length + padding;
    if (!left) {
        pad(sink, padding);
    }
    mbstate_t state = {0};
    for (size_t i = 0; i < from->length; i++) {
        wchar_t character;
        next_character(from, &state, &character);
        sink->write(sink, &character, 1);
    }
    if (left) {
        pad(sink, padding);
    }
    return total;
}

enum length { NONE, HH, H, L, LL, J, Z, T, BIG_L };

static enum length parse_length(const wchar_t **cursor)
{
    static const struct {
        wchar_t first, second;
        enum length length;
    } lengths[] = {{L'h', L'h', HH}, {L'h', 0, H}, {L'l', L'l', LL}, {L'l', 0, L},
                   {L'j', 0, J},     {L'z', 0, Z}, {L't', 0, T},     {L'L', 0, BIG_L}};
    for (size_t i = 0; i < sizeof lengths / sizeof lengths[0]; i++) {
        if ((*cursor)[0] == lengths[i].first &&
            (lengths[i].second == 0 || (*cursor)[1] == lengths[i].second)) {
            *cursor += lengths[i].second == 0 ? 1 : 2;
            return lengths[i].length;
        }
    }
    return NONE;
}

/* Appends the decimal digits of `value` to text[*used...]. */
static void append_number(char *text, size_t *used, unsigned long value)
{
    char digits[24];
    size_t n = 0;
    do {
        digits[n++] = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n > 0) {
        text[(*used)++] = digits[--n];
    }
}

/* Parses a decimal number; -1 if it exceeds INT_MAX. */
static long parse_number(const wchar_t **cursor)
{
    long value = 0;
    while (**cursor >= L'0' && **cursor <= L'9') {
        value = value * 10 + (**cursor - L'0');
        if (value > INT_MAX) {
            return -1;
        }
        ++*cursor;
    }
    return value;
}

static int signed_conversion(struct __koito_sink *sink, const char *text, enum length length,
                             va_list *ap)
{
    switch (length) {
    case HH:
        return format_one(sink, text, (intmax_t)(signed char)va_arg(*ap, int));
    case H:
        return format_one(sink, text, (intmax_t)(short)va_arg(*ap, int));
    case L:
        return format_one(sink, text, (intmax_t)va_arg(*ap, long));
    case LL:
        return format_one(sink, text, (intmax_t)va_arg(*ap, long long));
    case J:
        return format_one(sink, text, va_arg(*ap, intmax_t));
    case Z:
    case T:
        return format_one(sink, text, (intmax_t)va_arg(*ap, ptrdiff_t));
    default:
        return format_one(sink, text, (intmax_t)va_arg(*ap, int));
    }
}

static int unsigned_conversion(struct __koito_sink *sink, const char *text, enum length length,
                               va_list *ap)
{
    switch (length) {
    case HH:
        return format_one(sink, text, (uintmax_t)(unsigned char)va_arg(*ap, unsigned));
    case H:
        return format_one(sink, text, (uintmax_t)(unsigned short)va_arg(*ap, unsigned));
    case L:
        return format_one(sink, text, (uintmax_t)va_arg(*ap, unsigned long));
    case LL:
        return format_one(sink, text, (uintmax_t)va_arg(*ap, unsigned long long));
    case J:
        return format_one(sink, text, va_arg(*ap, uintmax_t));
    case Z:
    case T:
        return format_one(sink, text, (uintmax_t)va_arg(*ap, size_t));
    default:
        return format_one(sink, text, (uintmax_t)va_arg(*ap, unsigned));
    }
}

/* %n: stores the count of wide characters so far through the argument, a
 * pointer to the type its length names; returns 0, or EINVAL for L. */
static int store_count(va_list *ap, enum length length, size_t count)
{
    switch (length) {
    case HH:
        *va_arg(*ap, signed char *) = (signed char)count;
        return 0;
    case H:
        *va_arg(*ap, short *) = (short)count;
        return 0;
    case L:
        *va_arg(*ap, long *) = (long)count;
        return 0;
    case LL:
        *va_arg(*ap, long long *) = (long long)count;
        return 0;
    case J:
        *va_arg(*ap, intmax_t *) = (intmax_t)count;
        return 0;
    case Z:
        *va_arg(*ap, size_t *) = count;
        return 0;
    case T:
        *va_arg(*ap, ptrdiff_t *) = (ptrdiff_t)count;
        return 0;
    case NONE:
        *va_arg(*ap, int *) = (int)count;
        return 0;
    default:
        return EINVAL;
    }
}

int __koito_wformat(struct __koito_wsink *sink, const wchar_t *format, va_list arguments)
{
    struct widening_sink widening = {{widen}, sink};
    va_list ap;
    size_t total = 0;
    int failed = 0;
    const wchar_t *cursor = format;

    va_copy(ap, arguments);
    while (!failed && *cursor != 0) {
        const wchar_t *literal = cursor;
        while (*cursor != 0 && *cursor != L'%') {
            cursor++;
        }
        if (cursor > literal) {
            sink->write(sink, literal, (size_t)(cursor - literal));
            total += (size_t)(cursor - literal);
            continue;
        }
        cursor++;

        /* The specification rebuilt for the byte engine: %, flags, width,
         * precision, j (numbers) or the length, the conversion. */
        char text[48] = "%";
        size_t used = 1;
        static const char flag_letters[] = "-+ 0#";
        unsigned flags = 0;
        for (;; cursor++) {
            unsigned flag = 0;
            for (unsigned i = 0; i < 5; i++) {
                flag |= *cursor == (wchar_t)flag_letters[i] ? 1u << i : 0;
            }
            if (flag == 0) {
                break;
            }
            flags |= flag;
        }
        for (unsigned i = 0; i < 5; i++) {
            if (flags & (1u << i)) {
                text[used++] = flag_letters[i];
            }
        }
        int left = flags & 1u;
        long width;
        if (*cursor == L'*') {
            int number = va_arg(ap, int);
            cursor++;
            if (number < 0) {
                left = 1;
                text[used++] = '-'; /* a negative width from * means '-' */
                width = number == INT_MIN ? INT_MAX : -number;
            } else {
                width = number;
            }
        } else {
            width = parse_number(&cursor);
        }
        long precision = -1;
        if (*cursor == L'.') {
            cursor++;
            if (*cursor == L'*') {
                int number = va_arg(ap, int);
                cursor++;
                precision = number < 0 ? -1 : number;
            } else {
                precision = parse_number(&cursor);
                failed = precision < 0 ? EOVERFLOW : 0;
            }
        }
        if (width < 0) {
            failed = EOVERFLOW;
        }
        if (failed) {
            break;
        }
        if (width > 0) {
            append_number(text, &used, (unsigned long)width);
        }
        if (precision >= 0) {
            text[used++] = '.';
            append_number(text, &used, (unsigned long)precision);
        }
        enum length length = parse_length(&cursor);
        wchar_t conversion = *cursor != 0 ? *cursor++ : 0;
        int result = 0;

        switch (conversion) {
        case L'd':
        case L'i':
        case L'o':
        case L'u':
        case L'x':
        case L'X':
            if (length == BIG_L) {
                failed = EINVAL;
                break;
            }
            text[used++] = 'j';
            text[used++] = (char)conversion;
            text[used] = '\0';
            result = conversion == L'd' || conversion == L'i'
                         ? signed_conversion(&widening.base, text, length, &ap)
                         : unsigned_conversion(&widening.base, text, length, &ap);
            break;
        case L'f':
        case L'F':
        case L'e':
        case L'E':
        case L'g':
        case L'G':
        case L'a':
        case L'A':
            if (length != NONE && length != L && length != BIG_L) {
                failed = EINVAL;
                break;
            }
            if (length == BIG_L) {
                text[used++] = 'L';
            }
            text[used++] = (char)conversion;
            text[used] = '\0';
            result = length == BIG_L ? format_one(&widening.base, text, va_arg(ap, long double))
                                     : format_one(&widening.base, text, va_arg(ap, double));
            break;
        case L'p':
            text[used++] = 'p';
            text[used] = '\0';
            result = format_one(&widening.base, text, va_arg(ap, void *));
            break;
        case L'c': {
            wchar_t character;
            if (length == L) {
                character = (wchar_t)va_arg(ap, wint_t);
            } else if (length == NONE) {
                wint_t converted = btowc((unsigned char)va_arg(ap, int));
                if (converted == WEOF) {
                    failed = EILSEQ;
                    break;
                }
                character = (wchar_t)converted;
            } else {
                failed = EINVAL;
                break;
            }
            struct characters from = {&character, NULL, 1};
            total += write_characters(sink, &from, (size_t)width, left);
            break;
        }
        case L's': {
            size_t limit = precision < 0 ? (size_t)-1 : (size_t)precision;
            struct characters from = {NULL, NULL, 0};
            if (length == L) {
                from.wide = va_arg(ap, const wchar_t *);
                from.wide = from.wide != NULL ? from.wide : L"(null)";
                while (from.length < limit && from.wide[from.length] != 0) {
                    from.length++;
                }
            } else if (length == NONE) {
                from.multibyte = va_arg(ap, const char *);
                from.multibyte = from.multibyte != NULL ? from.multibyte : "(null)";
                long count = count_multibyte(from.multibyte, limit);
                if (count < 0) {
                    failed = EILSEQ;
                    break;
                }
                from.length = (size_t)count;
            } else {
                failed = EINVAL;
                break;
            }
            total += write_characters(sink, &from, (size_t)width, left);
            break;
        }
        case L'n':
            failed = store_count(&ap, length, total);
            break;
        case L'%':
            sink->write(sink, L"%", 1);
            total++;
            break;
        default:
            /* Unknown conversions and a format ending in the middle of a
             * specification. */
            failed = EINVAL;
            break;
        }
        if (result < 0) {
            failed = errno;
        } else {
            total += (size_t)result;
        }
    }
    va_end(ap);

    if (!failed && total > INT_MAX) {
        failed = EOVERFLOW;
    }
    if (failed) {
        errno = failed;
        return -1;
    }
    return (int)total;
}

/*
 * Parser of /a9n/boot.cfg (format in config.h).
 *
 * Layer: UEFI boot loader, pure C; unit-tested on the host.
 *
 * The file comes from a disk anyone may have edited, so every byte is
 * checked: the parser never reads outside [text, text + size) and never
 * writes past a field, whatever the input.
 */
#include "config.h"

struct config_line {
    const char *start;
    size_t length;
};

enum config_key {
    CONFIG_KEY_KERNEL,
    CONFIG_KEY_ROOT,
    CONFIG_KEY_INITRD,
    CONFIG_KEY_CMDLINE,
    CONFIG_KEY_COUNT,
};

static const char *const config_key_names[CONFIG_KEY_COUNT] = {
    [CONFIG_KEY_KERNEL] = "kernel",
    [CONFIG_KEY_ROOT] = "root",
    [CONFIG_KEY_INITRD] = "initrd",
    [CONFIG_KEY_CMDLINE] = "cmdline",
};

static bool config_is_blank(char c)
{
    return c == ' ' || c == '\t';
}

/* Drop leading and trailing blanks. */
static struct config_line config_trim(struct config_line text)
{
    while (text.length > 0 && config_is_blank(text.start[0])) {
        text.start++;
        text.length--;
    }
    while (text.length > 0 && config_is_blank(text.start[text.length - 1])) {
        text.length--;
    }
    return text;
}

/* Control bytes are refused everywhere (tab is a blank, not a control byte);
 * bytes >= 0x80 only in comments, since paths become UCS-2 by widening and
 * the command line is ASCII by contract. */
static enum config_error config_check_bytes(struct config_line line, bool comment)
{
    for (size_t i = 0; i < line.length; i++) {
        unsigned char c = (unsigned char)line.start[i];
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
            return CONFIG_ERROR_CONTROL_BYTE;
        }
        if (c >= 0x80 && !comment) {
            return CONFIG_ERROR_NON_ASCII;
        }
    }
    return CONFIG_OK;
}

static bool config_key_lookup(struct config_line key, enum config_key *found)
{
    for (int k = 0; k < CONFIG_KEY_COUNT; k++) {
        const char *name = config_key_names[k];
        size_t i = 0;
        while (i < key.length && name[i] != '\0' && name[i] == key.start[i]) {
            i++;
        }
        if (i == key.length && name[i] == '\0') {
            *found = (enum config_key)k;
            return true;
        }
    }
    return false;
}

static enum config_error config_store_path(char *out, struct config_line value)
{
    if (value.length == 0 || value.start[0] != '/') {
        return CONFIG_ERROR_BAD_PATH;
    }
    if (value.length >= CONFIG_PATH_MAX) {
        return CONFIG_ERROR_VALUE_TOO_LONG;
    }
    for (size_t i = 0; i < value.length; i++) {
        if (value.start[i] == '\\') {
            return CONFIG_ERROR_BAD_PATH;
        }
    }
    __builtin_memcpy(out, value.start, value.length);
    out[value.length] = '\0';
    return CONFIG_OK;
}

static enum config_error config_store(struct config *config, enum config_key key,
                                      struct config_line value)
{
    switch (key) {
    case CONFIG_KEY_KERNEL:
        return config_store_path(config->kernel, value);
    case CONFIG_KEY_ROOT:
        return config_store_path(config->root, value);
    case CONFIG_KEY_INITRD:
        return config_store_path(config->initrd, value);
    case CONFIG_KEY_CMDLINE:
        if (value.length >= CONFIG_CMDLINE_MAX) {
            return CONFIG_ERROR_VALUE_TOO_LONG;
        }
        __builtin_memcpy(config->cmdline, value.start, value.length);
        config->cmdline[value.length] = '\0';
        config->cmdline_length = (uint32_t)value.length;
        return CONFIG_OK;
    case CONFIG_KEY_COUNT:
        break;
    }
    return CONFIG_ERROR_UNKNOWN_KEY;
}

/* One line, without its LF or CRLF. `seen` records the keys met so far. */
static enum config_error config_parse_line(struct config *config, struct config_line line,
                                           bool seen[CONFIG_KEY_COUNT])
{
    struct config_line content = config_trim(line);
    bool comment = content.length > 0 && content.start[0] == '#';
    enum config_error error = config_check_bytes(line, comment);
    if (error != CONFIG_OK || comment || content.length == 0) {
        return error;
    }

    size_t equals = 0;
    while (equals < content.length && content.start[equals] != '=') {
        equals++;
    }
    if (equals == content.length) {
        return CONFIG_ERROR_NO_EQUALS;
    }
    struct config_line key = config_trim((struct config_line){content.start, equals});
    struct config_line value =
        config_trim((struct config_line){content.start + equals + 1, content.length - equals - 1});

    enum config_key k;
    if (!config_key_lookup(key, &k)) {
        return CONFIG_ERROR_UNKNOWN_KEY;
    }
    if (seen[k]) {
        return CONFIG_ERROR_DUPLICATE_KEY;
    }
    seen[k] = true;
    return config_store(config, k, value);
}

enum config_error config_parse(struct config *config, const char *text, size_t size, uint32_t *line)
{
    bool seen[CONFIG_KEY_COUNT] = {false};
    __builtin_memset(config, 0, sizeof(*config));
    *line = 0;

    /* A UTF-8 byte-order mark, as some editors write, is not content. */
    if (size >= 3 && (unsigned char)text[0] == 0xef && (unsigned char)text[1] == 0xbb &&
        (unsigned char)text[2] == 0xbf) {
        text += 3;
        size -= 3;
    }

    size_t position = 0;
    uint32_t number = 0;
    while (position < size) {
        number++;
        size_t end = position;
        while (end < size && text[end] != '\n') {
            end++;
        }
        size_t length = end - position;
        if (length > 0 && end < size && text[end - 1] == '\r') {
            length--; /* CRLF: the CR belongs to the line end */
        }
        enum config_error error = CONFIG_ERROR_LINE_TOO_LONG;
        if (length <= CONFIG_LINE_MAX) {
            error = config_parse_line(config, (struct config_line){text + position, length}, seen);
        }
        if (error != CONFIG_OK) {
            *line = number;
            return error;
        }
        position = end + 1;
    }

    if (!seen[CONFIG_KEY_KERNEL]) {
        return CONFIG_ERROR_MISSING_KERNEL;
    }
    if (!seen[CONFIG_KEY_ROOT]) {
        return CONFIG_ERROR_MISSING_ROOT;
    }
    return CONFIG_OK;
}

const char *config_error_string(enum config_error error)
{
    switch (error) {
    case CONFIG_OK:
        return "no error";
    case CONFIG_ERROR_LINE_TOO_LONG:
        return "line too long";
    case CONFIG_ERROR_CONTROL_BYTE:
        return "NUL or control byte";
    case CONFIG_ERROR_NO_EQUALS:
        return "expected key=value";
    case CONFIG_ERROR_UNKNOWN_KEY:
        return "unknown key (expected kernel, root, initrd or cmdline)";
    case CONFIG_ERROR_DUPLICATE_KEY:
        return "key given twice";
    case CONFIG_ERROR_NON_ASCII:
        return "non-ASCII byte outside a comment";
    case CONFIG_ERROR_VALUE_TOO_LONG:
        return "value too long";
    case CONFIG_ERROR_BAD_PATH:
        return "path must be absolute, start with '/' and contain no '\\'";
    case CONFIG_ERROR_MISSING_KERNEL:
        return "no kernel= line";
    case CONFIG_ERROR_MISSING_ROOT:
        return "no root= line";
    }
    return "unknown error";
}

bool config_uefi_path(const char *path, uint16_t *out, size_t capacity)
{
    size_t i = 0;
    for (; path[i] != '\0'; i++) {
        if (i + 1 >= capacity) {
            return false;
        }
        out[i] = path[i] == '/' ? '\\' : (uint16_t)(unsigned char)path[i];
    }
    if (i >= capacity) {
        return false;
    }
    out[i] = 0;
    return true;
}

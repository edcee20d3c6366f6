/*
 * Kernel command-line option lookup; see cmdline.h.
 *
 * Layer: freestanding library (no libc); also built on the host.
 */
#include "cmdline.h"

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool cmdline_find(const char *line, const char *key, const char **value, size_t *value_length)
{
    size_t key_length = 0;
    while (key[key_length])
        key_length++;
    bool found = false;
    const char *p = line;
    while (*p) {
        while (is_space(*p))
            p++;
        const char *word = p;
        while (*p && !is_space(*p))
            p++;
        size_t word_length = (size_t)(p - word);
        if (word_length < key_length || __builtin_memcmp(word, key, key_length) != 0)
            continue;
        if (word_length == key_length) {
            *value = word + word_length;
            *value_length = 0;
            found = true;
        } else if (word[key_length] == '=') {
            *value = word + key_length + 1;
            *value_length = word_length - key_length - 1;
            found = true;
        }
    }
    return found;
}

bool cmdline_flag(const char *line, const char *key)
{
    const char *value;
    size_t length;
    if (!cmdline_find(line, key, &value, &length))
        return false;
    return !(length == 1 && value[0] == '0');
}

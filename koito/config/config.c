/*
 * The boot configuration parser (KOITO, koito/config); the format is described in config.h.
 *
 * The text is untrusted and need not be NUL-terminated: lines are cut out by length, every value
 * is checked before it is stored, and strings are copied into the program's own buffer, so the
 * result does not point into the input. A section collects its errors while it is read and is
 * dropped at its end if it has any.
 */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#define CONFIG_LINE_MAX 256u

struct config_parser {
    struct koito_config *config;
    const char *file;
    unsigned line;
    struct koito_config_program *program; /* the section being read, or NULL */
    bool program_bad;
    bool skipping; /* inside a section whose [name] line was refused */
    bool program_has_init;
    bool program_has_console;
    bool program_has_memory;
};

static void config_error(struct config_parser *p, unsigned line, const char *format, const char *a)
{
    struct koito_config *config = p->config;
    if (p->program)
        p->program_bad = true;
    if (config->error_count == KOITO_CONFIG_MAX_ERRORS) {
        config->errors_dropped++;
        return;
    }
    char problem[KOITO_CONFIG_ERROR_MAX];
    snprintf(problem, sizeof problem, format, a);
    snprintf(config->errors[config->error_count++], KOITO_CONFIG_ERROR_MAX, "%s:%u: %s", p->file,
             line, problem);
}

static bool config_is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

static bool config_name_valid(const char *name, size_t length)
{
    if (length == 0 || length >= KOITO_CONFIG_NAME_MAX)
        return false;
    for (size_t i = 0; i < length; i++) {
        char c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.'))
            return false;
    }
    return true;
}

/* Copy length bytes into the program's text as a string; NULL if it is full. */
static const char *config_store(struct koito_config_program *program, const char *text,
                                size_t length)
{
    if (length >= sizeof program->text - program->text_used)
        return NULL;
    char *copy = program->text + program->text_used;
    memcpy(copy, text, length);
    copy[length] = 0;
    program->text_used += length + 1;
    return copy;
}

/* A decimal number in [min, max]; false if the text is anything else. */
static bool config_number(const char *text, size_t length, unsigned min, unsigned max,
                          unsigned *value)
{
    unsigned long long n = 0;
    if (length == 0 || length > 9)
        return false;
    for (size_t i = 0; i < length; i++) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        n = n * 10 + (unsigned)(text[i] - '0');
    }
    if (n < min || n > max)
        return false;
    *value = (unsigned)n;
    return true;
}

static void config_role(struct config_parser *p, const char *value, size_t length)
{
    struct koito_config_program *program = p->program;
    if (program->is_init || program->is_console || program->is_posix || program->is_memory)
        config_error(p, p->line, "role: the program already has a role%s", "");
    else if (length == 4 && memcmp(value, "init", 4) == 0) {
        if (p->program_has_init)
            config_error(p, p->line, "role: another program is already the init program%s", "");
        else
            program->is_init = 1;
    } else if (length == 7 && memcmp(value, "console", 7) == 0) {
        if (p->program_has_console)
            config_error(p, p->line, "role: another program is already the console%s", "");
        else
            program->is_console = 1;
    } else if (length == 5 && memcmp(value, "posix", 5) == 0) {
        program->is_posix = 1;
    } else if (length == 6 && memcmp(value, "memory", 6) == 0) {
        if (p->program_has_memory)
            config_error(p, p->line, "role: another program is already the memory manager%s", "");
        else
            program->is_memory = 1;
    } else
        config_error(p, p->line, "role: want 'init', 'console', 'posix' or 'memory'%s", "");
}

/* role = console: the console's two ports follow the program's own grants. */
static void config_console_grants(struct config_parser *p)
{
    static const struct koito_config_grant ports[] = {
        {KOITO_CONFIG_GRANT_CONSOLE_OUTPUT, "console-output"},
        {KOITO_CONFIG_GRANT_CONSOLE_INPUT, "console-input"},
    };
    struct koito_config_program *program = p->program;
    for (size_t i = 0; i < sizeof ports / sizeof ports[0]; i++) {
        for (unsigned g = 0; g < program->grant_count; g++) {
            if (strcmp(program->grants[g].name, ports[i].name) == 0) {
                config_error(p, program->line, "the console's port name '%s' is granted already",
                             ports[i].name);
                return;
            }
        }
    }
    if (program->grant_count + 2 > KOITO_CONFIG_MAX_GRANTS) {
        config_error(p, program->line,
                     "role = console needs two of the program's 8 grants for its ports%s", "");
        return;
    }
    for (size_t i = 0; i < sizeof ports / sizeof ports[0]; i++)
        program->grants[program->grant_count++] = ports[i];
}

/* role = posix: the server's own port, as the grant "posix" (a grant = port:posix line says the
 * same and becomes it). */
static void config_posix_grant(struct config_parser *p)
{
    struct koito_config_program *program = p->program;
    for (unsigned g = 0; g < program->grant_count; g++) {
        if (strcmp(program->grants[g].name, "posix") != 0)
            continue;
        if (program->grants[g].kind != KOITO_CONFIG_GRANT_PORT)
            config_error(p, program->line, "a POSIX server's grant '%s' must be its port", "posix");
        program->grants[g].kind = KOITO_CONFIG_GRANT_POSIX;
        return;
    }
    if (program->grant_count == KOITO_CONFIG_MAX_GRANTS) {
        config_error(p, program->line, "role = posix needs one of the program's 8 grants%s", "");
        return;
    }
    struct koito_config_grant *grant = &program->grants[program->grant_count++];
    grant->kind = KOITO_CONFIG_GRANT_POSIX;
    memset(grant->name, 0, sizeof grant->name);
    memcpy(grant->name, "posix", sizeof "posix");
}

/* The keys that belong to one role: root to a POSIX server, posix to the programs it serves. */
static void config_posix_end(struct config_parser *p)
{
    struct koito_config_program *program = p->program;
    if (program->root != NULL && !program->is_posix)
        config_error(p, program->line, "root: only a role = posix program has a root%s", "");
    if (program->posix_index != 0 && (program->is_posix || program->is_memory))
        config_error(p, program->line, "posix: '%s' is served by no POSIX server", program->name);
    if (program->is_posix && (program->on_request || program->instances != 1))
        config_error(p, program->line, "the POSIX server '%s' starts at boot, one instance",
                     program->name);
    if (program->is_posix && !p->program_bad)
        config_posix_grant(p);
}

static void config_program_end(struct config_parser *p)
{
    struct koito_config_program *program = p->program;
    if (program == NULL)
        return;
    if (program->path == NULL)
        config_error(p, program->line, "program '%s' has no path", program->name);
    if (program->is_console && !p->program_bad)
        config_console_grants(p);
    config_posix_end(p);
    if (program->is_memory && program->grant_count != 0)
        config_error(p, program->line, "the memory manager '%s' takes no grants", program->name);
    else if (program->is_memory && (program->on_request || program->instances != 1))
        config_error(p, program->line, "the memory manager '%s' starts at boot, one instance",
                     program->name);
    if (!p->program_bad) {
        if (program->argc == 0)
            program->argv[program->argc++] = program->name;
        if (program->is_init)
            p->program_has_init = true;
        if (program->is_console)
            p->program_has_console = true;
        if (program->is_memory)
            p->program_has_memory = true;
        p->config->program_count++;
    }
    p->program = NULL;
}

static void config_section(struct config_parser *p, const char *text, size_t length)
{
    config_program_end(p);
    p->skipping = true;
    if (length < 2 || text[length - 1] != ']') {
        config_error(p, p->line, "a section line must be [name]%s", "");
        return;
    }
    const char *name = text + 1;
    size_t name_length = length - 2;
    if (!config_name_valid(name, name_length)) {
        char shown[40];
        snprintf(shown, sizeof shown, "%.*s", (int)(name_length < 32 ? name_length : 32), name);
        config_error(p, p->line, "bad program name '%s' (1..23 of letters, digits, '-', '_', '.')",
                     shown);
        return;
    }
    struct koito_config *config = p->config;
    for (unsigned i = 0; i < config->program_count; i++) {
        if (strlen(config->programs[i].name) == name_length &&
            memcmp(config->programs[i].name, name, name_length) == 0) {
            config_error(p, p->line, "program '%s' is defined twice", config->programs[i].name);
            return;
        }
    }
    _Static_assert(KOITO_CONFIG_MAX_PROGRAMS == 48, "the error below names the limit");
    if (config->program_count == KOITO_CONFIG_MAX_PROGRAMS) {
        config_error(p, p->line, "too many programs (at most 48)%s", "");
        return;
    }
    struct koito_config_program *program = &config->programs[config->program_count];
    memset(program, 0, sizeof *program);
    memcpy(program->name, name, name_length);
    program->priority = 100;
    program->memory_kib = 1024;
    program->quota_kib = KOITO_CONFIG_QUOTA_DEFAULT_KIB;
    program->instances = 1;
    program->line = p->line;
    p->program = program;
    p->program_bad = false;
    p->skipping = false;
}

/* Split args into words: blanks separate, "..." keeps blanks (no escapes). */
static void config_args(struct config_parser *p, const char *value, size_t length)
{
    struct koito_config_program *program = p->program;
    size_t i = 0;
    program->argc = 0;
    while (i < length) {
        while (i < length && config_is_blank(value[i]))
            i++;
        if (i == length)
            break;
        size_t start = i;
        size_t end;
        if (value[i] == '"') {
            start = ++i;
            while (i < length && value[i] != '"')
                i++;
            if (i == length) {
                config_error(p, p->line, "args: unterminated quote%s", "");
                return;
            }
            end = i++;
        } else {
            while (i < length && !config_is_blank(value[i]) && value[i] != '"')
                i++;
            end = i;
        }
        if (program->argc == KOITO_CONFIG_MAX_ARGS) {
            config_error(p, p->line, "args: too many words (at most 16)%s", "");
            return;
        }
        const char *word = config_store(program, value + start, end - start);
        if (word == NULL) {
            config_error(p, p->line, "args: the program's text is full (1 KiB)%s", "");
            return;
        }
        program->argv[program->argc++] = word;
    }
    if (program->argc == 0)
        config_error(p, p->line, "args: no words%s", "");
}

static void config_grant(struct config_parser *p, const char *value, size_t length)
{
    static const struct {
        const char *prefix;
        enum koito_config_grant_kind kind;
        bool named;
    } kinds[] = {
        {"port:", KOITO_CONFIG_GRANT_PORT, true},
        {"notification:", KOITO_CONFIG_GRANT_NOTIFICATION, true},
        {"serial", KOITO_CONFIG_GRANT_SERIAL, false},
        {"debug-exit", KOITO_CONFIG_GRANT_DEBUG_EXIT, false},
        {"spawn", KOITO_CONFIG_GRANT_SPAWN, false},
        {"name-service", KOITO_CONFIG_GRANT_NAME_SERVICE, false},
        {"serial-interrupt", KOITO_CONFIG_GRANT_SERIAL_INTERRUPT, false},
        {"pit", KOITO_CONFIG_GRANT_PIT, false},
        {"pit-interrupt", KOITO_CONFIG_GRANT_PIT_INTERRUPT, false},
    };
    struct koito_config_program *program = p->program;
    char shown[KOITO_CONFIG_NAME_MAX * 2];
    snprintf(shown, sizeof shown, "%.*s", (int)(length < 40 ? length : 40), value);
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        size_t prefix = strlen(kinds[k].prefix);
        const char *name = kinds[k].named ? value + prefix : value;
        size_t name_length = kinds[k].named ? length - prefix : length;
        if (kinds[k].named ? length < prefix || memcmp(value, kinds[k].prefix, prefix) != 0
                           : length != prefix || memcmp(value, kinds[k].prefix, prefix) != 0)
            continue;
        if (!config_name_valid(name, name_length)) {
            config_error(p, p->line, "grant: bad capability name in '%s'", shown);
            return;
        }
        for (unsigned i = 0; i < program->grant_count; i++) {
            if (strlen(program->grants[i].name) == name_length &&
                memcmp(program->grants[i].name, name, name_length) == 0) {
                config_error(p, p->line, "grant: '%s' is granted twice", shown);
                return;
            }
        }
        if (program->grant_count == KOITO_CONFIG_MAX_GRANTS) {
            config_error(p, p->line, "grant: too many capabilities (at most 8)%s", "");
            return;
        }
        struct koito_config_grant *grant = &program->grants[program->grant_count++];
        grant->kind = kinds[k].kind;
        memset(grant->name, 0, sizeof grant->name);
        memcpy(grant->name, name, name_length);
        return;
    }
    config_error(p, p->line,
                 "grant: unknown '%s' (port:NAME, notification:NAME, "
                 "serial[-interrupt], pit[-interrupt], debug-exit, spawn, name-service)",
                 shown);
}

static void config_restart(struct config_parser *p, const char *value, size_t length)
{
    static const char on_failure[] = "on-failure ";
    size_t prefix = sizeof on_failure - 1;
    if (length == 5 && memcmp(value, "never", 5) == 0) {
        p->program->restart = KOITO_CONFIG_RESTART_NEVER;
    } else if (length > prefix && memcmp(value, on_failure, prefix) == 0 &&
               config_number(value + prefix, length - prefix, 1, 1000,
                             &p->program->restart_limit)) {
        p->program->restart = KOITO_CONFIG_RESTART_ON_FAILURE;
    } else {
        config_error(p, p->line, "restart: want 'never' or 'on-failure N' with N 1..1000%s", "");
    }
}

static void config_memory(struct config_parser *p, const char *value, size_t length)
{
    unsigned kib;
    if (!config_number(value, length, 256, 65536, &kib) || (kib & (kib - 1)) != 0) {
        config_error(p, p->line, "memory: want KiB, a power of two from 256 to 65536%s", "");
        return;
    }
    p->program->memory_kib = kib;
}

/* base = 0x...: hexadecimal, page aligned, not 0, below 2^47. */
static void config_base(struct config_parser *p, const char *value, size_t length)
{
    uint64_t base = 0;
    bool valid =
        length > 2 && length <= 2 + 12 && value[0] == '0' && (value[1] == 'x' || value[1] == 'X');
    for (size_t i = 2; valid && i < length; i++) {
        char c = value[i];
        unsigned digit = c >= '0' && c <= '9'   ? (unsigned)(c - '0')
                         : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                         : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10)
                                                : 16u;
        valid = digit < 16;
        base = base << 4 | digit;
    }
    if (!valid || base == 0 || base % 4096 != 0 || base >= (UINT64_C(1) << 47)) {
        config_error(p, p->line, "base: want a page-aligned address like 0x200000000%s", "");
        return;
    }
    p->program->base = base;
}

/* root = /containers/a: an initrd directory, stored without its leading and trailing '/'; no
 * empty, "." or ".." part. */
static void config_root(struct config_parser *p, const char *value, size_t length)
{
    while (length > 0 && value[0] == '/') {
        value++;
        length--;
    }
    while (length > 0 && value[length - 1] == '/')
        length--;
    bool valid = length > 0;
    size_t start = 0;
    while (valid && start <= length) {
        size_t end = start;
        while (end < length && value[end] != '/')
            end++;
        size_t part = end - start;
        valid = part > 0 && !(part == 1 && value[start] == '.') &&
                !(part == 2 && value[start] == '.' && value[start + 1] == '.');
        start = end + 1;
    }
    if (!valid)
        config_error(p, p->line, "root: want an initrd directory like /containers/a%s", "");
    else if (p->program->root != NULL)
        config_error(p, p->line, "root given twice%s", "");
    else if ((p->program->root = config_store(p->program, value, length)) == NULL)
        config_error(p, p->line, "root: the program's text is full (1 KiB)%s", "");
}

/* posix = NAME: a role = posix section above this one. */
static void config_posix(struct config_parser *p, const char *value, size_t length)
{
    struct koito_config *config = p->config;
    char shown[KOITO_CONFIG_NAME_MAX + 8];
    snprintf(shown, sizeof shown, "%.*s", (int)(length < 24 ? length : 24), value);
    for (unsigned i = 0; i < config->program_count; i++) {
        const struct koito_config_program *server = &config->programs[i];
        if (strlen(server->name) != length || memcmp(server->name, value, length) != 0)
            continue;
        if (!server->is_posix)
            config_error(p, p->line, "posix: '%s' is not a role = posix program", shown);
        else
            p->program->posix_index = i + 1;
        return;
    }
    config_error(p, p->line, "posix: no program '%s' above this one", shown);
}

static void config_key(struct config_parser *p, const char *key, size_t key_length,
                       const char *value, size_t length)
{
    struct koito_config_program *program = p->program;
#define KEY_IS(text) (key_length == sizeof(text) - 1 && memcmp(key, text, key_length) == 0)
    if (length == 0) {
        config_error(p, p->line, "a key without a value%s", "");
    } else if (KEY_IS("path")) {
        if (program->path != NULL)
            config_error(p, p->line, "path given twice%s", "");
        else if ((program->path = config_store(program, value, length)) == NULL)
            config_error(p, p->line, "path: the program's text is full (1 KiB)%s", "");
    } else if (KEY_IS("args")) {
        config_args(p, value, length);
    } else if (KEY_IS("env")) {
        const char *equals = memchr(value, '=', length);
        if (equals == NULL || equals == value)
            config_error(p, p->line, "env: want NAME=value%s", "");
        else if (program->envc == KOITO_CONFIG_MAX_ENV)
            config_error(p, p->line, "env: too many variables (at most 16)%s", "");
        else if ((program->envp[program->envc] = config_store(program, value, length)) == NULL)
            config_error(p, p->line, "env: the program's text is full (1 KiB)%s", "");
        else
            program->envc++;
    } else if (KEY_IS("priority")) {
        if (!config_number(value, length, 1, 254, &program->priority))
            config_error(p, p->line, "priority: want a number from 1 to 254%s", "");
    } else if (KEY_IS("memory")) {
        config_memory(p, value, length);
    } else if (KEY_IS("base")) {
        config_base(p, value, length);
    } else if (KEY_IS("quota")) {
        if (!config_number(value, length, 64, 4194304, &program->quota_kib))
            config_error(p, p->line, "quota: want KiB, a number from 64 to 4194304%s", "");
    } else if (KEY_IS("grant")) {
        config_grant(p, value, length);
    } else if (KEY_IS("restart")) {
        config_restart(p, value, length);
    } else if (KEY_IS("instances")) {
        if (!config_number(value, length, 1, 100, &program->instances))
            config_error(p, p->line, "instances: want a number from 1 to 100%s", "");
    } else if (KEY_IS("start")) {
        if (length == 4 && memcmp(value, "boot", 4) == 0)
            program->on_request = 0;
        else if (length == 10 && memcmp(value, "on-request", 10) == 0)
            program->on_request = 1;
        else
            config_error(p, p->line, "start: want 'boot' or 'on-request'%s", "");
    } else if (KEY_IS("role")) {
        config_role(p, value, length);
    } else if (KEY_IS("root")) {
        config_root(p, value, length);
    } else if (KEY_IS("posix")) {
        config_posix(p, value, length);
    } else {
        char shown[40];
        snprintf(shown, sizeof shown, "%.*s", (int)(key_length < 32 ? key_length : 32), key);
        config_error(p, p->line, "unknown key '%s'", shown);
    }
#undef KEY_IS
}

static void config_line(struct config_parser *p, const char *text, size_t length)
{
    for (size_t i = 0; i < length; i++) {
        if ((unsigned char)text[i] < 0x20 && text[i] != '\t' && text[i] != '\r') {
            config_error(p, p->line, "control character in the line%s", "");
            return;
        }
    }
    while (length > 0 && config_is_blank(*text)) {
        text++;
        length--;
    }
    while (length > 0 && config_is_blank(text[length - 1]))
        length--;
    if (length == 0 || text[0] == '#')
        return;
    if (text[0] == '[') {
        config_section(p, text, length);
        return;
    }
    const char *equals = memchr(text, '=', length);
    if (equals == NULL) {
        config_error(p, p->line, "want 'key = value' or '[name]'%s", "");
        return;
    }
    if (p->program == NULL) {
        /* The keys of a refused section go with it; its [name] line had the error. */
        if (!p->skipping)
            config_error(p, p->line, "key outside a program section%s", "");
        return;
    }
    size_t key_length = (size_t)(equals - text);
    while (key_length > 0 && config_is_blank(text[key_length - 1]))
        key_length--;
    const char *value = equals + 1;
    size_t value_length = length - (size_t)(value - text);
    while (value_length > 0 && config_is_blank(*value)) {
        value++;
        value_length--;
    }
    config_key(p, text, key_length, value, value_length);
}

unsigned koito_config_parse(struct koito_config *config, const char *file, const char *text,
                            size_t size)
{
    struct config_parser p = {.config = config, .file = file};
    config->program_count = 0;
    config->error_count = 0;
    config->errors_dropped = 0;
    size_t offset = 0;
    while (offset < size) {
        const char *start = text + offset;
        const char *newline = memchr(start, '\n', size - offset);
        size_t length = newline ? (size_t)(newline - start) : size - offset;
        offset += length + (newline ? 1 : 0);
        p.line++;
        if (length > CONFIG_LINE_MAX)
            config_error(&p, p.line, "line longer than 256 bytes%s", "");
        else
            config_line(&p, start, length);
    }
    config_program_end(&p);
    return config->program_count;
}

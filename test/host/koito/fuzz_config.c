/*
 * libFuzzer target for the KOITO boot configuration parser (koito/config/config.c): any bytes are
 * parsed, and every accepted program is checked against the promises of config.h.
 *
 * Layer: host fuzzers (libFuzzer + ASan + UBSan).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(condition)                                                                     \
    do {                                                                                           \
        if (!(condition))                                                                          \
            abort();                                                                               \
    } while (0)

static struct koito_config config;

static int inside(const struct koito_config_program *p, const char *s)
{
    return s >= p->text && s < p->text + sizeof p->text && strlen(s) < sizeof p->text;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    /* An exact-size copy, so ASan sees any read past the end. */
    char *text = malloc(size ? size : 1);
    memcpy(text, data, size);
    unsigned count = koito_config_parse(&config, "fuzz", text, size);
    free(text);
    FUZZ_ASSERT(count == config.program_count && count <= KOITO_CONFIG_MAX_PROGRAMS);
    FUZZ_ASSERT(config.error_count <= KOITO_CONFIG_MAX_ERRORS);
    for (unsigned i = 0; i < config.error_count; i++)
        FUZZ_ASSERT(memchr(config.errors[i], 0, KOITO_CONFIG_ERROR_MAX) != NULL &&
                    strncmp(config.errors[i], "fuzz:", 5) == 0);
    int inits = 0;
    for (unsigned i = 0; i < count; i++) {
        const struct koito_config_program *p = &config.programs[i];
        FUZZ_ASSERT(p->name[0] != 0 && strlen(p->name) < KOITO_CONFIG_NAME_MAX);
        FUZZ_ASSERT(p->path != NULL && inside(p, p->path));
        FUZZ_ASSERT(p->argc >= 1 && p->argc <= KOITO_CONFIG_MAX_ARGS);
        for (unsigned a = 0; a < p->argc; a++)
            FUZZ_ASSERT(p->argv[a] == p->name || inside(p, p->argv[a]));
        FUZZ_ASSERT(p->envc <= KOITO_CONFIG_MAX_ENV);
        for (unsigned e = 0; e < p->envc; e++)
            FUZZ_ASSERT(inside(p, p->envp[e]) && strchr(p->envp[e], '=') > p->envp[e]);
        FUZZ_ASSERT(p->grant_count <= KOITO_CONFIG_MAX_GRANTS);
        for (unsigned g = 0; g < p->grant_count; g++)
            FUZZ_ASSERT(p->grants[g].name[0] != 0 &&
                        strlen(p->grants[g].name) < KOITO_CONFIG_NAME_MAX);
        FUZZ_ASSERT(p->priority >= 1 && p->priority <= 254);
        FUZZ_ASSERT(p->memory_kib >= 256 && p->memory_kib <= 65536 &&
                    (p->memory_kib & (p->memory_kib - 1)) == 0);
        FUZZ_ASSERT(p->instances >= 1 && p->instances <= 100);
        FUZZ_ASSERT(p->restart == KOITO_CONFIG_RESTART_NEVER ||
                    (p->restart_limit >= 1 && p->restart_limit <= 1000));
        inits += p->is_init;
        for (unsigned j = 0; j < i; j++)
            FUZZ_ASSERT(strcmp(config.programs[j].name, p->name) != 0);
    }
    FUZZ_ASSERT(inits <= 1);
    return 0;
}

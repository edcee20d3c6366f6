/*
 * Host unit tests of the KOITO boot configuration parser (koito/config/config.c): every key, every
 * error with its file and line, and that a bad section is skipped while the rest is kept.
 *
 * Layer: host unit tests (ASan + UBSan).
 */
#include "check.h"
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct koito_config config;

static unsigned parse(const char *text)
{
    return koito_config_parse(&config, "etc/koito.conf", text, strlen(text));
}

static int has_error(const char *text)
{
    for (unsigned i = 0; i < config.error_count; i++) {
        if (strcmp(config.errors[i], text) == 0)
            return 1;
    }
    fprintf(stderr, "missing error '%s'; got:\n", text);
    for (unsigned i = 0; i < config.error_count; i++)
        fprintf(stderr, "  %s\n", config.errors[i]);
    return 0;
}

static void test_full_program(void)
{
    CHECK_EQ(parse("# system\n"
                   "\n"
                   "[hello]\n"
                   "  path = bin/hello  \n"
                   "args = hello \"two words\" x\n"
                   "env = A=1\n"
                   "env = B=x=y\n"
                   "priority = 200\n"
                   "memory = 2048\n"
                   "quota = 65536\n"
                   "grant = port:ping\n"
                   "grant = notification:bell\n"
                   "grant = serial\n"
                   "grant = debug-exit\n"
                   "grant = spawn\n"
                   "grant = name-service\n"
                   "restart = on-failure 3\n"
                   "instances = 7\n"
                   "start = on-request\n"
                   "role = init\n"),
             1u);
    CHECK_EQ(config.error_count, 0u);
    struct koito_config_program *p = &config.programs[0];
    CHECK(strcmp(p->name, "hello") == 0);
    CHECK(strcmp(p->path, "bin/hello") == 0);
    CHECK_EQ(p->argc, 3u);
    CHECK(strcmp(p->argv[0], "hello") == 0);
    CHECK(strcmp(p->argv[1], "two words") == 0);
    CHECK(strcmp(p->argv[2], "x") == 0);
    CHECK_EQ(p->envc, 2u);
    CHECK(strcmp(p->envp[1], "B=x=y") == 0);
    CHECK_EQ(p->priority, 200u);
    CHECK_EQ(p->memory_kib, 2048u);
    CHECK_EQ(p->quota_kib, 65536u);
    CHECK_EQ(p->grant_count, 6u);
    CHECK(p->is_init && !p->is_posix);
    CHECK_EQ(p->grants[5].kind, KOITO_CONFIG_GRANT_NAME_SERVICE);
    CHECK_EQ(p->grants[4].kind, KOITO_CONFIG_GRANT_SPAWN);
    CHECK(strcmp(p->grants[4].name, "spawn") == 0);
    CHECK_EQ(p->grants[0].kind, KOITO_CONFIG_GRANT_PORT);
    CHECK(strcmp(p->grants[0].name, "ping") == 0);
    CHECK_EQ(p->grants[1].kind, KOITO_CONFIG_GRANT_NOTIFICATION);
    CHECK(strcmp(p->grants[1].name, "bell") == 0);
    CHECK_EQ(p->grants[2].kind, KOITO_CONFIG_GRANT_SERIAL);
    CHECK(strcmp(p->grants[2].name, "serial") == 0);
    CHECK_EQ(p->grants[3].kind, KOITO_CONFIG_GRANT_DEBUG_EXIT);
    CHECK_EQ(p->restart, KOITO_CONFIG_RESTART_ON_FAILURE);
    CHECK_EQ(p->restart_limit, 3u);
    CHECK_EQ(p->instances, 7u);
    CHECK_EQ(p->on_request, 1);
    CHECK_EQ(p->is_init, 1);
    CHECK_EQ(p->line, 3u);
}

/* role = posix marks the POSIX server; it may sit beside the init program. */
static void test_role_posix(void)
{
    static struct koito_config config;
    static const char text[] = "[posix]\npath = bin/posix\nrole = posix\n"
                               "[main]\npath = bin/main\nrole = init\n";
    CHECK_EQ(koito_config_parse(&config, "etc/koito.conf", text, sizeof text - 1), 2u);
    CHECK_EQ(config.error_count, 0u);
    CHECK(config.programs[0].is_posix && !config.programs[0].is_init);
    CHECK(config.programs[1].is_init && !config.programs[1].is_posix);
    /* The server's own port: added as the grant "posix", or a grant = port:posix line turned
     * into it. */
    CHECK_EQ(config.programs[0].grant_count, 1u);
    CHECK_EQ(config.programs[0].grants[0].kind, KOITO_CONFIG_GRANT_POSIX);
    CHECK(strcmp(config.programs[0].grants[0].name, "posix") == 0);
    CHECK(config.programs[0].root == NULL);
    CHECK_EQ(config.programs[1].posix_index, 0u);
}

/* Containers: a second POSIX server with its own root, and the programs it serves. */
static void test_posix_instances(void)
{
    CHECK_EQ(parse("[posix]\npath = bin/posix\nrole = posix\ngrant = port:posix\n"
                   "[posix-b]\npath = bin/posix\nrole = posix\nroot = //containers/b/\n"
                   "grant = port:other\n"
                   "[a]\npath = x\nrole = init\n"
                   "[b]\npath = containers/b/bin/b\nposix = posix-b\n"
                   "[c]\nposix = posix\npath = y\n"),
             5u);
    CHECK_EQ(config.error_count, 0u);
    const struct koito_config_program *p = config.programs;
    CHECK_EQ(p[0].grant_count, 1u);
    CHECK_EQ(p[0].grants[0].kind, KOITO_CONFIG_GRANT_POSIX);
    CHECK(strcmp(p[1].root, "containers/b") == 0);
    CHECK_EQ(p[1].grant_count, 2u);
    CHECK_EQ(p[1].grants[0].kind, KOITO_CONFIG_GRANT_PORT);
    CHECK_EQ(p[1].grants[1].kind, KOITO_CONFIG_GRANT_POSIX);
    CHECK_EQ(p[2].posix_index, 0u);
    CHECK_EQ(p[3].posix_index, 2u);
    CHECK_EQ(p[4].posix_index, 1u);
    static const struct {
        const char *text;
        const char *error;
    } cases[] = {
        {"[a]\npath = x\nroot = /r\n",
         "etc/koito.conf:1: root: only a role = posix program has a root"},
        {"[a]\npath = x\nrole = posix\nroot = /\n",
         "etc/koito.conf:4: root: want an initrd directory like /containers/a"},
        {"[a]\npath = x\nrole = posix\nroot = a/../b\n",
         "etc/koito.conf:4: root: want an initrd directory like /containers/a"},
        {"[a]\npath = x\nrole = posix\nroot = a//b\n",
         "etc/koito.conf:4: root: want an initrd directory like /containers/a"},
        {"[a]\npath = x\nrole = posix\nroot = ./a\n",
         "etc/koito.conf:4: root: want an initrd directory like /containers/a"},
        {"[a]\npath = x\nrole = posix\nroot = a\nroot = b\n", "etc/koito.conf:5: root given twice"},
        {"[a]\npath = x\nposix = p\n", "etc/koito.conf:3: posix: no program 'p' above this one"},
        {"[a]\npath = x\nposix = a\n", "etc/koito.conf:3: posix: no program 'a' above this one"},
        {"[p]\npath = x\n[a]\npath = y\nposix = p\n",
         "etc/koito.conf:5: posix: 'p' is not a role = posix program"},
        {"[p]\npath = x\nrole = posix\n[q]\npath = y\nrole = posix\nposix = p\n",
         "etc/koito.conf:4: posix: 'q' is served by no POSIX server"},
        {"[p]\npath = x\nrole = posix\n[m]\npath = y\nposix = p\nrole = memory\n",
         "etc/koito.conf:4: posix: 'm' is served by no POSIX server"},
        {"[p]\npath = x\nrole = posix\ninstances = 2\n",
         "etc/koito.conf:1: the POSIX server 'p' starts at boot, one instance"},
        {"[p]\npath = x\nrole = posix\nstart = on-request\n",
         "etc/koito.conf:1: the POSIX server 'p' starts at boot, one instance"},
        {"[p]\npath = x\nrole = posix\ngrant = notification:posix\n",
         "etc/koito.conf:1: a POSIX server's grant 'posix' must be its port"},
        {"[p]\npath = x\nrole = posix\ngrant = port:a\ngrant = port:b\ngrant = port:c\n"
         "grant = port:d\ngrant = port:e\ngrant = port:f\ngrant = port:g\ngrant = port:h\n",
         "etc/koito.conf:1: role = posix needs one of the program's 8 grants"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        parse(cases[i].text);
        CHECK(has_error(cases[i].error));
    }
}

static void test_defaults(void)
{
    CHECK_EQ(parse("[a]\npath=x"), 1u);
    struct koito_config_program *p = &config.programs[0];
    CHECK_EQ(p->argc, 1u);
    CHECK(strcmp(p->argv[0], "a") == 0);
    CHECK_EQ(p->envc, 0u);
    CHECK_EQ(p->priority, 100u);
    CHECK_EQ(p->memory_kib, 1024u);
    CHECK_EQ(p->quota_kib, KOITO_CONFIG_QUOTA_DEFAULT_KIB);
    CHECK_EQ(p->restart, KOITO_CONFIG_RESTART_NEVER);
    CHECK_EQ(p->instances, 1u);
    CHECK_EQ(p->is_init, 0);
    CHECK_EQ(p->is_memory, 0);
}

static void test_memory_manager(void)
{
    CHECK_EQ(parse("[ulmm]\npath = bin/ulmm\nrole = memory\n[a]\npath = x\nrole = init\n"), 2u);
    CHECK_EQ(config.error_count, 0u);
    CHECK_EQ(config.programs[0].is_memory, 1);
    CHECK_EQ(config.programs[0].is_init, 0);
    CHECK_EQ(config.programs[1].is_memory, 0);
}

/* Each bad line gives its error, its section is skipped, the good sections stay. */
static void test_errors_skip_the_section(void)
{
    CHECK_EQ(parse("[good1]\npath = a\n"
                   "[bad]\npath = b\npriority = 0\nfoo = 1\n"
                   "[good2]\npath = c\n"
                   "[bad name]\npath = d\n"
                   "[nopath]\nargs = x\n"
                   "[good1]\npath = e\n"),
             2u);
    CHECK(strcmp(config.programs[0].name, "good1") == 0);
    CHECK(strcmp(config.programs[1].name, "good2") == 0);
    CHECK(has_error("etc/koito.conf:5: priority: want a number from 1 to 254"));
    CHECK(has_error("etc/koito.conf:6: unknown key 'foo'"));
    CHECK(has_error("etc/koito.conf:9: bad program name 'bad name' (1..23 of letters, digits, "
                    "'-', '_', '.')"));
    CHECK(has_error("etc/koito.conf:11: program 'nopath' has no path"));
    CHECK(has_error("etc/koito.conf:13: program 'good1' is defined twice"));
    CHECK_EQ(config.error_count, 5u);
}

static void test_each_error(void)
{
    static const struct {
        const char *text;
        const char *error;
    } cases[] = {
        {"path = x\n", "etc/koito.conf:1: key outside a program section"},
        {"[a]\npath = x\nstray\n", "etc/koito.conf:3: want 'key = value' or '[name]'"},
        {"[a\n", "etc/koito.conf:1: a section line must be [name]"},
        {"[a]\npath =\n", "etc/koito.conf:2: a key without a value"},
        {"[a]\npath = x\npath = y\n", "etc/koito.conf:3: path given twice"},
        {"[a]\npath = x\nargs = \"open\n", "etc/koito.conf:3: args: unterminated quote"},
        {"[a]\npath = x\nenv = novalue\n", "etc/koito.conf:3: env: want NAME=value"},
        {"[a]\npath = x\nenv = =v\n", "etc/koito.conf:3: env: want NAME=value"},
        {"[a]\npath = x\npriority = 255\n",
         "etc/koito.conf:3: priority: want a number from 1 to 254"},
        {"[a]\npath = x\nmemory = 3000\n",
         "etc/koito.conf:3: memory: want KiB, a power of two from 256 to 65536"},
        {"[a]\npath = x\nmemory = 128\n",
         "etc/koito.conf:3: memory: want KiB, a power of two from 256 to 65536"},
        {"[a]\npath = x\ngrant = disk\n",
         "etc/koito.conf:3: grant: unknown 'disk' (port:NAME, notification:NAME, "
         "serial[-interrupt], pit[-interrupt], debug-exit, spawn, name-service)"},
        {"[a]\npath = x\ngrant = console-output\n",
         "etc/koito.conf:3: grant: unknown 'console-output' (port:NAME, "
         "notification:NAME, serial[-interrupt], pit[-interrupt], debug-exit, spawn, "
         "name-service)"},
        {"[a]\npath = x\nrole = console\n[b]\npath = y\nrole = console\n",
         "etc/koito.conf:6: role: another program is already the console"},
        {"[a]\npath = x\nrole = console\nrole = init\n",
         "etc/koito.conf:4: role: the program already has a role"},
        {"[a]\npath = x\nrole = console\ngrant = port:console-input\n",
         "etc/koito.conf:1: the console's port name 'console-input' is granted already"},
        {"[a]\npath = x\nrole = console\ngrant = port:a\ngrant = port:b\ngrant = port:c\n"
         "grant = port:d\ngrant = port:e\ngrant = port:f\ngrant = port:g\n",
         "etc/koito.conf:1: role = console needs two of the program's 8 grants for its ports"},
        {"[a]\npath = x\nbase = 0x1001\n",
         "etc/koito.conf:3: base: want a page-aligned address like 0x200000000"},
        {"[a]\npath = x\nbase = 4096\n",
         "etc/koito.conf:3: base: want a page-aligned address like 0x200000000"},
        {"[a]\npath = x\nbase = 0x0\n",
         "etc/koito.conf:3: base: want a page-aligned address like 0x200000000"},
        {"[a]\npath = x\nbase = 0x800000000000\n",
         "etc/koito.conf:3: base: want a page-aligned address like 0x200000000"},
        {"[a]\npath = x\nbase = 0x12g000\n",
         "etc/koito.conf:3: base: want a page-aligned address like 0x200000000"},
        {"[a]\npath = x\ngrant = port:\n",
         "etc/koito.conf:3: grant: bad capability name in 'port:'"},
        {"[a]\npath = x\ngrant = port:p\ngrant = port:p\n",
         "etc/koito.conf:4: grant: 'port:p' is granted twice"},
        {"[a]\npath = x\nrestart = always\n",
         "etc/koito.conf:3: restart: want 'never' or 'on-failure N' with N 1..1000"},
        {"[a]\npath = x\nrestart = on-failure 0\n",
         "etc/koito.conf:3: restart: want 'never' or 'on-failure N' with N 1..1000"},
        {"[a]\npath = x\ninstances = 101\n",
         "etc/koito.conf:3: instances: want a number from 1 to 100"},
        {"[a]\npath = x\nstart = later\n", "etc/koito.conf:3: start: want 'boot' or 'on-request'"},
        {"[a]\npath = x\nrole = server\n",
         "etc/koito.conf:3: role: want 'init', 'console', 'posix' or 'memory'"},
        {"[a]\npath = x\nrole = memory\n[b]\npath = y\nrole = memory\n",
         "etc/koito.conf:6: role: another program is already the memory manager"},
        {"[a]\npath = x\nrole = memory\nstart = on-request\n",
         "etc/koito.conf:1: the memory manager 'a' starts at boot, one instance"},
        {"[a]\npath = x\nrole = memory\ninstances = 2\n",
         "etc/koito.conf:1: the memory manager 'a' starts at boot, one instance"},
        {"[a]\npath = x\nrole = memory\ngrant = spawn\n",
         "etc/koito.conf:1: the memory manager 'a' takes no grants"},
        {"[a]\npath = x\nrole = memory\nrole = init\n",
         "etc/koito.conf:4: role: the program already has a role"},
        {"[a]\npath = x\nquota = 63\n",
         "etc/koito.conf:3: quota: want KiB, a number from 64 to 4194304"},
        {"[a]\npath = x\nquota = 4194305\n",
         "etc/koito.conf:3: quota: want KiB, a number from 64 to 4194304"},
        {"[a]\npath = x\nrole = init\n[b]\npath = y\nrole = init\n",
         "etc/koito.conf:6: role: another program is already the init program"},
        {"[a]\npath = x\nargs = \x01\n", "etc/koito.conf:3: control character in the line"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        parse(cases[i].text);
        CHECK(has_error(cases[i].error));
    }
}

/* role = console: its own grants, then the console's two ports; base = 0x...: where a
 * position-independent program goes. */
static void test_console_and_base(void)
{
    CHECK_EQ(parse("[console]\npath = bin/c\nrole = console\ngrant = serial\n"
                   "grant = serial-interrupt\nbase = 0x5A5A50000000\n"),
             1u);
    CHECK_EQ(config.error_count, 0u);
    struct koito_config_program *p = &config.programs[0];
    CHECK(p->is_console && !p->is_init);
    CHECK_EQ(p->base, 0x5a5a50000000u);
    CHECK_EQ(p->grant_count, 4u);
    CHECK_EQ(p->grants[0].kind, KOITO_CONFIG_GRANT_SERIAL);
    CHECK_EQ(p->grants[1].kind, KOITO_CONFIG_GRANT_SERIAL_INTERRUPT);
    CHECK(strcmp(p->grants[1].name, "serial-interrupt") == 0);
    CHECK_EQ(p->grants[2].kind, KOITO_CONFIG_GRANT_CONSOLE_OUTPUT);
    CHECK(strcmp(p->grants[2].name, "console-output") == 0);
    CHECK_EQ(p->grants[3].kind, KOITO_CONFIG_GRANT_CONSOLE_INPUT);
    CHECK(strcmp(p->grants[3].name, "console-input") == 0);
    /* The timer service's hardware: the PIT's ports and its interrupt line. */
    CHECK_EQ(parse("[timer]\npath = bin/t\ngrant = pit\ngrant = pit-interrupt\n"), 1u);
    CHECK_EQ(config.error_count, 0u);
    CHECK_EQ(config.programs[0].grants[0].kind, KOITO_CONFIG_GRANT_PIT);
    CHECK_EQ(config.programs[0].grants[1].kind, KOITO_CONFIG_GRANT_PIT_INTERRUPT);
    CHECK(strcmp(config.programs[0].grants[1].name, "pit-interrupt") == 0);
    /* A console and an init program side by side. */
    CHECK_EQ(parse("[c]\npath = x\nrole = console\n[i]\npath = y\nrole = init\n"), 2u);
    CHECK_EQ(config.error_count, 0u);
    CHECK(config.programs[0].is_console && config.programs[1].is_init);
    CHECK_EQ(config.programs[1].base, 0u);
}

static void test_limits(void)
{
    char text[8192];
    size_t used = 0;
    for (unsigned i = 0; i < KOITO_CONFIG_MAX_PROGRAMS + 1; i++)
        used += (size_t)snprintf(text + used, sizeof text - used, "[p%u]\npath = x\n", i);
    CHECK_EQ(koito_config_parse(&config, "c", text, used), KOITO_CONFIG_MAX_PROGRAMS);
    CHECK(has_error("c:97: too many programs (at most 48)"));

    char line[400];
    memset(line, 'a', sizeof line);
    memcpy(line, "[a]\npath=", 9);
    CHECK_EQ(koito_config_parse(&config, "c", line, sizeof line), 0u);
    CHECK(has_error("c:2: line longer than 256 bytes"));

    /* Many errors: the first 16 are kept, the rest counted. */
    used = 0;
    for (unsigned i = 0; i < 20; i++)
        used += (size_t)snprintf(text + used, sizeof text - used, "junk\n");
    koito_config_parse(&config, "c", text, used);
    CHECK_EQ(config.error_count, KOITO_CONFIG_MAX_ERRORS);
    CHECK_EQ(config.errors_dropped, 4u);
}

/* The result points into the program's own text, never into the input. */
static void test_no_pointers_into_input(void)
{
    static const char source[] = "[a]\npath = bin/a\nargs = a b\nenv = X=1\n";
    char *text = malloc(sizeof source);
    memcpy(text, source, sizeof source);
    CHECK_EQ(koito_config_parse(&config, "c", text, strlen(text)), 1u);
    memset(text, 'z', strlen(text));
    free(text);
    CHECK(strcmp(config.programs[0].path, "bin/a") == 0);
    CHECK(strcmp(config.programs[0].argv[1], "b") == 0);
    CHECK(strcmp(config.programs[0].envp[0], "X=1") == 0);
}

int main(void)
{
    test_role_posix();
    test_posix_instances();
    test_full_program();
    test_defaults();
    test_memory_manager();
    test_errors_skip_the_section();
    test_each_error();
    test_console_and_base();
    test_limits();
    test_no_pointers_into_input();
    return check_summary();
}

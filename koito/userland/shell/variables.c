/* Shell variables of koito-sh (userland, shell): see variables.h. A sorted
 * array: lookups are binary searches and `set` prints in order for free. */
#include "variables.h"

#include "memory.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct variable {
    char *name;
    char *value; /* NULL: exported but never set */
    bool exported;
};

static struct variable *variables;
static size_t variable_count, variable_capacity;

/* The index of name, or where it would be inserted (with *found false). */
static size_t variables_find(const char *name, bool *found)
{
    size_t low = 0, high = variable_count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        int order = strcmp(variables[middle].name, name);
        if (order == 0) {
            *found = true;
            return middle;
        }
        if (order < 0)
            low = middle + 1;
        else
            high = middle;
    }
    *found = false;
    return low;
}

static struct variable *variables_lookup_or_add(const char *name)
{
    bool found;
    size_t index = variables_find(name, &found);
    if (found)
        return &variables[index];
    memory_reserve((void **)&variables, &variable_capacity, variable_count, sizeof *variables);
    memmove(&variables[index + 1], &variables[index], (variable_count - index) * sizeof *variables);
    variable_count++;
    variables[index] = (struct variable){.name = memory_strdup(name)};
    return &variables[index];
}

bool variables_valid_name(const char *name, unsigned long length)
{
    if (length == 0 || (!isalpha((unsigned char)name[0]) && name[0] != '_'))
        return false;
    for (unsigned long i = 1; i < length; i++)
        if (!isalnum((unsigned char)name[i]) && name[i] != '_')
            return false;
    return true;
}

void variables_import(char **environment)
{
    for (char **entry = environment; entry && *entry; entry++) {
        const char *equals = strchr(*entry, '=');
        if (!equals || !variables_valid_name(*entry, (unsigned long)(equals - *entry)))
            continue;
        char *name = memory_strndup(*entry, (size_t)(equals - *entry));
        variables_set(name, equals + 1);
        variables_export(name);
        free(name);
    }
}

const char *variables_get(const char *name)
{
    bool found;
    size_t index = variables_find(name, &found);
    return found ? variables[index].value : NULL;
}

void variables_set(const char *name, const char *value)
{
    struct variable *variable = variables_lookup_or_add(name);
    char *copy = memory_strdup(value);
    free(variable->value);
    variable->value = copy;
}

void variables_export(const char *name)
{
    variables_lookup_or_add(name)->exported = true;
}

void variables_unset(const char *name)
{
    bool found;
    size_t index = variables_find(name, &found);
    if (!found)
        return;
    free(variables[index].name);
    free(variables[index].value);
    memmove(&variables[index], &variables[index + 1],
            (variable_count - index - 1) * sizeof *variables);
    variable_count--;
}

static bool variables_overridden(const char *name, char *const *overrides, unsigned long count)
{
    size_t length = strlen(name);
    for (unsigned long i = 0; i < count; i++)
        if (strncmp(overrides[i], name, length) == 0 && overrides[i][length] == '=')
            return true;
    return false;
}

char **variables_environment(char *const *overrides, unsigned long override_count)
{
    char **environment = memory_alloc((variable_count + override_count + 1) * sizeof *environment);
    size_t count = 0;
    for (size_t i = 0; i < variable_count; i++) {
        const struct variable *variable = &variables[i];
        if (!variable->exported || !variable->value ||
            variables_overridden(variable->name, overrides, override_count))
            continue;
        size_t name_length = strlen(variable->name), value_length = strlen(variable->value);
        char *entry = memory_alloc(name_length + value_length + 2);
        memcpy(entry, variable->name, name_length);
        entry[name_length] = '=';
        memcpy(entry + name_length + 1, variable->value, value_length + 1);
        environment[count++] = entry;
    }
    for (unsigned long i = 0; i < override_count; i++)
        environment[count++] = memory_strdup(overrides[i]);
    environment[count] = NULL;
    return environment;
}

void variables_free_environment(char **environment)
{
    for (char **entry = environment; *entry; entry++)
        free(*entry);
    free(environment);
}

/* Prints value quoted so the shell reads it back unchanged. */
static void variables_print_quoted(const char *value)
{
    putchar('\'');
    for (const char *c = value; *c; c++) {
        if (*c == '\'')
            fputs("'\\''", stdout);
        else
            putchar(*c);
    }
    putchar('\'');
}

void variables_print(bool exported_only)
{
    for (size_t i = 0; i < variable_count; i++) {
        const struct variable *variable = &variables[i];
        if (exported_only && !variable->exported)
            continue;
        if (exported_only)
            fputs("export ", stdout);
        fputs(variable->name, stdout);
        if (variable->value) {
            putchar('=');
            variables_print_quoted(variable->value);
        }
        putchar('\n');
    }
}

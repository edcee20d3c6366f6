/*
 * setlocale() (libc, locale). Each category records its locale's name; only
 * LC_CTYPE's choice changes behaviour. A query of LC_ALL gives the common
 * name, or, when the categories differ, a "LC_CTYPE=...;LC_NUMERIC=...;..."
 * string that setlocale(LC_ALL, ...) accepts back. Unknown names and
 * categories get NULL and change nothing.
 */
#include "locale_impl.h"
#include "lock.h"
#include <locale.h>
#include <string.h>

int __koito_locale_utf8;

static const char *const category_names[LC_ALL] = {
    "LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
};
static const char *current[LC_ALL] = {"C", "C", "C", "C", "C", "C"};
static char composite[LC_ALL * 24];
static struct __koito_lock lock;

/* The canonical name for `name`, or NULL if KOITO has no such locale. */
static const char *canonical(const char *name, size_t length)
{
    static const struct {
        const char *alias;
        const char *name;
    } known[] = {
        {"", "C"},
        {"C", "C"},
        {"POSIX", "C"},
        {"C.UTF-8", "C.UTF-8"},
        {"C.utf8", "C.UTF-8"},
        {"C.utf-8", "C.UTF-8"},
        {"C.UTF8", "C.UTF-8"},
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        if (strlen(known[i].alias) == length && strncmp(known[i].alias, name, length) == 0) {
            return known[i].name;
        }
    }
    return NULL;
}

/* Parses a composite LC_ALL string into `names`; returns 0 or -1. */
static int parse_composite(const char *string, const char *names[LC_ALL])
{
    for (int category = 0; category < LC_ALL; category++) {
        size_t key = strlen(category_names[category]);
        if (strncmp(string, category_names[category], key) != 0 || string[key] != '=') {
            return -1;
        }
        string += key + 1;
        size_t length = strcspn(string, ";");
        names[category] = canonical(string, length);
        if (names[category] == NULL) {
            return -1;
        }
        string += length;
        if (*string == ';') {
            string++;
        }
    }
    return *string == '\0' ? 0 : -1;
}

/* Sets every category from a plain name or a composite string; 0 or -1. */
static int set_all(const char *locale)
{
    const char *names[LC_ALL];
    if (strchr(locale, '=') != NULL) {
        if (parse_composite(locale, names) != 0) {
            return -1;
        }
    } else {
        names[0] = canonical(locale, strlen(locale));
        if (names[0] == NULL) {
            return -1;
        }
        for (int category = 1; category < LC_ALL; category++) {
            names[category] = names[0];
        }
    }
    for (int category = 0; category < LC_ALL; category++) {
        current[category] = names[category];
    }
    return 0;
}

static const char *query_all(void)
{
    int same = 1;
    for (int category = 1; category < LC_ALL; category++) {
        same &= current[category] == current[0];
    }
    if (same) {
        return current[0];
    }
    composite[0] = '\0';
    for (int category = 0; category < LC_ALL; category++) {
        strcat(composite, category_names[category]);
        strcat(composite, "=");
        strcat(composite, current[category]);
        strcat(composite, category + 1 < LC_ALL ? ";" : "");
    }
    return composite;
}

char *setlocale(int category, const char *locale)
{
    if (category < 0 || category > LC_ALL) {
        return NULL;
    }
    const char *result = NULL;
    __koito_lock_take(&lock);
    if (locale == NULL) {
        result = category == LC_ALL ? query_all() : current[category];
    } else if (category != LC_ALL) {
        result = canonical(locale, strlen(locale));
        if (result != NULL) {
            current[category] = result;
        }
    } else if (set_all(locale) == 0) {
        result = query_all();
    }
    __atomic_store_n(&__koito_locale_utf8, current[LC_CTYPE][1] == '.', __ATOMIC_RELAXED);
    __koito_lock_release(&lock);
    return (char *)result;
}

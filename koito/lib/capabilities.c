/*
 * Granted capabilities by name (libkoito); see <koito/capabilities.h>. The table is the one in the
 * information block; the kernel's root program has none.
 */
#include <koito/capabilities.h>
#include <koito/process.h>
#include <koito/slots.h>
#include <string.h>

static const struct koito_grant *capabilities_find(const char *name)
{
    const struct koito_grant *grants =
        (const struct koito_grant *)(uintptr_t)koito_aux_value(KOITO_AUX_GRANTS, 0);
    uint64_t count = koito_aux_value(KOITO_AUX_GRANT_COUNT, 0);
    for (uint64_t i = 0; grants != NULL && i < count; i++) {
        if (strncmp(grants[i].name, name, KOITO_GRANT_NAME_MAX) == 0)
            return &grants[i];
    }
    return NULL;
}

a9n_descriptor_t koito_capability(const char *name)
{
    const struct koito_grant *grant = capabilities_find(name);
    return grant != NULL ? koito_slot(grant->slot) : A9N_DESCRIPTOR_INVALID;
}

enum a9n_object_type koito_capability_type(const char *name)
{
    const struct koito_grant *grant = capabilities_find(name);
    return grant != NULL ? (enum a9n_object_type)grant->type : A9N_OBJECT_NONE;
}

/*
 * <koito/names.h>: finding and publishing ports by name through the name
 * service (libkoito, installed with the SDK).
 *
 * A program reaches the name service only through the capability it was
 * given; the capability's badge fixes its namespace and what it may do
 * (KOITO_NAMES_RIGHT_*). These wrap the generated stubs of
 * <koito/protocol/names.h> for C strings.
 */
#ifndef KOITO_NAMES_H
#define KOITO_NAMES_H

#include <a9n/a9n.h>
#include <koito/protocol/names.h>
#include <stdint.h>

/* The badge of a name-service capability for `namespace_id` with `rights`
 * (KOITO_NAMES_RIGHT_* bits), for whoever mints one from the service's port. */
static inline uint64_t koito_names_badge(uint64_t namespace_id, uint64_t rights)
{
    return namespace_id << KOITO_NAMES_NAMESPACE_SHIFT | rights;
}

/* Look `name` up and put a copy of the capability registered under it into
 * the empty slot `destination` (root-relative). Errors: those of
 * koito_names_lookup(); a name longer than KOITO_NAMES_NAME_MAX gives
 * KOITO_NAMES_ERROR_INVALID_NAME. */
enum koito_names_error koito_name_lookup(a9n_descriptor_t service, const char *name,
                                         a9n_descriptor_t destination);

/* Register `port` under `name`. Errors: those of koito_names_register_name();
 * a name longer than KOITO_NAMES_NAME_MAX gives KOITO_NAMES_ERROR_INVALID_NAME. */
enum koito_names_error koito_name_register(a9n_descriptor_t service, const char *name,
                                           a9n_descriptor_t port);

#endif

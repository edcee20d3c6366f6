/*
 * Name lookup and registration for C strings (libkoito, client side of the
 * name service); see <koito/names.h>.
 */
#include <koito/names.h>

#include <koito/protocol/names.h>
#include <string.h>

enum koito_names_error koito_name_lookup(a9n_descriptor_t service, const char *name,
                                         a9n_descriptor_t destination)
{
    size_t length = strnlen(name, KOITO_NAMES_NAME_MAX + 1);
    if (length > KOITO_NAMES_NAME_MAX)
        return KOITO_NAMES_ERROR_INVALID_NAME;
    return koito_names_lookup(service, name, length, destination);
}

enum koito_names_error koito_name_register(a9n_descriptor_t service, const char *name,
                                           a9n_descriptor_t port)
{
    size_t length = strnlen(name, KOITO_NAMES_NAME_MAX + 1);
    if (length > KOITO_NAMES_NAME_MAX)
        return KOITO_NAMES_ERROR_INVALID_NAME;
    return koito_names_register_name(service, name, length, port);
}

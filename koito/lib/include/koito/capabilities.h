/*
 * <koito/capabilities.h>: the capabilities the boot configuration granted this program, by name
 * (libkoito, installed with the SDK). The names and slots come from the information block
 * (<koito/process.h>, KOITO_AUX_GRANTS).
 */
#ifndef KOITO_CAPABILITIES_H
#define KOITO_CAPABILITIES_H

#include <a9n/a9n.h>

/*
 * The descriptor of the capability granted under `name`, or A9N_DESCRIPTOR_INVALID if none was
 * (so using it anyway fails with A9N_ERROR_MALFORMED_DESCRIPTOR and does nothing).
 */
a9n_descriptor_t koito_capability(const char *name);

/* The object type the configuration granted under `name`, A9N_OBJECT_NONE if none. */
enum a9n_object_type koito_capability_type(const char *name);

#endif

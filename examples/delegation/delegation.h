/*
 * What the parent and the child of examples/delegation agree on: the badge the parent mints into
 * the child's capability, and the greeting the child sends with it.
 */
#ifndef DELEGATION_H
#define DELEGATION_H

/* The badge names the client to the server: the kernel stamps it on every message sent with the
 * capability, and the holder can neither read nor change it. */
#define DELEGATION_BADGE    0x42u
#define DELEGATION_GREETING 0x6b6f69746fu /* "koito" in ASCII */

#endif

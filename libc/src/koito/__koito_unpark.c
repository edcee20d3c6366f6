/* Waking a parked thread (libc, OS port): a signal on its notification port. */
#include "port.h"
#include <a9n/a9n.h>

void __koito_unpark(unsigned long token)
{
    a9n_notification_port_signal((a9n_descriptor_t)token);
}

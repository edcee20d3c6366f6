/* koito_root_info(): the root program's initial capability space (KOITO API, libc OS port). */
#include "port.h"
#include <koito/boot.h>

const struct a9n_root_info *koito_root_info(void)
{
    return __koito_root_info_pointer;
}

/* koito_boot_info(): the boot-info blob the kernel passed (KOITO API, libc OS port). */
#include "port.h"
#include <koito/boot.h>

const struct a9n_boot_info *koito_boot_info(void)
{
    return __koito_boot_info_pointer;
}

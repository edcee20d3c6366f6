/* koito_process_info(): the information block this process started with (KOITO API, libc OS port).
 */
#include "port.h"
#include <koito/process.h>

const struct koito_process_info *koito_process_info(void)
{
    return __koito_process_info_pointer;
}

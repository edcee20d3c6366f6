/* koito_aux_value(): look a value up in the process's auxiliary vector (KOITO API, libc OS port).
 */
#include "port.h"
#include <koito/process.h>
#include <stddef.h>

uint64_t koito_aux_value(enum koito_aux_type type, uint64_t fallback)
{
    const struct koito_process_info *info = __koito_process_info_pointer;
    if (info == NULL)
        return fallback;
    for (const struct koito_aux *aux = info->auxv; aux->type != KOITO_AUX_NULL; aux++) {
        if (aux->type == type)
            return aux->value;
    }
    return fallback;
}

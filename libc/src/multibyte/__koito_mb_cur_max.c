/* MB_CUR_MAX (libc, multibyte): 4 bytes per character in "C.UTF-8", 1 in "C". */
#include "locale_impl.h"
#include <stdlib.h>

size_t __koito_mb_cur_max(void)
{
    return __koito_ctype_is_utf8() ? 4 : 1;
}

/* regfree(): release a compiled regular expression (libc, regex; <regex.h>, POSIX). */
#include "regex_impl.h"
#include <stdlib.h>

void regfree(regex_t *compiled)
{
    struct __koito_regex_program *program = compiled->__program;
    if (program == NULL)
        return;
    free(program->code);
    free(program->sets);
    free(program);
    compiled->__program = NULL;
}

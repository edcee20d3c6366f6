/* regfree(): release a compiled regular expression (libc, regex; <regex.h>,
 * POSIX), and __koito_regex_release(), which frees a program's parts. */
#include "regex_impl.h"
#include <stdlib.h>
#include <string.h>

void __koito_regex_release(struct __koito_regex_program *program)
{
    for (size_t index = 0; index < program->wide_set_count; index++)
        free(program->wide_sets[index].ranges);
    free(program->wide_sets);
    free(program->code);
    free(program->sets);
    memset(program, 0, sizeof *program);
}

void regfree(regex_t *compiled)
{
    struct __koito_regex_program *program = compiled->__program;
    if (program == NULL)
        return;
    __koito_regex_release(program);
    free(program);
    compiled->__program = NULL;
}

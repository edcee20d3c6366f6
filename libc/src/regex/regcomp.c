/* regcomp(): compile a regular expression (libc, regex; <regex.h>, POSIX). */
#include "regex_impl.h"
#include <stdlib.h>

int regcomp(regex_t *restrict compiled, const char *restrict pattern, int flags)
{
    struct __koito_regex_program *program = malloc(sizeof *program);
    if (program == NULL)
        return REG_ESPACE;
    int error = __koito_regex_compile(program, pattern, flags);
    if (error != 0) {
        free(program);
        return error;
    }
    compiled->re_nsub = program->groups;
    compiled->__program = program;
    return 0;
}

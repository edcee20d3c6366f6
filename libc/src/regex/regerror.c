/* regerror(): describe a regcomp or regexec result (libc, regex; <regex.h>, POSIX). */
#include <regex.h>
#include <string.h>

static const char *const messages[] = {
    [0] = "Success",
    [REG_NOMATCH] = "No match",
    [REG_BADPAT] = "Invalid regular expression",
    [REG_ECOLLATE] = "Invalid collation character",
    [REG_ECTYPE] = "Invalid character class name",
    [REG_EESCAPE] = "Trailing backslash",
    [REG_ESUBREG] = "Invalid back reference",
    [REG_EBRACK] = "Unmatched [, [^, [:, [., or [=",
    [REG_EPAREN] = "Unmatched ( or \\(",
    [REG_EBRACE] = "Unmatched \\{",
    [REG_BADBR] = "Invalid content of \\{\\}",
    [REG_ERANGE] = "Invalid range end",
    [REG_ESPACE] = "Memory exhausted",
    [REG_BADRPT] = "Invalid preceding regular expression",
    [REG_ESIZE] = "Regular expression too big",
};

size_t regerror(int error, const regex_t *restrict compiled, char *restrict buffer, size_t size)
{
    (void)compiled;
    const char *message = "Unknown error";
    if (error >= 0 && (size_t)error < sizeof messages / sizeof messages[0] && messages[error])
        message = messages[error];
    size_t length = strlen(message);
    if (size > 0) {
        size_t copied = length < size - 1 ? length : size - 1;
        memcpy(buffer, message, copied);
        buffer[copied] = '\0';
    }
    return length + 1;
}

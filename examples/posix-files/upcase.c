/*
 * upcase (examples/posix-files): a filter, as a Unix user knows one: it copies its standard input
 * to its standard output in capitals and reports how many lines it saw on standard error. It
 * does not know that its input is a pipe: the parent arranged that before it started.
 */
#include <ctype.h>
#include <stdio.h>

int main(void)
{
    int c;
    int lines = 0;
    while ((c = getchar()) != EOF) {
        if (c == '\n')
            lines++;
        putchar(toupper(c));
    }
    fprintf(stderr, "upcase: %d lines\n", lines);
    /* Flush before exit reports success: a lost write must turn into a failed status. */
    return fflush(stdout) == 0 ? 0 : 1;
}

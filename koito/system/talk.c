/*
 * koito-talk: the default system's interactive program (KOITO, koito/system). It reads lines
 * typed on the serial console through standard input (the console server edits them: echo,
 * backspace, Ctrl-U) and answers each on standard output, until end of input (Ctrl-D on an
 * empty line); then it ends, and with it, as the init program, the system.
 */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    (void)argc;
    char line[256];
    printf("%s: type a line and press Enter; Ctrl-D on an empty line ends the system\n", argv[0]);
    for (unsigned count = 1;; count++) {
        printf("talk> ");
        if (fgets(line, sizeof line, stdin) == NULL)
            break;
        line[strcspn(line, "\n")] = 0;
        printf("%s: line %u: \"%s\" (%zu bytes)\n", argv[0], count, line, strlen(line));
    }
    printf("\n%s: end of input, goodbye\n", argv[0]);
    return 0;
}

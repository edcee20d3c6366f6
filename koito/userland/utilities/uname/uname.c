/*
 * uname: prints system information (userland utility; POSIX): -s system
 * name (the default), -n node name, -r release, -v version, -m machine,
 * -a all of them, in that order.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    bool show[5] = {false};
    bool any = false;
    int option;
    while ((option = getopt(argc, argv, "asnrvm")) != -1) {
        const char *letters = "snrvm";
        if (option == 'a') {
            for (int i = 0; i < 5; i++)
                show[i] = true;
        } else if (option != '?') {
            show[strchr(letters, option) - letters] = true;
        } else {
            return 1;
        }
        any = true;
    }
    if (optind < argc) {
        fprintf(stderr, "uname: extra operand '%s'\n", argv[optind]);
        return 1;
    }
    if (!any)
        show[0] = true;
    struct utsname names;
    if (uname(&names) != 0) {
        fprintf(stderr, "uname: %s\n", strerror(errno));
        return 1;
    }
    const char *fields[5] = {names.sysname, names.nodename, names.release, names.version,
                             names.machine};
    const char *separator = "";
    for (int i = 0; i < 5; i++) {
        if (!show[i])
            continue;
        printf("%s%s", separator, fields[i]);
        separator = " ";
    }
    putchar('\n');
    return 0;
}

/*
 * getopt() (libc, unistd): POSIX option parsing. Options may be grouped
 * ("-ab"), an option's argument may be attached ("-ofile") or the next
 * word; "--" ends the options, and so does the first word that is not an
 * option (no argument permutation, as POSIX says). A leading ':' in
 * `options` makes a missing argument return ':' and silences the messages.
 * Setting optind to 0 restarts the scan, as in glibc.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

char *optarg;
int optind = 1;
int opterr = 1;
int optopt;

int getopt(int argc, char *const argv[], const char *options)
{
    static int position; /* next character within argv[optind], 0 = new word */
    if (optind == 0) {
        optind = 1;
        position = 0;
    }
    if (position == 0) {
        if (optind >= argc || argv[optind] == NULL || argv[optind][0] != '-' ||
            argv[optind][1] == '\0') {
            return -1;
        }
        if (strcmp(argv[optind], "--") == 0) {
            optind++;
            return -1;
        }
        position = 1;
    }
    const char *word = argv[optind];
    int option = (unsigned char)word[position++];
    const char *spec = option != ':' ? strchr(options, option) : NULL;
    int quiet = options[0] == ':';
    if (word[position] == '\0') {
        optind++;
        position = 0;
    }
    if (spec == NULL) {
        optopt = option;
        if (opterr && !quiet) {
            fprintf(stderr, "%s: illegal option -- %c\n", argv[0], option);
        }
        return '?';
    }
    if (spec[1] == ':') {
        if (position != 0) {
            optarg = (char *)word + position; /* attached: "-ofile" */
            optind++;
            position = 0;
        } else if (optind < argc) {
            optarg = argv[optind++];
        } else {
            optopt = option;
            if (opterr && !quiet) {
                fprintf(stderr, "%s: option requires an argument -- %c\n", argv[0], option);
            }
            return quiet ? ':' : '?';
        }
    }
    return option;
}

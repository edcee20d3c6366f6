/*
 * The programs of the console system suite (test/guest/console), one behaviour per argument; the
 * console shows what each wrote, and check_console_system.py checks the serial log.
 *   write X     CHILD_LINES lines "writer X line NNN <payload>" to stdout, every tenth one
 *               "writer X error NNN <payload>" to stderr instead, each sent in three write()
 *               calls with a yield between them, so the two writers' pieces arrive interleaved
 *               at the console server
 *   read        reads typed lines from stdin (fgets and read(0)) until end of input, twice,
 *               reporting each, then three bytes in raw mode (<termios.h>) and one more line
 *               back in canonical mode; exits with the number of lines read
 *   unfinished  writes a line without its newline and exits: exit sends it
 */
#include <a9n/a9n.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#define CHILD_LINES 150u

static int child_write(char who)
{
    static const char payload[] = "abcdefghijklmnopqrstuvwxyz0123456789\n";
    for (unsigned line = 0; line < CHILD_LINES; line++) {
        int stream = line % 10 == 9 ? 2 : 1;
        char head[40];
        int length = snprintf(head, sizeof head, "writer %c %s %03u ", who,
                              stream == 2 ? "error" : "line", line);
        const char *pieces[] = {head, payload, payload + 10};
        size_t sizes[] = {(size_t)length, 10, sizeof payload - 11};
        for (unsigned p = 0; p < 3; p++) {
            if (write(stream, pieces[p], sizes[p]) != (ssize_t)sizes[p])
                return 1;
            a9n_yield();
        }
    }
    return 0;
}

/* Lines until end of input: fgets for whole lines, read(0) for one in pieces. */
static int child_read_until_end(int *lines)
{
    char line[300];
    while (fgets(line, sizeof line, stdin) != NULL) {
        line[strcspn(line, "\n")] = 0;
        ++*lines;
        printf("reader: got [%s]\n", line);
        if (strcmp(line, "pieces follow") == 0) {
            /* The next line, read(0) at most 4 bytes at a time: one line comes in pieces. */
            char piece[5];
            ssize_t got;
            do {
                got = read(0, piece, 4);
                if (got < 0)
                    return 1;
                piece[got] = 0;
                printf("reader: piece [%s]\n", piece);
            } while (got > 0 && piece[got - 1] != '\n');
            ++*lines;
        }
    }
    return ferror(stdin) ? 1 : 0;
}

/* Three bytes read one at a time in raw mode ("xy" and Ctrl-C as typed, unedited and not
 * echoed), then the terminal as it was. Returns 0, or which step failed. */
static int child_read_raw(void)
{
    struct termios initial, raw, now;
    if (tcgetattr(0, &initial) != 0 || (initial.c_lflag & (ICANON | ECHO)) != (ICANON | ECHO))
        return 1;
    raw = initial;
    cfmakeraw(&raw);
    if (tcsetattr(0, TCSAFLUSH, &raw) != 0 || tcgetattr(0, &now) != 0 ||
        (now.c_lflag & (ICANON | ECHO)) != 0)
        return 2;
    unsigned char bytes[3];
    for (unsigned i = 0; i < sizeof bytes; i++) {
        if (read(0, &bytes[i], 1) != 1)
            return 3;
    }
    printf("reader: raw [%02x %02x %02x]\n", bytes[0], bytes[1], bytes[2]);
    if (tcsetattr(0, TCSANOW, &initial) != 0 || tcgetattr(0, &now) != 0 ||
        (now.c_lflag & (ICANON | ECHO)) != (ICANON | ECHO))
        return 4;
    return 0;
}

static int child_read(void)
{
    int lines = 0;
    /* Typed before the console set its UART up is lost: the input opens with padding, then
     * "start". */
    char line[300];
    while (fgets(line, sizeof line, stdin) != NULL && strcmp(line, "start\n") != 0)
        ;
    printf("reader: type> ");
    if (child_read_until_end(&lines) != 0)
        return 100;
    printf("reader: end of input after %d lines\n", lines);
    /* End of input is not the end of the terminal: the next line can still be read. */
    clearerr(stdin);
    if (child_read_until_end(&lines) != 0)
        return 101;
    printf("reader: end of input again after %d lines\n", lines);
    int raw = child_read_raw();
    if (raw != 0)
        return 110 + raw;
    if (fgets(line, sizeof line, stdin) == NULL)
        return 102;
    line[strcspn(line, "\n")] = 0;
    printf("reader: got [%s]\n", line);
    return lines + 1;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "write") == 0)
        return child_write(argv[2][0]);
    if (argc == 2 && strcmp(argv[1], "read") == 0)
        return child_read();
    if (argc == 2 && strcmp(argv[1], "unfinished") == 0) {
        printf("unfinished: no newline at exit");
        return 0;
    }
    return 99;
}

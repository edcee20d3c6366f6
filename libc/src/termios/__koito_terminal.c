/*
 * The terminal's attributes as the process set them (libc, termios; see terminal.h): all but the
 * console's input mode, which lives in the console server, start as a terminal's usual defaults.
 */
#include "terminal.h"

static struct termios terminal = {
    .c_iflag = ICRNL | IXON,
    .c_oflag = OPOST | ONLCR,
    .c_cflag = CS8 | CREAD | CLOCAL | B38400,
    .c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN,
    .c_cc =
        {
            [VINTR] = 0x03,
            [VQUIT] = 0x1c,
            [VERASE] = 0x7f,
            [VKILL] = 0x15,
            [VEOF] = 0x04,
            [VTIME] = 0,
            [VMIN] = 1,
            [VSTART] = 0x11,
            [VSTOP] = 0x13,
            [VSUSP] = 0x1a,
            [VREPRINT] = 0x12,
            [VWERASE] = 0x17,
            [VLNEXT] = 0x16,
        },
    .c_ispeed = B38400,
    .c_ospeed = B38400,
};

struct termios *__koito_terminal(void)
{
    return &terminal;
}

/*
 * <termios.h>: terminal attributes (libc, public header). KOITO's terminal is the console
 * server's serial console; the descriptors that are terminals are the ones isatty() says are
 * (/dev/console, /dev/tty and the standard descriptors at start).
 *
 * Of the attributes, ICANON, ECHO and ISIG change the console's input mode (the console
 * server's set_attributes): canonical mode gives edited lines, raw mode every byte as typed, echo
 * is on or off, and with ISIG (on at start) ^C and ^\ are no input but SIGINT and SIGQUIT for
 * the console's foreground process group (tcsetpgrp), discarding the input not yet read; a read
 * of the console they interrupt fails with EINTR. The console's mode is one for all its readers,
 * as a terminal's is. Every other flag, control character and speed is kept and reported back by
 * tcgetattr() unchanged, without effect: the console always maps a newline on output to CR LF,
 * takes ^C and ^\ as the signal characters whatever VINTR and VQUIT say, has no ^Z (no job
 * control) and edits lines with DEL or BS, Ctrl-U and Ctrl-D. A process without the
 * console server (no console configured) keeps the whole state for itself.
 *
 * The flag and index values are Linux's, so code written for it needs no change.
 */
#ifndef _TERMIOS_H
#define _TERMIOS_H

typedef unsigned char cc_t;
typedef unsigned int speed_t;
typedef unsigned int tcflag_t;

#define NCCS 32

struct termios {
    tcflag_t c_iflag; /* input modes */
    tcflag_t c_oflag; /* output modes */
    tcflag_t c_cflag; /* control modes */
    tcflag_t c_lflag; /* local modes */
    cc_t c_line;
    cc_t c_cc[NCCS]; /* control characters */
    speed_t c_ispeed;
    speed_t c_ospeed;
};

/* Indexes of c_cc. */
#define VINTR    0
#define VQUIT    1
#define VERASE   2
#define VKILL    3
#define VEOF     4
#define VTIME    5
#define VMIN     6
#define VSTART   8
#define VSTOP    9
#define VSUSP    10
#define VEOL     11
#define VREPRINT 12
#define VWERASE  14
#define VLNEXT   15
#define VEOL2    16

/* c_iflag */
#define IGNBRK  0000001
#define BRKINT  0000002
#define IGNPAR  0000004
#define PARMRK  0000010
#define INPCK   0000020
#define ISTRIP  0000040
#define INLCR   0000100
#define IGNCR   0000200
#define ICRNL   0000400
#define IXON    0002000
#define IXANY   0004000
#define IXOFF   0010000
#define IMAXBEL 0020000
#define IUTF8   0040000

/* c_oflag */
#define OPOST  0000001
#define ONLCR  0000004
#define OCRNL  0000010
#define ONOCR  0000020
#define ONLRET 0000040

/* c_cflag */
#define CSIZE  0000060
#define CS5    0000000
#define CS6    0000020
#define CS7    0000040
#define CS8    0000060
#define CSTOPB 0000100
#define CREAD  0000200
#define PARENB 0000400
#define PARODD 0001000
#define HUPCL  0002000
#define CLOCAL 0004000

/* c_lflag */
#define ISIG    0000001
#define ICANON  0000002
#define ECHO    0000010
#define ECHOE   0000020
#define ECHOK   0000040
#define ECHONL  0000100
#define NOFLSH  0000200
#define TOSTOP  0000400
#define ECHOCTL 0001000
#define ECHOKE  0004000
#define IEXTEN  0100000

/* Speeds. */
#define B0      0000000
#define B50     0000001
#define B75     0000002
#define B110    0000003
#define B134    0000004
#define B150    0000005
#define B200    0000006
#define B300    0000007
#define B600    0000010
#define B1200   0000011
#define B1800   0000012
#define B2400   0000013
#define B4800   0000014
#define B9600   0000015
#define B19200  0000016
#define B38400  0000017
#define B57600  0010001
#define B115200 0010002
#define B230400 0010003

/* tcsetattr() actions. */
#define TCSANOW   0
#define TCSADRAIN 1
#define TCSAFLUSH 2

/* tcflush() queues. */
#define TCIFLUSH  0
#define TCOFLUSH  1
#define TCIOFLUSH 2

/* tcflow() actions. */
#define TCOOFF 0
#define TCOON  1
#define TCIOFF 2
#define TCION  3

#ifdef __cplusplus
extern "C" {
#endif

int tcgetattr(int descriptor, struct termios *attributes);
/* TCSADRAIN and TCSAFLUSH first send what the process's standard streams hold unsent to the
 * console; TCSAFLUSH drops no typed input (the console keeps it). */
int tcsetattr(int descriptor, int action, const struct termios *attributes);
/* Sends what the process's standard streams hold unsent (a prompt without its newline). */
int tcdrain(int descriptor);
/* Typed input waiting in the console is not dropped (the console server keeps it for its
 * readers); the call checks its arguments and succeeds. */
int tcflush(int descriptor, int queue);
/* The serial console has no flow control: ENOTSUP for a valid action on a terminal. */
int tcflow(int descriptor, int action);
/* ENOTSUP on a terminal: the serial console sends no break. */
int tcsendbreak(int descriptor, int duration);

speed_t cfgetispeed(const struct termios *attributes);
speed_t cfgetospeed(const struct termios *attributes);
int cfsetispeed(struct termios *attributes, speed_t speed);
int cfsetospeed(struct termios *attributes, speed_t speed);
int cfsetspeed(struct termios *attributes, speed_t speed);
/* Raw mode: no input processing, no output processing, no echo, no canonical mode or signals,
 * 8-bit characters, reads return after one byte. */
void cfmakeraw(struct termios *attributes);

#ifdef __cplusplus
}
#endif

#endif

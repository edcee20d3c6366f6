/*
 * <sys/ioctl.h>: device control (libc, public header). Requests go to the
 * POSIX server through the OS port.
 */
#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H

#define TIOCGWINSZ 0x5413

struct winsize {
    unsigned short ws_row;
    unsigned short ws_col;
    unsigned short ws_xpixel;
    unsigned short ws_ypixel;
};

int ioctl(int descriptor, unsigned long request, ...);

#endif

/*
 * The text of /proc's files (KOITO POSIX server, vfs core; see vfs.h), in Linux's layouts as far
 * as the server knows the fields: a program that reads the leading fields of Linux's
 * /proc/<pid>/stat or the named lines of /proc/<pid>/status reads these. stat goes up to cstime
 * (field 17): utime is the process's processor time and cutime its waited-for children's, in
 * clock ticks (VFS_PROC_CLOCK_TICKS); KOITO does not split user from kernel time, so stime and
 * cstime are 0, and so are the fields between tty_nr and utime (tpgid, flags and the fault
 * counts), which the server does not keep. What it does not keep past cstime (start time, memory
 * per process) is left out rather than made up.
 */
#include "vfs.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* The console's device number, as /dev/console's st_rdev (vfs_stat.c): stat's tty_nr. */
#define PROC_CONSOLE_TTY (1u << 8 | VFS_DEVICE_CONSOLE)

/* snprintf's length, clamped to what went into text (the text is cut at capacity). */
static size_t format_text(char *text, size_t capacity, const char *format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    int length = vsnprintf(text, capacity, format, arguments);
    va_end(arguments);
    if (length < 0 || capacity == 0)
        return 0;
    return (size_t)length < capacity ? (size_t)length : capacity - 1;
}

static unsigned long long format_ticks(uint64_t nanoseconds)
{
    return (unsigned long long)(nanoseconds / (1000000000u / VFS_PROC_CLOCK_TICKS));
}

static const char *format_state_name(char state)
{
    switch (state) {
    case 'R':
        return "R (running)";
    case 'S':
        return "S (sleeping)";
    default:
        return "Z (zombie)";
    }
}

size_t vfs_proc_format(enum vfs_proc_file file, const struct vfs_proc_info *info, char *text,
                       size_t capacity)
{
    switch (file) {
    case VFS_PROC_STAT:
        return format_text(text, capacity, "%u (%s) %c %u %u %u %u 0 0 0 0 0 0 %llu 0 %llu 0\n",
                           info->pid, info->name, info->state, info->parent, info->group,
                           info->session, info->console ? PROC_CONSOLE_TTY : 0u,
                           format_ticks(info->cpu_time), format_ticks(info->children_cpu_time));
    case VFS_PROC_STATUS:
        return format_text(text, capacity, "Name:\t%s\nState:\t%s\nPid:\t%u\nPPid:\t%u\n",
                           info->name, format_state_name(info->state), info->pid, info->parent);
    case VFS_PROC_CMDLINE: {
        size_t length = info->state == 'Z' ? 0 : info->arguments_length;
        if (length > capacity)
            length = capacity;
        if (length > 0)
            memcpy(text, info->arguments, length);
        return length;
    }
    default:
        return 0;
    }
}

size_t vfs_proc_format_memory(uint64_t total, uint64_t free, char *text, size_t capacity)
{
    return format_text(text, capacity, "MemTotal:%15llu kB\nMemFree:%16llu kB\n",
                       (unsigned long long)(total / 1024), (unsigned long long)(free / 1024));
}

/*
 * ps: lists processes (userland utility), as procps's ps does, from the process directory of the
 * file system: /proc/<pid>/stat in the layout Linux defines ("pid (name) state ppid pgrp session
 * tty_nr ..."), /proc/<pid>/cmdline and the "Uid:" line of /proc/<pid>/status. KOITO's POSIX
 * server provides these for the processes it serves; on Linux the same program reads Linux's.
 *
 *   ps              PID TTY TIME CMD of the processes on ps's own terminal
 *   ps -e, ps -A    every process
 *   ps -f           UID PID PPID TTY TIME CMD, CMD being the whole command line
 *   ps -o LIST      the fields named (comma-separated, -o may repeat): pid ppid stat s comm
 *                   args cmd command tty tt time uid user
 * Differences from procps: no C and STIME columns in -f (both need the start time, which KOITO
 * does not keep), TIME is the stat file's utime + stime (KOITO's POSIX server puts the whole
 * processor time the kernel counted in utime), and a TTY is "console" (the device /dev/console
 * is), "pts/N", or "?".
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <pwd.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PS_FIELDS_MAX 16

struct process {
    long pid, parent;
    unsigned long tty;
    unsigned long long ticks; /* utime + stime, 0 when the stat file has none */
    char state;
    unsigned uid;
    char name[64];
    char arguments[256]; /* the command line, arguments joined by blanks; empty if none */
};

enum field { PID, PPID, STAT, COMM, ARGS, TTY, TIME, UID, USER };

static const struct {
    const char *name;
    enum field field;
    const char *header;
    int width; /* > 0: right-aligned, < 0: left-aligned, 0: last column, as wide as it is */
} ps_names[] = {
    {"pid", PID, "PID", 5},         {"ppid", PPID, "PPID", 5},  {"stat", STAT, "STAT", -4},
    {"s", STAT, "S", -1},           {"state", STAT, "S", -1},   {"comm", COMM, "COMMAND", -15},
    {"args", ARGS, "COMMAND", -27}, {"cmd", ARGS, "CMD", -27},  {"command", ARGS, "COMMAND", -27},
    {"tty", TTY, "TT", -8},         {"tt", TTY, "TT", -8},      {"time", TIME, "TIME", 8},
    {"uid", UID, "UID", 5},         {"user", USER, "USER", -8},
};

/* The columns to print: copies of ps_names' entries (-f renames two headers). */
static struct {
    struct {
        enum field field;
        const char *header;
        int width;
    } columns[PS_FIELDS_MAX];
    unsigned count;
} ps_format;

static unsigned long ps_console; /* /dev/console's device number, 0 if it has none */

static int ps_compare(const void *a, const void *b)
{
    long x = ((const struct process *)a)->pid, y = ((const struct process *)b)->pid;
    return (x > y) - (x < y);
}

/* The whole of a small file into buffer (NUL-terminated); its length, or -1. */
static long ps_slurp(const char *pid, const char *file, char *buffer, size_t capacity)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%s/%s", pid, file);
    FILE *stream = fopen(path, "r");
    if (!stream)
        return -1;
    size_t length = fread(buffer, 1, capacity - 1, stream);
    fclose(stream);
    buffer[length] = '\0';
    return (long)length;
}

/* Parses /proc/<pid>/stat; the name is between the first '(' and the last ')', since it may
 * hold both. Then the command line and the owner, where there are such files. */
static int ps_read(const char *pid, struct process *process)
{
    char line[1024];
    if (ps_slurp(pid, "stat", line, sizeof line) < 0)
        return -1;
    char *open = strchr(line, '('), *close = strrchr(line, ')');
    if (!open || !close || close < open)
        return -1;
    size_t name_length = (size_t)(close - open - 1);
    if (name_length >= sizeof process->name)
        name_length = sizeof process->name - 1;
    memcpy(process->name, open + 1, name_length);
    process->name[name_length] = '\0';
    process->pid = strtol(line, NULL, 10);
    process->tty = 0;
    process->ticks = 0;
    long pgrp, session;
    unsigned long long utime, stime;
    int fields =
        sscanf(close + 1, " %c %ld %ld %ld %lu %*d %*u %*u %*u %*u %*u %llu %llu", &process->state,
               &process->parent, &pgrp, &session, &process->tty, &utime, &stime);
    if (fields < 2)
        return -1;
    if (fields == 7)
        process->ticks = utime + stime;
    long length = ps_slurp(pid, "cmdline", process->arguments, sizeof process->arguments);
    for (long i = 0; i + 1 < length; i++) {
        if (process->arguments[i] == '\0')
            process->arguments[i] = ' ';
    }
    if (length < 0)
        process->arguments[0] = '\0';
    process->uid = 0; /* KOITO's status has no Uid line: every process is user 0 */
    char status[2048];
    if (ps_slurp(pid, "status", status, sizeof status) > 0) {
        const char *uid = strstr(status, "\nUid:");
        if (uid)
            process->uid = (unsigned)strtoul(uid + 5, NULL, 10);
    }
    return 0;
}

static void ps_tty_name(unsigned long tty, char *text, size_t room)
{
    unsigned major = (unsigned)(tty >> 8 & 0xfff),
             minor = (unsigned)((tty & 0xff) | (tty >> 12 & 0xfff00));
    if (tty == 0)
        snprintf(text, room, "?");
    else if (tty == ps_console)
        snprintf(text, room, "console");
    else if (major >= 136 && major <= 143)
        snprintf(text, room, "pts/%u", (major - 136) * 256 + minor);
    else
        snprintf(text, room, "%u,%u", major, minor);
}

static void ps_value(enum field field, const struct process *process, char *text, size_t room)
{
    long ticks_per_second = sysconf(_SC_CLK_TCK);
    unsigned long long seconds =
        process->ticks / (unsigned long long)(ticks_per_second > 0 ? ticks_per_second : 100);
    const struct passwd *user;
    switch (field) {
    case PID:
        snprintf(text, room, "%ld", process->pid);
        break;
    case PPID:
        snprintf(text, room, "%ld", process->parent);
        break;
    case STAT:
        snprintf(text, room, "%c", process->state);
        break;
    case COMM:
        snprintf(text, room, "%s%s", process->name, process->state == 'Z' ? " <defunct>" : "");
        break;
    case ARGS:
        if (process->arguments[0] != '\0')
            snprintf(text, room, "%s", process->arguments);
        else
            snprintf(text, room, "[%s]%s", process->name,
                     process->state == 'Z' ? " <defunct>" : "");
        break;
    case TTY:
        ps_tty_name(process->tty, text, room);
        break;
    case TIME:
        snprintf(text, room, "%02llu:%02llu:%02llu", seconds / 3600, seconds / 60 % 60,
                 seconds % 60);
        break;
    case UID:
        snprintf(text, room, "%u", process->uid);
        break;
    case USER:
        user = getpwuid(process->uid);
        if (user)
            snprintf(text, room, "%s", user->pw_name);
        else
            snprintf(text, room, "%u", process->uid);
        break;
    }
}

/* One line: the headers (process NULL) or a process's fields. */
static void ps_line(const struct process *process)
{
    char text[300];
    for (unsigned i = 0; i < ps_format.count; i++) {
        int width = ps_format.columns[i].width;
        if (i + 1 == ps_format.count && width < 0)
            width = 0;
        if (process)
            ps_value(ps_format.columns[i].field, process, text, sizeof text);
        else
            snprintf(text, sizeof text, "%s", ps_format.columns[i].header);
        printf("%s%*s", i > 0 ? " " : "", width, text);
    }
    putchar('\n');
}

/* Add the fields of list ("pid,comm") to the format; false for an unknown one. The list is
 * cut up in a copy: KOITO maps argv's strings read-only. */
static bool ps_add_fields(const char *list)
{
    char copy[256];
    if (strlen(list) >= sizeof copy) {
        fprintf(stderr, "ps: field list too long\n");
        return false;
    }
    strcpy(copy, list);
    for (char *name = strtok(copy, ", "); name; name = strtok(NULL, ", ")) {
        unsigned found = sizeof ps_names / sizeof ps_names[0];
        for (unsigned i = 0; i < sizeof ps_names / sizeof ps_names[0]; i++) {
            if (strcmp(ps_names[i].name, name) == 0)
                found = i;
        }
        if (found == sizeof ps_names / sizeof ps_names[0]) {
            fprintf(stderr, "ps: unknown field: %s\n", name);
            return false;
        }
        if (ps_format.count == PS_FIELDS_MAX) {
            fprintf(stderr, "ps: at most %d fields\n", PS_FIELDS_MAX);
            return false;
        }
        ps_format.columns[ps_format.count].field = ps_names[found].field;
        ps_format.columns[ps_format.count].header = ps_names[found].header;
        ps_format.columns[ps_format.count].width = ps_names[found].width;
        ps_format.count++;
    }
    return true;
}

/* procps's default columns, or -f's, under the headers procps gives them there. */
static void ps_default_format(bool full)
{
    ps_add_fields(full ? "user,pid,ppid,tty,time,args" : "pid,tty,time,comm");
    if (full)
        ps_format.columns[0].header = "UID";
    ps_format.columns[ps_format.count - 3].header = "TTY";
    ps_format.columns[ps_format.count - 1].header = "CMD";
}

static int ps_usage(void)
{
    fprintf(stderr, "usage: ps [-e|-A] [-f] [-o field[,field...]]...\n");
    return 1;
}

int main(int argc, char **argv)
{
    bool every = false, full = false;
    int option;
    while ((option = getopt(argc, argv, "Aefo:")) != -1) {
        switch (option) {
        case 'A':
        case 'e':
            every = true;
            break;
        case 'f':
            full = true;
            break;
        case 'o':
            if (!ps_add_fields(optarg))
                return 1;
            break;
        default:
            return ps_usage();
        }
    }
    if (optind < argc)
        return ps_usage();
    if (ps_format.count == 0)
        ps_default_format(full);
    struct stat console;
    ps_console = stat("/dev/console", &console) == 0 ? (unsigned long)console.st_rdev : 0;

    DIR *directory = opendir("/proc");
    if (!directory) {
        fprintf(stderr, "ps: cannot read /proc: %s\n", strerror(errno));
        return 1;
    }
    struct process self;
    char own[24];
    snprintf(own, sizeof own, "%ld", (long)getpid());
    if (ps_read(own, &self) != 0) {
        fprintf(stderr, "ps: cannot read /proc/%s/stat\n", own);
        closedir(directory);
        return 1;
    }
    struct process *processes = NULL;
    size_t count = 0, capacity = 0;
    struct dirent *entry;
    while ((entry = readdir(directory)) != NULL) {
        if (!isdigit((unsigned char)entry->d_name[0]))
            continue;
        if (count == capacity) {
            capacity = capacity ? capacity * 2 : 64;
            struct process *grown = realloc(processes, capacity * sizeof *grown);
            if (!grown) {
                fprintf(stderr, "ps: out of memory\n");
                free(processes);
                closedir(directory);
                return 1;
            }
            processes = grown;
        }
        /* A process that ended while we read is skipped, not an error. */
        if (ps_read(entry->d_name, &processes[count]) == 0 &&
            (every || processes[count].tty == self.tty))
            count++;
    }
    closedir(directory);
    if (count > 0)
        qsort(processes, count, sizeof *processes, ps_compare);
    ps_line(NULL);
    for (size_t i = 0; i < count; i++)
        ps_line(&processes[i]);
    free(processes);
    return 0;
}

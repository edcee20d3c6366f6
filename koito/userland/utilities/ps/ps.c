/*
 * ps: lists processes (userland utility). It reads the process directory
 * of the file system, /proc/<pid>/stat, in the layout Linux defines
 * ("pid (command) state ppid ..."), and prints PID, PPID, state and
 * command for each, sorted by pid. KOITO's POSIX server is to provide the
 * same files; where /proc does not exist, ps says so and exits 1.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct process {
    long pid, parent;
    char state;
    char command[64];
};

static int ps_compare(const void *a, const void *b)
{
    long x = ((const struct process *)a)->pid, y = ((const struct process *)b)->pid;
    return (x > y) - (x < y);
}

/* Parses /proc/<pid>/stat; the command is between the first '(' and the
 * last ')', since it may hold both. */
static int ps_read(const char *pid, struct process *process)
{
    char path[64], line[512];
    snprintf(path, sizeof path, "/proc/%s/stat", pid);
    FILE *file = fopen(path, "r");
    if (!file)
        return -1;
    size_t length = fread(line, 1, sizeof line - 1, file);
    fclose(file);
    line[length] = '\0';
    char *open = strchr(line, '('), *close = strrchr(line, ')');
    if (!open || !close || close < open)
        return -1;
    size_t command_length = (size_t)(close - open - 1);
    if (command_length >= sizeof process->command)
        command_length = sizeof process->command - 1;
    memcpy(process->command, open + 1, command_length);
    process->command[command_length] = '\0';
    process->pid = strtol(line, NULL, 10);
    if (sscanf(close + 1, " %c %ld", &process->state, &process->parent) != 2)
        return -1;
    return 0;
}

int main(void)
{
    DIR *directory = opendir("/proc");
    if (!directory) {
        fprintf(stderr, "ps: cannot read /proc: %s\n", strerror(errno));
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
            if (!grown)
                break;
            processes = grown;
        }
        /* A process that ended while we read is skipped, not an error. */
        if (ps_read(entry->d_name, &processes[count]) == 0)
            count++;
    }
    closedir(directory);
    if (count > 0)
        qsort(processes, count, sizeof *processes, ps_compare);
    printf("%7s %7s S COMMAND\n", "PID", "PPID");
    for (size_t i = 0; i < count; i++)
        printf("%7ld %7ld %c %s\n", processes[i].pid, processes[i].parent, processes[i].state,
               processes[i].command);
    free(processes);
    return 0;
}

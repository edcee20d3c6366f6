/*
 * ls: lists directory contents (userland utility; POSIX). Options: -l long
 * format, -a all entries, -A all but "." and "..", -1 one per line, -d
 * directories themselves, -n (numeric owners, which -l always shows here:
 * see below). Names sort in byte order (the C locale). Output to a terminal
 * is in columns; otherwise one name per line, as coreutils does.
 *
 * The long format is coreutils' with numeric user and group ids (ls -n):
 * KOITO has no user or group database, and ids read the same everywhere.
 */
#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct entry {
    char *name; /* as shown */
    char *path; /* to stat */
    struct stat status;
};

static bool long_format, show_all, show_almost_all, one_per_line, directories_themselves;
static int status_code;

static int ls_compare(const void *a, const void *b)
{
    return strcmp(((const struct entry *)a)->name, ((const struct entry *)b)->name);
}

static int ls_compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void ls_mode(mode_t mode, char text[11])
{
    text[0] = S_ISDIR(mode)    ? 'd'
              : S_ISLNK(mode)  ? 'l'
              : S_ISCHR(mode)  ? 'c'
              : S_ISBLK(mode)  ? 'b'
              : S_ISFIFO(mode) ? 'p'
              : S_ISSOCK(mode) ? 's'
                               : '-';
    const char *letters = "rwxrwxrwx";
    for (int i = 0; i < 9; i++)
        text[1 + i] = mode & (1u << (8 - i)) ? letters[i] : '-';
    if (mode & S_ISUID)
        text[3] = text[3] == 'x' ? 's' : 'S';
    if (mode & S_ISGID)
        text[6] = text[6] == 'x' ? 's' : 'S';
    if (mode & S_ISVTX)
        text[9] = text[9] == 'x' ? 't' : 'T';
    text[10] = '\0';
}

static int ls_digits(unsigned long long value)
{
    int digits = 1;
    while (value >= 10) {
        value /= 10;
        digits++;
    }
    return digits;
}

static void ls_print_long(const struct entry *entries, size_t count, bool total)
{
    int links = 1, owner = 1, group = 1, size = 1;
    unsigned long long blocks = 0;
    for (size_t i = 0; i < count; i++) {
        const struct stat *s = &entries[i].status;
        if (ls_digits((unsigned long long)s->st_nlink) > links)
            links = ls_digits((unsigned long long)s->st_nlink);
        if (ls_digits(s->st_uid) > owner)
            owner = ls_digits(s->st_uid);
        if (ls_digits(s->st_gid) > group)
            group = ls_digits(s->st_gid);
        if (ls_digits((unsigned long long)s->st_size) > size)
            size = ls_digits((unsigned long long)s->st_size);
        blocks += (unsigned long long)s->st_blocks;
    }
    if (total)
        printf("total %llu\n", (blocks + 1) / 2);
    time_t now = time(NULL);
    for (size_t i = 0; i < count; i++) {
        const struct stat *s = &entries[i].status;
        char mode[11], date[32];
        ls_mode(s->st_mode, mode);
        struct tm tm;
        localtime_r(&s->st_mtime, &tm);
        /* Within the last six months: the time of day; else the year. */
        bool recent = s->st_mtime > now - 15778476 && s->st_mtime <= now;
        strftime(date, sizeof date, recent ? "%b %e %H:%M" : "%b %e  %Y", &tm);
        printf("%s %*llu %*u %*u %*llu %s %s", mode, links, (unsigned long long)s->st_nlink, owner,
               (unsigned)s->st_uid, group, (unsigned)s->st_gid, size,
               (unsigned long long)s->st_size, date, entries[i].name);
        if (S_ISLNK(s->st_mode)) {
            char target[4096];
            ssize_t length = readlink(entries[i].path, target, sizeof target - 1);
            if (length >= 0) {
                target[length] = '\0';
                printf(" -> %s", target);
            }
        }
        putchar('\n');
    }
}

static void ls_print_columns(const struct entry *entries, size_t count)
{
    struct winsize window;
    size_t width = 80;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &window) == 0 && window.ws_col > 0)
        width = window.ws_col;
    size_t longest = 1;
    for (size_t i = 0; i < count; i++)
        if (strlen(entries[i].name) > longest)
            longest = strlen(entries[i].name);
    size_t column_width = longest + 2;
    size_t columns = width / column_width ? width / column_width : 1;
    size_t rows = (count + columns - 1) / columns;
    for (size_t row = 0; row < rows; row++) {
        for (size_t column = 0; column < columns; column++) {
            size_t index = column * rows + row;
            if (index >= count)
                break;
            bool last = index + rows >= count;
            printf("%-*s", last ? 0 : (int)column_width, entries[index].name);
        }
        putchar('\n');
    }
}

static void ls_print(struct entry *entries, size_t count, bool total)
{
    qsort(entries, count, sizeof *entries, ls_compare);
    if (long_format)
        ls_print_long(entries, count, total);
    else if (one_per_line)
        for (size_t i = 0; i < count; i++)
            puts(entries[i].name);
    else
        ls_print_columns(entries, count);
}

static void ls_free(struct entry *entries, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        free(entries[i].name);
        free(entries[i].path);
    }
    free(entries);
}

static void ls_directory(const char *path)
{
    DIR *directory = opendir(path);
    if (!directory) {
        fprintf(stderr, "ls: cannot open directory '%s': %s\n", path, strerror(errno));
        status_code = 2;
        return;
    }
    struct entry *entries = NULL;
    size_t count = 0, capacity = 0;
    struct dirent *item;
    while ((item = readdir(directory)) != NULL) {
        const char *name = item->d_name;
        bool dot = strcmp(name, ".") == 0 || strcmp(name, "..") == 0;
        if (name[0] == '.' && !show_all && !(show_almost_all && !dot))
            continue;
        if (count == capacity) {
            capacity = capacity ? capacity * 2 : 64;
            struct entry *grown = realloc(entries, capacity * sizeof *grown);
            if (!grown)
                break;
            entries = grown;
        }
        size_t length = strlen(path) + strlen(name) + 2;
        struct entry *entry = &entries[count];
        entry->name = strdup(name);
        entry->path = malloc(length);
        if (!entry->name || !entry->path) {
            free(entry->name);
            free(entry->path);
            break;
        }
        snprintf(entry->path, length, "%s/%s", path, name);
        if (lstat(entry->path, &entry->status) != 0) {
            fprintf(stderr, "ls: cannot access '%s': %s\n", entry->path, strerror(errno));
            status_code = 1;
            free(entry->name);
            free(entry->path);
            continue;
        }
        count++;
    }
    closedir(directory);
    ls_print(entries, count, true);
    ls_free(entries, count);
}

int main(int argc, char **argv)
{
    int option;
    while ((option = getopt(argc, argv, "laA1dn")) != -1) {
        switch (option) {
        case 'l':
        case 'n':
            long_format = true;
            break;
        case 'a':
            show_all = true;
            break;
        case 'A':
            show_almost_all = true;
            break;
        case '1':
            one_per_line = true;
            break;
        case 'd':
            directories_themselves = true;
            break;
        default:
            return 2;
        }
    }
    if (!isatty(STDOUT_FILENO))
        one_per_line = true;
    char *current[] = {"."};
    char **operands = optind < argc ? argv + optind : current;
    int operand_count = optind < argc ? argc - optind : 1;
    /* Files first, as one list; then each directory under its name. */
    struct entry *files = calloc((size_t)operand_count, sizeof *files);
    char **directories = calloc((size_t)operand_count, sizeof *directories);
    size_t file_count = 0, directory_count = 0;
    if (!files || !directories)
        return 2;
    for (int i = 0; i < operand_count; i++) {
        struct stat status;
        if (lstat(operands[i], &status) != 0) {
            fprintf(stderr, "ls: cannot access '%s': %s\n", operands[i], strerror(errno));
            status_code = 2;
            continue;
        }
        struct stat followed;
        bool directory = S_ISDIR(status.st_mode) ||
                         (S_ISLNK(status.st_mode) && !long_format &&
                          stat(operands[i], &followed) == 0 && S_ISDIR(followed.st_mode));
        if (directory && !directories_themselves) {
            directories[directory_count++] = operands[i];
            continue;
        }
        files[file_count].name = strdup(operands[i]);
        files[file_count].path = strdup(operands[i]);
        files[file_count].status = status;
        file_count++;
    }
    if (file_count > 0)
        ls_print(files, file_count, false);
    qsort(directories, directory_count, sizeof *directories, ls_compare_names);
    for (size_t i = 0; i < directory_count; i++) {
        if (operand_count > 1 || file_count > 0)
            printf("%s%s:\n", i > 0 || file_count > 0 ? "\n" : "", directories[i]);
        ls_directory(directories[i]);
    }
    ls_free(files, file_count);
    free(directories);
    return status_code;
}

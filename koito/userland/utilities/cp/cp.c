/*
 * cp: copies files (userland utility; POSIX). "cp source target" copies a
 * file; "cp source... directory" copies into the directory; -r (or -R)
 * copies directories recursively; -p keeps modes and times; -f removes a
 * target that cannot be opened and tries again.
 */
#include "../target/target_operands.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

static bool recursive, preserve, force;

static char *cp_join(const char *directory, const char *name)
{
    size_t length = strlen(directory) + strlen(name) + 2;
    char *path = malloc(length);
    if (path)
        snprintf(path, length, "%s%s%s", directory,
                 directory[strlen(directory) - 1] == '/' ? "" : "/", name);
    return path;
}

static void cp_preserve(const char *target, const struct stat *status)
{
    struct timeval times[2] = {{status->st_atime, 0}, {status->st_mtime, 0}};
    utimes(target, times);
    chmod(target, status->st_mode & 07777);
}

static int cp_file(const char *source, const char *target, const struct stat *status)
{
    int in = open(source, O_RDONLY);
    if (in < 0) {
        fprintf(stderr, "cp: cannot open '%s' for reading: %s\n", source, strerror(errno));
        return 1;
    }
    int out = open(target, O_WRONLY | O_CREAT | O_TRUNC, status->st_mode & 0777);
    if (out < 0 && force && unlink(target) == 0)
        out = open(target, O_WRONLY | O_CREAT | O_TRUNC, status->st_mode & 0777);
    if (out < 0) {
        fprintf(stderr, "cp: cannot create regular file '%s': %s\n", target, strerror(errno));
        close(in);
        return 1;
    }
    char buffer[16384];
    ssize_t got;
    int result = 0;
    while ((got = read(in, buffer, sizeof buffer)) > 0) {
        for (ssize_t done = 0; done < got;) {
            ssize_t written = write(out, buffer + done, (size_t)(got - done));
            if (written < 0) {
                fprintf(stderr, "cp: error writing '%s': %s\n", target, strerror(errno));
                got = -1;
                result = 1;
                break;
            }
            done += written;
        }
        if (result)
            break;
    }
    if (got < 0 && !result) {
        fprintf(stderr, "cp: error reading '%s': %s\n", source, strerror(errno));
        result = 1;
    }
    close(in);
    if (close(out) != 0)
        result = 1;
    if (preserve)
        cp_preserve(target, status);
    return result;
}

static int cp_path(const char *source, const char *target);

static int cp_directory(const char *source, const char *target, const struct stat *status)
{
    if (mkdir(target, (status->st_mode & 0777) | 0700) != 0 && errno != EEXIST) {
        fprintf(stderr, "cp: cannot create directory '%s': %s\n", target, strerror(errno));
        return 1;
    }
    DIR *directory = opendir(source);
    if (!directory) {
        fprintf(stderr, "cp: cannot access '%s': %s\n", source, strerror(errno));
        return 1;
    }
    int result = 0;
    struct dirent *entry;
    while ((entry = readdir(directory)) != NULL) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0)
            continue;
        char *from = cp_join(source, entry->d_name), *to = cp_join(target, entry->d_name);
        result |= from && to ? cp_path(from, to) : 1;
        free(from);
        free(to);
    }
    closedir(directory);
    if (preserve)
        cp_preserve(target, status);
    else
        chmod(target, status->st_mode & 0777);
    return result;
}

static int cp_path(const char *source, const char *target)
{
    struct stat status;
    if (stat(source, &status) != 0) {
        fprintf(stderr, "cp: cannot stat '%s': %s\n", source, strerror(errno));
        return 1;
    }
    if (S_ISDIR(status.st_mode)) {
        if (!recursive) {
            fprintf(stderr, "cp: -r not specified; omitting directory '%s'\n", source);
            return 1;
        }
        return cp_directory(source, target, &status);
    }
    struct stat target_status;
    if (stat(target, &target_status) == 0 && target_status.st_dev == status.st_dev &&
        target_status.st_ino == status.st_ino) {
        fprintf(stderr, "cp: '%s' and '%s' are the same file\n", source, target);
        return 1;
    }
    return cp_file(source, target, &status);
}

int main(int argc, char **argv)
{
    int option;
    while ((option = getopt(argc, argv, "rRpf")) != -1) {
        switch (option) {
        case 'r':
        case 'R':
            recursive = true;
            break;
        case 'p':
            preserve = true;
            break;
        case 'f':
            force = true;
            break;
        default:
            return 1;
        }
    }
    return target_operands_each("cp", argc - optind, argv + optind, cp_path);
}

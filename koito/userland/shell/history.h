/*
 * Command history of koito-sh (userland, shell): the last HISTORY_SIZE lines
 * typed at the prompt, oldest first, for the line editor's up and down keys.
 */
#ifndef KOITO_SH_HISTORY_H
#define KOITO_SH_HISTORY_H

#include <stddef.h>

#define HISTORY_SIZE 100

struct history {
    char *lines[HISTORY_SIZE];
    size_t count;
};

/* Adds a copy of line, unless it is empty or repeats the newest entry. */
void history_add(struct history *history, const char *line);
void history_clear(struct history *history);

#endif

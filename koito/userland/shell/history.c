/* Command history of koito-sh (userland, shell): see history.h. */
#include "history.h"

#include "memory.h"

#include <stdlib.h>
#include <string.h>

void history_add(struct history *history, const char *line)
{
    if (line[0] == '\0')
        return;
    if (history->count > 0 && strcmp(history->lines[history->count - 1], line) == 0)
        return;
    if (history->count == HISTORY_SIZE) {
        free(history->lines[0]);
        memmove(&history->lines[0], &history->lines[1],
                (HISTORY_SIZE - 1) * sizeof history->lines[0]);
        history->count--;
    }
    history->lines[history->count++] = memory_strdup(line);
}

void history_clear(struct history *history)
{
    for (size_t i = 0; i < history->count; i++)
        free(history->lines[i]);
    history->count = 0;
}

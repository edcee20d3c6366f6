/* Freeing the syntax tree of koito-sh (userland, shell): see ast.h. */
#include "ast.h"

#include <stdlib.h>

static void ast_free_words(char **words, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(words[i]);
    free(words);
}

static void ast_free_command(struct command *command)
{
    ast_free_words(command->assignments, command->assignment_count);
    ast_free_words(command->words, command->word_count);
    for (size_t i = 0; i < command->redirect_count; i++)
        free(command->redirects[i].target);
    free(command->redirects);
}

void ast_free(struct command_list *list)
{
    for (size_t i = 0; i < list->count; i++) {
        struct and_or *item = &list->items[i];
        for (size_t p = 0; p < item->count; p++) {
            for (size_t c = 0; c < item->pipelines[p].count; c++)
                ast_free_command(&item->pipelines[p].commands[c]);
            free(item->pipelines[p].commands);
        }
        free(item->pipelines);
        free(item->operators);
        free(item->text);
    }
    free(list->items);
    list->items = NULL;
    list->count = list->capacity = 0;
}

/*
 * The list of streams opened with fopen and friends (libc, stdio core), for
 * fflush(NULL) and exit(). The standard streams are not on it; their users
 * name them directly. The list's lock is never taken while holding a
 * stream's lock (fclose unlinks before it locks), so the two cannot
 * deadlock.
 */
#include "stdio_impl.h"

static struct __koito_lock list_lock;
static FILE *head;

void __koito_file_list_add(FILE *file)
{
    __koito_lock_take(&list_lock);
    file->previous = NULL;
    file->next = head;
    if (head != NULL) {
        head->previous = file;
    }
    head = file;
    __koito_lock_release(&list_lock);
}

void __koito_file_list_remove(FILE *file)
{
    __koito_lock_take(&list_lock);
    if (file->previous != NULL) {
        file->previous->next = file->next;
    } else if (head == file) {
        head = file->next;
    }
    if (file->next != NULL) {
        file->next->previous = file->previous;
    }
    file->previous = file->next = NULL;
    __koito_lock_release(&list_lock);
}

int __koito_file_list_flush(void)
{
    int result = 0;
    __koito_lock_take(&list_lock);
    for (FILE *file = head; file != NULL; file = file->next) {
        __koito_file_lock(file);
        if (file->pending > 0 && __koito_file_flush(file) == EOF) {
            result = EOF;
        }
        __koito_file_unlock(file);
    }
    __koito_lock_release(&list_lock);
    return result;
}

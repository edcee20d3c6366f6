/*
 * The calling thread's control block (libc, internal header of the OS
 * port): every thread's FS base points at its struct koito_thread_control
 * (<koito/process.h>), whose first word points at itself.
 */
#ifndef KOITO_LIBC_INTERNAL_THREAD_CONTROL_H
#define KOITO_LIBC_INTERNAL_THREAD_CONTROL_H

#include <koito/process.h>

static inline struct koito_thread_control *__koito_thread_control(void)
{
    struct koito_thread_control *control;
    __asm__("mov %%fs:0, %0" : "=r"(control));
    return control;
}

#endif

/*
 * Error codes of the A9N kernel calls: the single definition every caller and
 * the kernel use. A kernel call returns one of these in its first result.
 *
 * Layer: public kernel API (installed with the SDK). Valid C99 and C++11.
 */
#ifndef A9N_ERROR_H
#define A9N_ERROR_H

enum a9n_error {
    A9N_OK = 0,
    A9N_ERROR_UNKNOWN_CALL = 1,     /* no kernel call or operation has that number */
    A9N_ERROR_INVALID_ARGUMENT = 2, /* an argument is outside its documented range */
    A9N_ERROR_INVALID_ADDRESS = 3,  /* a user buffer is not mapped, readable or in user space */
};

#endif

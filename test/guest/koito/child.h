/*
 * The KOITO system suite's child program: its behaviours kept apart from child.c's dispatch.
 */
#ifndef KOITO_GUEST_CHILD_H
#define KOITO_GUEST_CHILD_H

#include <stdbool.h>
#include <stdint.h>

/* child_memory.c */
int child_memory(void);
int child_alloc_fault(void);
int child_churn(unsigned seed);

/* child_ulmmi.c */
int child_ulmmi_errors(void);
int child_ulmmi_busy(unsigned yields);
int child_ulmmi_share_round(unsigned pages, uint8_t value);

/* child_exchange.c */
int child_exchange(bool give_first);

#endif

/*
 * The KOITO system suite's child program: its behaviours kept apart from child.c's dispatch.
 */
#ifndef KOITO_GUEST_CHILD_H
#define KOITO_GUEST_CHILD_H

/* child_memory.c */
int child_memory(void);
int child_alloc_fault(void);
int child_churn(unsigned seed);
int child_ulmmi_errors(void);
int child_ulmmi_busy(unsigned yields);

#endif

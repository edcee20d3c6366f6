/*
 * Tests of the device suite.
 */
#ifndef KOITO_GUEST_DEVICE_TESTS_H
#define KOITO_GUEST_DEVICE_TESTS_H

void test_device_frame_maps(void);
void test_kernel_refuses_device_memory(void);

#endif

# The kernel's capability core as host tests build it, included by the test
# directories that link it (kernel/, ipc/): its include directories, its
# sources with the one switch over object types (object_types.c) and the fake
# HAL they run on, and where the stand-ins for the modules a test leaves out
# live (absent_modules/: each directory lists the groups it does not link).

get_filename_component(KOITO_A9N_DIR ${CMAKE_CURRENT_LIST_DIR}/../../a9n ABSOLUTE)
set(KOITO_ABSENT_MODULES_DIR ${CMAKE_CURRENT_LIST_DIR}/absent_modules)
set(KOITO_CAPABILITY_CORE_INCLUDES
    ${KOITO_A9N_DIR}/include
    ${KOITO_A9N_DIR}/lib
    ${KOITO_A9N_DIR}/kernel/include
    ${KOITO_A9N_DIR}/hal/include
    ${KOITO_A9N_DIR}/hal/x86_64/include)
set(KOITO_CAPABILITY_CORE_SOURCES
    ${KOITO_A9N_DIR}/kernel/debug_absent.c
    ${KOITO_A9N_DIR}/kernel/derivation.c
    ${KOITO_A9N_DIR}/kernel/generic.c
    ${KOITO_A9N_DIR}/kernel/identifier_pool.c
    ${KOITO_A9N_DIR}/kernel/lookup.c
    ${KOITO_A9N_DIR}/kernel/node.c
    ${KOITO_A9N_DIR}/kernel/object.c
    ${KOITO_A9N_DIR}/kernel/object_types.c
    ${KOITO_A9N_DIR}/kernel/preempt.c
    ${KOITO_A9N_DIR}/kernel/slot.c
    ${CMAKE_CURRENT_LIST_DIR}/kernel/fake_hal.c)

# The sources of the ULMM server (core and A9N backend, loop, handlers and
# generated dispatch), listed once for the ulmm part and the in-guest suite
# (test/guest/ulmm), which both build it with the SDK's toolchain.
include(${CMAKE_CURRENT_LIST_DIR}/../core/sources.cmake)
set(ULMM_SERVER_SOURCES
    ${ULMM_CORE_SOURCES}
    ${CMAKE_CURRENT_LIST_DIR}/forwarder.c
    ${CMAKE_CURRENT_LIST_DIR}/generics.c
    ${CMAKE_CURRENT_LIST_DIR}/kernel_backend.c
    ${CMAKE_CURRENT_LIST_DIR}/server.c
    ${CMAKE_CURRENT_LIST_DIR}/generated/ulmmi_dispatch.c)
set(ULMM_SERVER_INCLUDES ${ULMM_CORE_INCLUDES} ${CMAKE_CURRENT_LIST_DIR})

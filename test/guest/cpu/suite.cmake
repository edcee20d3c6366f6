# The cpu suite: user CPU state (flags, selectors, FS base, extended registers).
koito_guest_suite(cpu-suite
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/main.c
        ${CMAKE_CURRENT_LIST_DIR}/flags_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/state_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/avx2_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/address_space_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/cpu_ops.S
        ${CMAKE_CURRENT_LIST_DIR}/ymm_program.S
        ${CMAKE_CURRENT_LIST_DIR}/../vspace/vspace.c
        ${CMAKE_CURRENT_LIST_DIR}/../vspace/program.S)
# One file is built as an app using AVX2 would be (QEMU's -cpu max has it),
# optimised, so its vectors stay in ymm registers across kernel calls.
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/avx2_tests.c PROPERTIES COMPILE_OPTIONS "-mavx2;-O2")

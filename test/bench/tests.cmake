# ctest of the kernel benchmark suite (included by test/CMakeLists.txt): one
# boot of the bench image that checks only that the suite runs and prints a
# JSON document that parses. No timing assertion: the figures are compared
# with baseline.json by the `bench` target, which never fails on them.
add_test(NAME bench.runs
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/run-bench.py --runs 1
            --sdk ${KOITO_SDK_STAGE}
            --image ${CMAKE_BINARY_DIR}/parts/kernel-bench/kernel-bench.cpio)

# The KOITO suite (koito/): the whole system with the benchmark driver as its
# init program; same checks.
add_test(NAME bench.koito-runs
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/run-bench.py --runs 1
            --sdk ${KOITO_SDK_STAGE}
            --image ${CMAKE_BINARY_DIR}/parts/kernel-bench/koito-bench.cpio
            --baseline ${CMAKE_CURRENT_LIST_DIR}/koito/baseline.json)

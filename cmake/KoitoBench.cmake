# The `bench` target: boot the kernel benchmark suite (test/bench) twice
# under -icount, check the figures repeat, and compare them with
# test/bench/baseline.json; then the KOITO suite (test/bench/koito), compared
# with test/bench/koito/baseline.json. `cmake --build build --target bench`.
add_custom_target(bench
    COMMAND ${CMAKE_SOURCE_DIR}/test/bench/run-bench.py
            --sdk ${KOITO_SDK_STAGE}
            --image ${CMAKE_BINARY_DIR}/parts/kernel-bench/kernel-bench.cpio
    COMMAND ${CMAKE_SOURCE_DIR}/test/bench/run-bench.py
            --sdk ${KOITO_SDK_STAGE}
            --image ${CMAKE_BINARY_DIR}/parts/kernel-bench/koito-bench.cpio
            --baseline ${CMAKE_SOURCE_DIR}/test/bench/koito/baseline.json
    USES_TERMINAL
    VERBATIM)
add_dependencies(bench kernel-bench)

# The `bench` target: boot the kernel benchmark suite (test/bench) twice
# under -icount, check the figures repeat, and compare them with
# test/bench/baseline.json; then the same for the ULMM benchmarks
# (ulmm-bench.cpio, ulmm-baseline.json), the KOITO suite (test/bench/koito,
# koito/baseline.json) and the POSIX server's (test/bench/posix,
# posix/baseline.json). `cmake --build build --target bench`.
add_custom_target(bench
    COMMAND ${CMAKE_SOURCE_DIR}/test/bench/run-bench.py
            --sdk ${KOITO_SDK_STAGE}
            --image ${CMAKE_BINARY_DIR}/parts/kernel-bench/kernel-bench.cpio
    COMMAND ${CMAKE_SOURCE_DIR}/test/bench/run-bench.py
            --sdk ${KOITO_SDK_STAGE}
            --image ${CMAKE_BINARY_DIR}/parts/kernel-bench/ulmm-bench.cpio
            --baseline ${CMAKE_SOURCE_DIR}/test/bench/ulmm-baseline.json
    COMMAND ${CMAKE_SOURCE_DIR}/test/bench/run-bench.py
            --sdk ${KOITO_SDK_STAGE}
            --image ${CMAKE_BINARY_DIR}/parts/kernel-bench/koito-bench.cpio
            --baseline ${CMAKE_SOURCE_DIR}/test/bench/koito/baseline.json
    COMMAND ${CMAKE_SOURCE_DIR}/test/bench/run-bench.py
            --sdk ${KOITO_SDK_STAGE}
            --image ${CMAKE_BINARY_DIR}/parts/kernel-bench/posix-bench.cpio
            --baseline ${CMAKE_SOURCE_DIR}/test/bench/posix/baseline.json
    USES_TERMINAL
    VERBATIM)
add_dependencies(bench kernel-bench)

# SDK tests (included from test/CMakeLists.txt in the host superbuild).
#
#   sdk.consumer       install the SDK, move it, build examples/hello out of
#                      tree with CMake and with Make, boot both, check the
#                      headers as C99 and C++11 and the pkg-config file
#   sdk.example-hello  boot the hello image the superbuild's examples part built
#   sdk.example-ping-pong  the same for examples/ping-pong (two programs)
#   sdk.example-words  the same for examples/words (two programs, the SDK's
#                      POSIX server and a data file in the initrd): the client
#                      reads the file with fopen() and the reverse server
#                      answers each word
#
# Both boot QEMU, so they take the same lock as the other QEMU tests.
add_test(NAME sdk.consumer
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/consumer-test.sh ${CMAKE_BINARY_DIR} ${PROJECT_SOURCE_DIR})

add_test(NAME sdk.example-hello
    COMMAND ${KOITO_RUN} --timeout 30 --expect "Hello from an SDK app on KOITO!"
            ${CMAKE_BINARY_DIR}/parts/examples/hello/hello.cpio)

add_test(NAME sdk.example-ping-pong
    COMMAND ${KOITO_RUN} --timeout 30 --expect "ping: 10 rounds with pong, every answer right"
            ${CMAKE_BINARY_DIR}/parts/examples/ping-pong/ping-pong.cpio)

add_test(NAME sdk.example-words
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/run-words.sh ${KOITO_RUN}
            ${CMAKE_BINARY_DIR}/parts/examples/words/words.cpio)

set_tests_properties(sdk.consumer sdk.example-hello sdk.example-ping-pong sdk.example-words PROPERTIES
    LABELS sdk
    RESOURCE_LOCK koito-qemu
    TIMEOUT 120)
# The consumer test configures and builds seven projects and boots five
# images: on a loaded 2-core machine that takes minutes.
set_tests_properties(sdk.consumer PROPERTIES TIMEOUT 600)

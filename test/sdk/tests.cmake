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
#   sdk.example-threads        producers and consumers through a queue with a
#                              mutex and condition variables: the totals check
#   sdk.example-shared-memory  a page shared through ULMMI: the reader maps it
#                              read-only, ULMMI refuses it write access and its
#                              store faults, which its spawner observes
#   sdk.example-delegation     a child holding one badged send-only capability:
#                              the parent sees the badge, every other attempt is
#                              refused with the kernel's error
#   sdk.example-driver         a user-level PIT driver: interrupts counted and
#                              acknowledged, the counter read, ports outside its
#                              range refused
#   sdk.example-posix-files    files in /tmp, a directory listing, pipes,
#                              posix_spawn and waitpid
#   sdk.examples-fresh         every example built out of tree from a freshly
#                              installed SDK in a new prefix, and booted
#   sdk.koito-cc-libraries     koito-cc accepts -lm -lpthread -lrt -ldl -lutil
#                              -lxnet (parts of libc), finds the user's own
#                              archives and names an unknown library it refuses
#
# Each example's test expects the lines that prove its point and rejects any
# line with FAILED (each example prints one when a check fails).
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

set(examples ${CMAKE_BINARY_DIR}/parts/examples)

add_test(NAME sdk.koito-cc-libraries
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/koito-cc-libraries.sh ${KOITO_SDK_STAGE})

add_test(NAME sdk.examples-fresh
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/fresh-examples.sh ${CMAKE_BINARY_DIR} ${PROJECT_SOURCE_DIR})

add_test(NAME sdk.example-threads
    COMMAND ${KOITO_RUN} --timeout 60 --reject-match "FAILED"
            --expect "threads: 3 producers and 3 consumers passed 3000 items through a queue of 8, sum 1501500: as expected"
            ${examples}/threads/threads.cpio)

add_test(NAME sdk.example-shared-memory
    COMMAND ${KOITO_RUN} --timeout 60 --reject-match "FAILED"
            --expect "owner: wrote \"a note from the owner, in memory both processes map\" into the shared page"
            --expect "reader: mapping the share read-write: KOITO_ULMMI_ERROR_INSUFFICIENT_RIGHTS"
            --expect "reader: read \"a note from the owner, in memory both processes map\""
            --expect "reader: making the mapping writable: KOITO_ULMMI_ERROR_INSUFFICIENT_RIGHTS"
            --expect "owner: the reader read all 51 bytes of the note (checksum matches)"
            --expect "owner: the reader was killed by a page fault when it wrote to its read-only mapping"
            --expect "owner: the shared page is unchanged: sharing with least rights works"
            ${examples}/shared-memory/shared-memory.cpio)

add_test(NAME sdk.example-delegation
    COMMAND ${KOITO_RUN} --timeout 60 --reject-match "FAILED|NOT EXPECTED"
            --expect "child: received a capability: IPC port, rights 0x2 (send only), badge 0x42"
            --expect "parent: a message on \"work\" with badge 0x42, word 0x6b6f69746f"
            --expect "child: called \"work\": A9N_OK, answer 0x6b6f697470"
            --expect "child: receive on it: A9N_ERROR_INSUFFICIENT_RIGHTS"
            --expect "child: send a capability through it: A9N_ERROR_INSUFFICIENT_RIGHTS"
            --expect "child: copy it asking for receive and grant rights: A9N_OK, the copy has rights 0x2"
            --expect "child: receive on the copy: A9N_ERROR_INSUFFICIENT_RIGHTS"
            --expect "child: mint it with another badge: A9N_ERROR_INVALID_ARGUMENT"
            --expect "child: call \"handoff\" after deleting it: A9N_ERROR_EMPTY_SLOT"
            --expect "child: ask init to start a program: A9N_ERROR_INSUFFICIENT_RIGHTS"
            --expect "child: receive on its supervisor port: A9N_ERROR_INSUFFICIENT_RIGHTS"
            --expect "child: receive on its ULMM session: A9N_ERROR_INSUFFICIENT_RIGHTS"
            --expect-match "child: slot [0-9]+: IPC port, rights 0x2 \\(the delegated capability\\)"
            --expect "child: least privilege holds: one send-only capability, everything else refused"
            --expect "parent: the child used its one capability and every other attempt was refused"
            ${examples}/delegation/delegation.cpio)

add_test(NAME sdk.example-driver
    COMMAND ${KOITO_RUN} --timeout 60 --reject-match "FAILED"
            --expect "driver: PIT channel 0 runs at 100 Hz (reload 11931)"
            --expect "driver: counted 10 interrupts of IRQ 0, each acknowledged"
            --expect-match "driver: the counter reads [0-9]+ \\(of 11931\\): the device answers through its ports"
            --expect "driver: read port 0x3f (just below the range): A9N_ERROR_INVALID_ARGUMENT"
            --expect "driver: read port 0x44 (just above the range): A9N_ERROR_INVALID_ARGUMENT"
            --expect "driver: read port 0x70 (the CMOS clock): A9N_ERROR_INVALID_ARGUMENT"
            --expect "driver: read port 0x3f8 (COM1, the kernel's): A9N_ERROR_INVALID_ARGUMENT"
            --expect "driver: derive ports 0x40..0x47 from its range: A9N_ERROR_INVALID_ARGUMENT"
            --expect "driver: every port outside 0x40..0x43 was refused"
            ${examples}/driver/driver.cpio)

add_test(NAME sdk.example-posix-files
    COMMAND ${KOITO_RUN} --timeout 60 --reject-match "FAILED"
            --expect "posix-files: wrote and read back /tmp/notes/poem.txt (68 bytes)"
            --expect "posix-files: /tmp/notes holds poem.txt todo.txt"
            --expect "upcase: 3 lines"
            --expect "posix-files: upcase exited with status 0 and its output is the poem in capitals"
            --expect "posix-files: files, a directory, pipes, posix_spawn and waitpid all work"
            ${examples}/posix-files/posix-files.cpio)

set_tests_properties(sdk.consumer sdk.example-hello sdk.example-ping-pong sdk.example-words
    sdk.example-threads sdk.example-shared-memory sdk.example-delegation sdk.example-driver
    sdk.example-posix-files sdk.examples-fresh PROPERTIES
    LABELS sdk
    RESOURCE_LOCK koito-qemu
    TIMEOUT 120)
# The consumer test configures and builds seven projects and boots six
# images, the fresh-examples test eight of each: on a loaded 2-core machine
# that takes minutes.
set_tests_properties(sdk.consumer sdk.examples-fresh PROPERTIES TIMEOUT 600)

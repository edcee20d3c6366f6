# The scripted interactive session (issue 15, included by test/CMakeLists.txt):
# the SDK's default system booted through PVH with koito-sh on the console;
# run-session.py types the commands of session.txt at the prompt and checks
# that each printed what the transcript says, and that `exit 7` ended the
# system with status 7.
add_test(NAME session.koito-sh
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/run-session.py
            --mkimage ${KOITO_MKIMAGE} --run ${KOITO_RUN} --status 7
            ${CMAKE_CURRENT_LIST_DIR}/session.txt)
set_tests_properties(session.koito-sh PROPERTIES LABELS session TIMEOUT 180
    RESOURCE_LOCK koito-qemu)

# The utilities against the host's coreutils in the guest (issue 15):
# run-differential.py runs differential.sh in the default system under
# koito-sh (its input files from differential/ in the image) and on the host
# under dash with Debian's coreutils and grep, and compares the two outputs
# byte for byte (its header names the few normalisations).
find_program(KOITO_DASH dash)
add_test(NAME session.utilities-differential
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/run-differential.py
            --mkimage ${KOITO_MKIMAGE} --run ${KOITO_RUN} --dash ${KOITO_DASH}
            ${CMAKE_CURRENT_LIST_DIR}/differential.sh ${CMAKE_CURRENT_LIST_DIR}/differential)
set_tests_properties(session.utilities-differential PROPERTIES LABELS session TIMEOUT 400
    RESOURCE_LOCK koito-qemu)

# ^C and ^\ at the console (issue 15): run-interrupts.py types the commands of interrupts.txt
# each at a fresh prompt and the keys while the foreground job runs, on the default system with
# sigint-report (test/guest/terminal, a program that catches SIGINT) added; the job's process
# group ends (sleep, cat, a pipeline: $? is 130, 131 for ^\), a background job survives, ^C at
# the prompt gives a fresh one, and the program with a handler keeps running; a line typed after
# console-reader killed a reader that waited for one reaches console-reader itself.
add_test(NAME session.interrupts
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/run-interrupts.py
            --mkimage ${KOITO_MKIMAGE} --run ${KOITO_RUN} --status 7
            --add bin/sigint-report=${KOITO_GUEST_BUILD}/sigint-report.elf
            --add bin/console-reader=${KOITO_GUEST_BUILD}/console-reader.elf
            ${CMAKE_CURRENT_LIST_DIR}/interrupts.txt)
set_tests_properties(session.interrupts PROPERTIES LABELS session TIMEOUT 240
    RESOURCE_LOCK koito-qemu)

# The programs of KOITO's userland: koito-sh and the base utilities, each a
# separate program. One list for two builds, each of which defines
#
#   koito_userland_program(<name> SOURCES <file>... [NEEDS <header>...] [GUEST])
#
# before including this file:
#   koito/userland/CMakeLists.txt       the guest build against the SDK
#                                       (superbuild part "userland")
#   test/host/userland/CMakeLists.txt   the host build, with ASan and UBSan,
#                                       for the differential tests
# NEEDS names the headers beyond what every program uses that the C library
# must provide: the guest build leaves out (and names) a program whose
# headers the SDK's KOITO-libc does not have yet. GUEST marks a program that
# speaks KOITO's own protocols (meminfo: ULMMI), which the host build skips.
set(userland_dir ${CMAKE_CURRENT_LIST_DIR})

set(userland_shell_sources
    ast.c builtins.c exec.c expand.c history.c job_control.c jobs.c lexer.c line_editor.c main.c memory.c
    parser.c pattern.c source.c terminal.c variables.c)
list(TRANSFORM userland_shell_sources PREPEND ${userland_dir}/shell/)
# The shell's `kill` builtin runs the kill utility's code itself (kill_command.h).
koito_userland_program(koito-sh SOURCES ${userland_shell_sources}
                                 ${userland_dir}/utilities/kill/kill_command.c
                                 NEEDS spawn.h termios.h)

foreach(utility cat date echo false head ls mkdir ps rm sleep sort tail test touch true uname
                uniq wc)
    koito_userland_program(${utility} SOURCES ${userland_dir}/utilities/${utility}/${utility}.c)
endforeach()
# cp and mv share the handling of "source target" and "source... directory".
foreach(utility cp mv)
    koito_userland_program(${utility} SOURCES ${userland_dir}/utilities/${utility}/${utility}.c
                                              ${userland_dir}/utilities/target/target_operands.c)
endforeach()
koito_userland_program(kill SOURCES ${userland_dir}/utilities/kill/kill.c
                                    ${userland_dir}/utilities/kill/kill_command.c)
koito_userland_program(grep SOURCES ${userland_dir}/utilities/grep/grep.c
                                    ${userland_dir}/utilities/grep/bre.c)
koito_userland_program(env SOURCES ${userland_dir}/utilities/env/env.c NEEDS spawn.h)
koito_userland_program(meminfo SOURCES ${userland_dir}/utilities/meminfo/meminfo.c GUEST)

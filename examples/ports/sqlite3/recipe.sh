# Port recipe: SQLite 3, the database engine (sqlite3.o from the
# amalgamation) and its command-line shell (sqlite3) (examples/ports, read
# by build-port).
#
# Debian ships SQLite's full source tree, not the amalgamation, so the recipe
# first makes the amalgamation the way upstream does: SQLite's configure and
# Makefile run on the host (with clang and tclsh) only to generate
# sqlite3.c, sqlite3.h and shell.c. Those are then compiled with koito-cc.
# Compile-time options, all documented SQLite settings, no source changes
# (SQLite's default thread safety, serialized, on KOITO-libc's pthread
# mutexes):
#   SQLITE_OMIT_LOAD_EXTENSION    static programs cannot load shared objects
#   -O1                           the 240,000-line file builds in a third of
#                                 -O2's time, within the ports test's budget
PORT_PACKAGE=sqlite3
PORT_VERSION=3.40.1-2+deb12u2
PORT_OUTPUTS="sqlite3.o sqlite3"

port_build()
{
    mkdir host
    (cd host && CC=clang "$SRC/configure" --disable-tcl --disable-readline >/dev/null &&
        make sqlite3.c shell.c >/dev/null)
    local options="-O1 -DSQLITE_OMIT_LOAD_EXTENSION"
    # shellcheck disable=SC2086 # options is a list of flags
    "$CC" $options -Ihost -c host/sqlite3.c -o sqlite3.o
    # shellcheck disable=SC2086
    "$CC" $options -Ihost host/shell.c sqlite3.o -o sqlite3
}

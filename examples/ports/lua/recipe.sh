# Port recipe: Lua 5.4, the interpreter (lua) and the bytecode compiler (luac)
# (examples/ports, read by build-port).
#
# Lua's own Makefile, unchanged, with its "posix" platform (LUA_USE_POSIX:
# mkstemp, popen, isatty, fseeko; no dlopen, which static KOITO programs do
# not have) and koito-cc as the compiler. Lua builds inside its source tree,
# so the recipe builds a copy of the pristine tree in the build directory.
PORT_PACKAGE=lua5.4
PORT_VERSION=5.4.4-3+deb12u1
PORT_OUTPUTS="src/lua src/luac src/liblua.a"

port_build()
{
    cp -R "$SRC/." .
    make -C src posix CC="$CC" AR="$AR rcu" RANLIB="$RANLIB"
}

# Port recipe: GNU hello, the GNU project's example of a standard Autotools
# package (examples/ports, read by build-port).
#
# The SDK's own Autotools path, as any user takes it: the SDK's bin/ on PATH,
# then `configure --host=x86_64-koito-elf` with nothing else; configure finds
# x86_64-koito-elf-gcc (koito-cc), -ar, -ranlib and -pkg-config by the
# triplet, as for any cross toolchain. build-port's CC, AR and RANLIB are
# dropped from the environment so that the triplet lookup is what is tested.
# --build names the machine building, as the Autoconf manual asks of cross
# builds (without it configure decides whether it cross-compiles by trying
# to run a test program; koito-cc leaves programs without execute bits, so
# that and gnulib's locale probes, which run programs anyway, fail at once).
# --disable-nls: KOITO-libc has no gettext catalogues to load. The triplet
# is one hello's config.sub (2014) already knows, so hello needs no patch.
PORT_PACKAGE=hello
PORT_VERSION=2.10-3
PORT_OUTPUTS="hello"

port_build()
{
    export PATH="$SDK/bin:$PATH"
    unset CC AR RANLIB
    "$SRC/configure" --build="$("$SRC/build-aux/config.guess")" --host=x86_64-koito-elf \
        --disable-nls CFLAGS=-O2
    make
}

# Port recipe: zlib, the compression library (libz.a) with its test program
# (example) and its gzip work-alike (minigzip) (examples/ports, read by
# build-port).
#
# zlib's own configure script (not Autotools), run out of tree from the
# build directory, static library only. --uname names the system: zlib's
# script knows no KOITO and then uses its plain, portable settings instead of
# Linux's shared-library ones.
PORT_PACKAGE=zlib
PORT_VERSION=1:1.2.13.dfsg-1
PORT_OUTPUTS="libz.a example minigzip"

port_build()
{
    CC="$CC" AR="$AR" ARFLAGS=rc RANLIB="$RANLIB" CFLAGS=-O2 \
        "$SRC/configure" --static --uname=KOITO
    make libz.a example minigzip
}

# Port recipe: cmark, the CommonMark reference implementation: a Markdown to
# HTML, XML, LaTeX, man and CommonMark converter (examples/ports, read by
# build-port).
#
# cmark's own CMake build, out of tree, with the SDK's toolchain file: the
# static library and the cmark program (no shared library: KOITO programs
# are static; no tests: they run Python on the host against the program).
PORT_PACKAGE=cmark
PORT_VERSION=0.30.2-6
PORT_OUTPUTS="src/cmark.elf src/libcmark.a"

port_build()
{
    cmake -S "$SRC" -B . -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_TOOLCHAIN_FILE="$SDK/lib/cmake/KoitoSDK/koito-toolchain.cmake" \
        -DCMARK_SHARED=OFF -DCMARK_TESTS=OFF
    cmake --build .
}

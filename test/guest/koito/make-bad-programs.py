#!/usr/bin/env python3
"""Malformed programs for the KOITO system suite (test/guest/koito), made from a good ELF file.

    make-bad-programs.py GOOD.elf OUTDIR

writes OUTDIR/not-elf (text), truncated (the first 100 bytes), write-execute (the first PT_LOAD
made writable and executable) and outside (the last PT_LOAD moved above the programs' image limit).
"""
import struct
import sys


def program_headers(data):
    phoff, = struct.unpack_from("<Q", data, 32)
    phentsize, phnum = struct.unpack_from("<HH", data, 54)
    return [phoff + i * phentsize for i in range(phnum)]


def loads(data):
    found = [o for o in program_headers(data) if struct.unpack_from("<I", data, o)[0] == 1]
    if not found:
        raise SystemExit("no PT_LOAD in the good file")
    return found


def first_load(data):
    return loads(data)[0]


def main():
    good, out = sys.argv[1], sys.argv[2]
    data = bytearray(open(good, "rb").read())
    open(f"{out}/not-elf", "w").write(
        "#!/bin/sh\n# A shell script, long enough to be read as a header.\necho not an ELF file\n")
    open(f"{out}/truncated", "wb").write(data[:100])
    wx = bytearray(data)
    struct.pack_into("<I", wx, first_load(wx) + 4, 7)
    open(f"{out}/write-execute", "wb").write(wx)
    outside = bytearray(data)
    load = loads(outside)[-1]  # the last one, so the segments stay in ascending order
    struct.pack_into("<QQ", outside, load + 16, 0x7F0000000000, 0x7F0000000000)
    open(f"{out}/outside", "wb").write(outside)


if __name__ == "__main__":
    main()

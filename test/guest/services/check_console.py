#!/usr/bin/env python3
"""Run the services suite with typed input and check the serial log (ctest guest.services-suite).

    check_console.py KOITO_RUN IMAGE INPUT

Boots IMAGE with koito-run, INPUT typed on the serial console, then checks that the suite
passed and that the console server's output is in the log as it must be: lines of two clients
whole and unmixed, the reader's prompt before the echo, and the echo of backspace and kill-line
as a terminal shows them. Standard library only.
"""
import subprocess
import sys
import tempfile
from pathlib import Path

EXPECTED = [
    b"console: a whole line from B\r\n",
    b"console: first half from A, second half from A\r\n",
    b"console: prompt> \r\n",
    b"console: long " + b"a" * (63 - 14) + b"\r\n",
    b"p" * 63 + b"\r\n",
    b"console: write_all line 00 " + b"." * 72 + b"\r\n",
    b"console: write_all line 29 " + b"." * 72 + b"\r\n",
    b"console: still serving\r\n",
] + [
    b"console: thread %d line %02d part two part three\r\n" % (thread, line)
    for thread in (0, 3) for line in range(20)
] + [
    b"console: type> hello, console\r\n",
    b"abx\b \bc\r\n",
    b"junk\b \b\b \b\b \b\b \bkept\r\n",
    b"a long line\r\ncrlf\r\nnext\r\n",
    b"console: input done\r\n",
    b"q\x7fback\r\n",
    b"console: modes done\r\n",
    b"15 passed, 0 failed",
]


def main():
    koito_run, image, typed = sys.argv[1:4]
    with tempfile.TemporaryDirectory() as work:
        log = Path(work) / "serial.log"
        run = subprocess.run([koito_run, "--timeout", "120", "--cmdline", "debug_exit",
                              "--input", typed, "--log", str(log), image], check=False)
        text = log.read_bytes() if log.exists() else b""
    failed = 0
    if run.returncode != 0:
        print(f"check_console: koito-run exited with {run.returncode}")
        failed += 1
    for expected in EXPECTED:
        if expected not in text:
            print(f"check_console: not in the serial log: {expected!r}")
            failed += 1
    print(f"check_console: {len(EXPECTED) + 1 - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Run the console system suite with typed input and check the serial log (ctest
guest.console-system).

    check_console_system.py KOITO_RUN IMAGE INPUT

Boots IMAGE with koito-run, INPUT typed on the serial console, then checks that the driver's
tests passed and what the console server put on the wire: every line of the two writers whole
and unmixed (each writer's 150 lines, its standard output and error), the reader's prompt
before the echo, backspace and kill-line echoed as a terminal shows them, a line read in pieces,
end of input twice, raw input through <termios.h> and a line typed after it, and a line left
unfinished sent at its program's exit. Standard library
only; it ends with its own 'N passed, N failed' line.
"""
import re
import subprocess
import sys
import tempfile
from pathlib import Path

LINES = 150
PAYLOAD = "abcdefghijklmnopqrstuvwxyz0123456789"
WRITER = re.compile(r"writer ([AB]) (line|error) (\d{3}) (.*)")

EXPECTED = [
    b"console-suite: its own error line\r\n",
    b"console-suite: write request, one line\r\n",
    b"console-suite: flushed> \r\n",
    b"console-suite: write(1)\r\n",
    b"console-suite: write(2)\r\n",
    b"console-suite: fprintf(stderr)\r\n",
    b"console-suite: long " + b"a" * 79 + b"\r\n",
    b"console-suite: long " + b"d" * 79 + b"\r\n",
    b"console-suite: still serving\r\n",
    b"unfinished: no newline at exit\r\nconsole-suite: after unfinished\r\n",
    b"reader: type> hello, console\r\n",
    b"abx\b \bc\r\n",
    b"junk\b \b\b \b\b \b\b \bkept\r\n",
    b"reader: got [hello, console]\r\n",
    b"reader: got [abc]\r\n",
    b"reader: got [kept]\r\n",
    b"reader: piece [a lo]\r\nreader: piece [ng l]\r\nreader: piece [ine\r\n]\r\n",
    b"reader: end of input after 5 lines\r\n",
    b"reader: got [after the end]\r\n",
    b"reader: end of input again after 6 lines\r\n",
    b"reader: raw [78 79 03]\r\n",
    b"cooked\r\n",
    b"reader: got [cooked]\r\n",
    b"7 passed, 0 failed",
]


def check_writers(text):
    """Every writer line whole: the right head, the payload, once each; no line with a writer's
    head anywhere but at its start."""
    problems = []
    seen = set()
    for line in text.decode("latin-1").split("\r\n"):
        if "writer " not in line:
            continue
        match = WRITER.fullmatch(line)
        if not match or match.group(4) != PAYLOAD or line.count("writer ") != 1:
            problems.append(f"mixed or broken writer line: {line!r}")
            continue
        who, kind, number = match.group(1), match.group(2), int(match.group(3))
        if (kind == "error") != (number % 10 == 9) or (who, number) in seen:
            problems.append(f"unexpected writer line: {line!r}")
        seen.add((who, number))
    for who in "AB":
        missing = [n for n in range(LINES) if (who, n) not in seen]
        if missing:
            problems.append(f"writer {who}: {len(missing)} lines missing (first {missing[0]})")
    return problems


def main():
    koito_run, image, typed = sys.argv[1:4]
    with tempfile.TemporaryDirectory() as work:
        log = Path(work) / "serial.log"
        run = subprocess.run([koito_run, "--timeout", "240", "--input", typed,
                              "--log", str(log), image], check=False)
        text = log.read_bytes() if log.exists() else b""
    failed = 0
    if run.returncode != 0:
        print(f"check_console_system: koito-run exited with {run.returncode}")
        failed += 1
    for expected in EXPECTED:
        if expected not in text:
            print(f"check_console_system: not in the serial log: {expected!r}")
            failed += 1
    problems = check_writers(text)
    for problem in problems[:20]:
        print(f"check_console_system: {problem}")
    failed += 1 if problems else 0
    print(f"check_console_system: {len(EXPECTED) + 2 - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

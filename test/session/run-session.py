#!/usr/bin/env python3
"""A scripted interactive session with koito-sh over the serial console.

  run-session.py --mkimage KOITO_MKIMAGE --run KOITO_RUN --status N [--adds FILE] TRANSCRIPT

TRANSCRIPT is what a person at the console would see: a line starting
with "$ " is a command typed at the prompt, the lines after it (up to the
next command) the output it must print, line for line. An output line
starting with "~ " is a Python regular expression the whole line must
match (for figures that vary, such as meminfo's). A line starting with "#"
is a comment.

The SDK's default system (koito-mkimage with no options: koito-sh as the
init program; with --adds, the koito-mkimage arguments FILE lists, each
ended by a NUL byte, as examples/ports/demo-programs writes them for the
ported programs) is packed as a cpio initrd and booted through PVH; the
commands are typed on the console (koito-run --input, once the first
prompt "$ " appears), and the console
log is rendered as a terminal shows it: each line's carriage returns and
"erase to the end of the line" sequences, with which the shell's line
editor redraws its line on every key, leave only the final text. Each
command must then appear as a prompt line, in order, followed at once by
its expected output; lines the rest of the system prints in between (the
kernel's console shares the screen) are allowed only before a prompt. The
run must end with the shell's exit status N (the last command is `exit N`),
which KOITO init hands to koito-run.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

PROMPT = "$ "
ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def parse(path):
    """The transcript as a list of (command, [expected line])."""
    blocks = []
    with open(path, encoding="utf-8") as transcript:
        for number, line in enumerate(transcript.read().splitlines(), 1):
            if line.startswith("#"):
                continue
            if line.startswith(PROMPT):
                blocks.append((line[len(PROMPT):], []))
            elif not blocks:
                sys.exit(f"{path}:{number}: output before the first command")
            else:
                blocks[-1][1].append(line)
    if not blocks:
        sys.exit(f"{path}: no commands")
    return blocks


def render(text):
    """The console log as a terminal shows it, one string per line."""
    lines = []
    for raw in text.split("\n"):
        # The editor redraws with "\r" PROMPT text "\x1b[K": the last redraw wins
        # (a line ends "\r\n", after the editor's own "\r" when it is done).
        shown = raw.rstrip("\r").split("\r")[-1]
        lines.append(ESCAPE.sub("", shown))
    return lines


def matches(expected, line):
    if expected.startswith("~ "):
        return re.fullmatch(expected[2:], line) is not None
    return expected == line


def check(blocks, lines):
    """None if every block appears in order, else what is wrong."""
    at = 0
    for command, outputs in blocks:
        wanted = PROMPT + command
        while at < len(lines) and lines[at] != wanted:
            at += 1
        if at == len(lines):
            return f"the command was not seen at a prompt: {command!r}"
        at += 1
        for expected in outputs:
            got = lines[at] if at < len(lines) else "<end of the log>"
            if not matches(expected, got):
                return f"after {command!r}: expected {expected!r}, got {got!r}"
            at += 1
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mkimage", required=True)
    parser.add_argument("--run", required=True)
    parser.add_argument("--status", type=int, required=True)
    parser.add_argument("--timeout", default="120")
    parser.add_argument("--adds")
    parser.add_argument("transcript")
    arguments = parser.parse_args()
    blocks = parse(arguments.transcript)
    with tempfile.TemporaryDirectory() as work:
        image = os.path.join(work, "system.cpio")
        extra = []
        if arguments.adds:
            with open(arguments.adds, encoding="utf-8") as adds:
                extra = adds.read().split("\0")[:-1]
        subprocess.run([arguments.mkimage] + extra + ["-o", image], check=True)
        typed = os.path.join(work, "typed.txt")
        with open(typed, "w", encoding="utf-8") as out:
            out.write("".join(command + "\n" for command, _ in blocks))
        log = os.path.join(work, "console.log")
        result = subprocess.run([arguments.run, "--timeout", arguments.timeout, "--input", typed,
                                 "--input-after", PROMPT, "--log", log, image],
                                stdout=subprocess.DEVNULL, check=False)
        with open(log, encoding="utf-8", errors="replace", newline="") as console:
            text = console.read()
    lines = render(text)
    problem = check(blocks, lines)
    if result.returncode != arguments.status:
        problem = (problem + "; " if problem else "") + \
            f"koito-run ended with {result.returncode}, not {arguments.status}"
    if problem:
        print("\n".join(lines), file=sys.stderr)
        print(f"run-session.py: {problem}", file=sys.stderr)
        return 1
    print(f"run-session.py: {len(blocks)} commands, each with its output")
    return 0


if __name__ == "__main__":
    sys.exit(main())

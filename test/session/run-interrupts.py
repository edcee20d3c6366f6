#!/usr/bin/env python3
"""A scripted interactive session with ^C and ^\\ over the serial console.

  run-interrupts.py --mkimage KOITO_MKIMAGE --run KOITO_RUN --status N [--add NAME=FILE]...
                    TRANSCRIPT

TRANSCRIPT is a session transcript as run-session.py reads it ("$ " command lines, their output
lines after them, "~ " regular expressions, "#" comments), with two more kinds of line, for keys
that must come at the right moment rather than all at once:
  - an output line "^C" (or "^\\") is typed as Ctrl-C (Ctrl-\\) once the output before it has
    appeared and a moment has passed, so it reaches the program that runs; it is also what the
    console echoes;
  - a command that ends with "^C" is typed without its newline, then Ctrl-C: at the prompt;
  - an output line "> text" is typed as text and a newline once the output before it has
    appeared and a moment has passed, for the program that runs to read; the console echoes it
    as "text", which is what the log must show.
Each command is typed only once the shell shows a fresh prompt. The keys go to the console
through a named pipe that koito-run reads (--input); the SDK's default system, with the --add
files, is booted through PVH. The run must end with the shell's exit status N.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
run_session = __import__("run-session")

KEYS = {"^C": b"\x03", "^\\": b"\x1c"}
TYPED = "> "
SETTLE = 1.0   # seconds between the output a key waits for and the key
STEP_LIMIT = 60.0


def wait_until(log, condition, what):
    """Poll the console log until condition(rendered lines) holds."""
    deadline = time.monotonic() + STEP_LIMIT
    while time.monotonic() < deadline:
        with open(log, encoding="utf-8", errors="replace", newline="") as console:
            lines = run_session.render(console.read())
        if condition(lines):
            return
        time.sleep(0.1)
    raise TimeoutError(what)


def typed_text(expected):
    """What an output line types, or None for an output line that types nothing."""
    if expected in KEYS:
        return KEYS[expected]
    if expected.startswith(TYPED):
        return expected[len(TYPED):].encode() + b"\n"
    return None


def as_shown(blocks):
    """The transcript as the log shows it: a typed line as its echo."""
    return [(command, [line[len(TYPED):] if line.startswith(TYPED) else line for line in outputs])
            for command, outputs in blocks]


def drive(blocks, keys, log):
    """Type each command at a fresh prompt, and each key or line when its output is there."""
    shown = as_shown(blocks)
    for index, (command, outputs) in enumerate(blocks):
        done = shown[:index]
        wait_until(log, lambda lines: run_session.check(done, lines) is None and
                   lines[-1] == run_session.PROMPT, f"a prompt for {command!r}")
        if command.endswith("^C"):
            keys.write(command[:-2].encode())
            keys.flush()
            time.sleep(SETTLE)
            keys.write(KEYS["^C"])
        else:
            keys.write(command.encode() + b"\n")
        keys.flush()
        for at, expected in enumerate(outputs):
            text = typed_text(expected)
            if text is None:
                continue
            seen = done + [(command, shown[index][1][:at])]
            wait_until(log, lambda lines: run_session.check(seen, lines) is None,
                       f"the output before {expected} after {command!r}")
            time.sleep(SETTLE)
            keys.write(text)
            keys.flush()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mkimage", required=True)
    parser.add_argument("--run", required=True)
    parser.add_argument("--status", type=int, required=True)
    parser.add_argument("--timeout", default="170")
    parser.add_argument("--add", action="append", default=[])
    parser.add_argument("transcript")
    arguments = parser.parse_args()
    blocks = run_session.parse(arguments.transcript)
    problem = None
    with tempfile.TemporaryDirectory() as work:
        image = os.path.join(work, "system.cpio")
        adds = [option for add in arguments.add for option in ("--add", add)]
        subprocess.run([arguments.mkimage] + adds + ["-o", image], check=True)
        pipe = os.path.join(work, "keys")
        os.mkfifo(pipe)
        log = os.path.join(work, "console.log")
        open(log, "w").close()
        run = subprocess.Popen([arguments.run, "--timeout", arguments.timeout, "--input", pipe,
                                "--log", log, image], stdout=subprocess.DEVNULL)
        failure = []

        def typist():
            try:
                with open(pipe, "wb", buffering=0) as keys:
                    drive(blocks, keys, log)
            except (TimeoutError, OSError) as error:
                failure.append(f"gave up waiting for {error}")
                run.terminate()

        thread = threading.Thread(target=typist, daemon=True)
        thread.start()
        status = run.wait()
        thread.join(timeout=5)
        with open(log, encoding="utf-8", errors="replace", newline="") as console:
            lines = run_session.render(console.read())
    problem = failure[0] if failure else run_session.check(as_shown(blocks), lines)
    if status != arguments.status:
        problem = (problem + "; " if problem else "") + \
            f"koito-run ended with {status}, not {arguments.status}"
    if problem:
        print("\n".join(lines), file=sys.stderr)
        print(f"run-interrupts.py: {problem}", file=sys.stderr)
        return 1
    print(f"run-interrupts.py: {len(blocks)} commands, each with its output")
    return 0


if __name__ == "__main__":
    sys.exit(main())

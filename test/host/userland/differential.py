#!/usr/bin/env python3
"""Differential tests of KOITO's userland on the host (test/host/userland).

  differential.py shell --dash DASH --koito-sh KOITO_SH SCRIPT
      runs SCRIPT with dash, then with koito-sh
  differential.py utilities --dash DASH --bin DIR SCRIPT
      runs SCRIPT with dash twice: with the host's utilities (/usr/bin, /bin)
      first in PATH, then with KOITO's (DIR)

Both runs happen in the same fresh directory (emptied in between), with the
same environment (LC_ALL=C, TZ=UTC, HOME set to that directory, TEST_SHELL
the shell running the script, for scripts that start it again), so paths
and times read alike. Standard output and exit status must be the same;
standard error is shown but not compared (the messages differ in wording).
A script whose reference run prints nothing fails: it would prove nothing.
"""
import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile


def run(command, directory, path):
    environment = {
        "PATH": path,
        "TEST_SHELL": command[0],
        "LC_ALL": "C",
        "TZ": "UTC",
        "HOME": directory,
        "ASAN_OPTIONS": "abort_on_error=0",
    }
    result = subprocess.run(command, cwd=directory, env=environment, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    return result.returncode, result.stdout.decode("utf-8", "replace"), \
        result.stderr.decode("utf-8", "replace")


def fresh(directory):
    shutil.rmtree(directory, ignore_errors=True)
    os.mkdir(directory)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["shell", "utilities"])
    parser.add_argument("--dash", required=True)
    parser.add_argument("--koito-sh")
    parser.add_argument("--bin")
    parser.add_argument("script")
    arguments = parser.parse_args()
    if not arguments.dash or not os.path.exists(arguments.dash):
        print("dash is not installed (apt-get install dash)", file=sys.stderr)
        return 1
    script = os.path.abspath(arguments.script)
    host_path = "/usr/bin:/bin"
    if arguments.mode == "shell":
        reference = ([arguments.dash, script], host_path)
        candidate = ([os.path.abspath(arguments.koito_sh), script], host_path)
    else:
        reference = ([arguments.dash, script], host_path)
        candidate = ([arguments.dash, script], os.path.abspath(arguments.bin) + ":" + host_path)
    with tempfile.TemporaryDirectory() as scratch:
        work = os.path.join(scratch, "work")
        fresh(work)
        want = run(reference[0], work, reference[1])
        fresh(work)
        got = run(candidate[0], work, candidate[1])
    if want[1] == "":
        print(f"{arguments.script}: the reference run printed nothing", file=sys.stderr)
        return 1
    same = want[0] == got[0] and want[1] == got[1]
    lines = want[1].count("\n")
    print(f"{os.path.basename(script)}: {lines} lines of output, status {want[0]}: "
          + ("same" if same else "DIFFERENT"))
    if not same:
        print(f"exit status: reference {want[0]}, KOITO {got[0]}")
        sys.stdout.writelines(difflib.unified_diff(
            want[1].splitlines(True), got[1].splitlines(True), "reference", "koito"))
    if got[2]:
        print("--- KOITO's standard error:\n" + got[2])
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

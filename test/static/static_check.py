#!/usr/bin/env python3
"""Static analysis of the kernel, the UEFI loader and the shared parsers (tests).

    static_check.py clang-tidy PART_BUILD_DIR...   every .c file of the parts' compile databases
    static_check.py cppcheck PART_BUILD_DIR...
    static_check.py clang-tidy --sample FILE       one file alone (the guard tests)
    static_check.py cppcheck --sample FILE

clang-tidy runs the checks of a9n/.clang-tidy (the static analyzer and the bugprone checks);
cppcheck runs its warning, style, performance and portability checks with inline suppressions,
each justified where it stands. Every finding is printed and makes the exit status 1; a
tool that fails is a failure too. A file two parts compile (a9n/lib) is analysed once.
Python 3 standard library only.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLANG_TIDY_CONFIG = ROOT / "a9n" / ".clang-tidy"
FINDING = re.compile(r": (warning|error):")
# cppcheck 2.10 does not know C11's _Noreturn, and takes panic() for a function that
# returns: it would then report the code after every panic as reachable.
CPPCHECK = ["cppcheck", "-D_Noreturn=__attribute__((noreturn))",
            "--enable=warning,style,performance,portability", "--inline-suppr", "-q",
            "--error-exitcode=1", "--template={file}:{line}: {severity}: {message} [{id}]"]


def sources(build_dirs):
    """(compile database directory, source file) for each .c file, each file once."""
    seen = set()
    for build_dir in build_dirs:
        database = Path(build_dir) / "compile_commands.json"
        for entry in json.loads(database.read_text()):
            source = entry["file"]
            if source.endswith(".c") and source not in seen:
                seen.add(source)
                yield build_dir, source


def run(command):
    """Run a tool; its findings on stdout and stderr, and whether it failed."""
    result = subprocess.run(command, capture_output=True, text=True)
    return result.stdout + result.stderr, result.returncode


def clang_tidy(build_dirs, sample):
    findings = 0
    if sample:
        jobs = [["clang-tidy", f"--config-file={CLANG_TIDY_CONFIG}", "--quiet", sample, "--",
                 "-std=c17"]]
    else:
        jobs = [["clang-tidy", "-p", str(build_dir), "--quiet", source]
                for build_dir, source in sources(build_dirs)]
    for command in jobs:
        output, status = run(command)
        lines = [line for line in output.splitlines() if FINDING.search(line)]
        for line in lines:
            print(line)
        findings += len(lines) or (status != 0)
    return findings


def cppcheck(build_dirs, sample):
    findings = 0
    jobs = [CPPCHECK + [sample]] if sample else [
        CPPCHECK + [f"--project={Path(build_dir) / 'compile_commands.json'}"]
        for build_dir in build_dirs]
    for command in jobs:
        output, status = run(command)
        lines = [line for line in output.splitlines() if line.strip()]
        for line in lines:
            print(line)
        findings += len(lines) or (status != 0)
    return findings


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("clang-tidy", "cppcheck"):
        print(__doc__, file=sys.stderr)
        return 2
    tool, rest = sys.argv[1], sys.argv[2:]
    sample = rest[1] if rest[0] == "--sample" else None
    build_dirs = [] if sample else rest
    findings = (clang_tidy if tool == "clang-tidy" else cppcheck)(build_dirs, sample)
    print(f"{tool}: {findings} finding(s)")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Check that C sources are formatted as the repository's .clang-format says.

    format_check.py ROOT           every C source and header git tracks below ROOT (every *.c
                                   and *.h outside build trees when ROOT is no git checkout)
    format_check.py --sample FILE  one file (the guard test's sample, which must fail)

Prints each file clang-format would change, with the first line it would change, then a line
"N files checked, M not formatted"; exits 1 if any is not. Generated files are held to the same
style: their generators format what they write with the same clang-format.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

CLANG_FORMAT = "clang-format-14"
SOURCE_SUFFIXES = (".c", ".h")


def tracked_sources(root):
    """The C files below root: git's list in a checkout, else a walk that skips build trees."""
    listing = subprocess.run(["git", "-C", str(root), "ls-files", "-z", "--", "*.c", "*.h"],
                             capture_output=True, check=False)
    if listing.returncode == 0:
        return [root / name for name in listing.stdout.decode().split("\0") if name]
    files = []
    for directory, subdirectories, names in os.walk(root):
        subdirectories[:] = [d for d in subdirectories
                             if not d.startswith((".", "build")) and d != "node_modules"]
        files += [Path(directory) / n for n in names if n.endswith(SOURCE_SUFFIXES)]
    return sorted(files)


def first_changes(program, paths):
    """{file: the first line clang-format would change in it}, for the files that it would
    change. One clang-format run checks many files; its --dry-run names each change's place."""
    changes = {}
    for start in range(0, len(paths), 200):
        command = [program, "--dry-run", "--ferror-limit=1"] + paths[start:start + 200]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{CLANG_FORMAT} failed: {result.stderr.strip()}")
        for line in result.stderr.splitlines():
            place = re.match(r"(.+?):(\d+):\d+: (?:warning|error): code should be", line)
            if place:
                changes.setdefault(place.group(1), int(place.group(2)))
    return changes


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", nargs="?", type=Path)
    parser.add_argument("--sample", type=Path)
    arguments = parser.parse_args()
    program = shutil.which(CLANG_FORMAT)
    if program is None:
        print(f"{CLANG_FORMAT} is missing (Debian package clang-format-14)", file=sys.stderr)
        return 2
    if arguments.sample:
        paths = [str(arguments.sample)]
    elif arguments.root:
        paths = [str(path) for path in tracked_sources(arguments.root.resolve())]
    else:
        parser.error("name a ROOT or a --sample")
    try:
        changes = first_changes(program, paths)
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return 2
    for path, line in sorted(changes.items()):
        print(f"{path}:{line}: not as clang-format formats it (run {CLANG_FORMAT} -i)")
    print(f"{len(paths)} files checked, {len(changes)} not formatted")
    return 1 if changes else 0


if __name__ == "__main__":
    sys.exit(main())

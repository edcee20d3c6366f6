#!/usr/bin/env python3
"""Count the kernel's lines of code and check them against the budget.

Property 7 of the architecture brief: the A9N core and its x86_64 HAL stay
at or under 12,000 lines of code, blank lines and comments not counted, the
boot loader and tests not counted. Counted here: every .c, .h and .S file
under a9n/kernel, a9n/hal and a9n/lib (the parsers linked into the kernel),
generated files included. The public API headers (a9n/include) and the
loader (a9n/boot) are not kernel code.

  kernel_lines.py [--budget N] [REPO]

Prints the count per folder and the total; exit status 1 over the budget.
"""
import argparse
import os
import re
import sys

FOLDERS = ("a9n/kernel", "a9n/hal", "a9n/lib")
SUFFIXES = (".c", ".h", ".S")
# Block comments, then line comments (no string in the kernel holds "//" or "/*").
BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.S)
LINE_COMMENT = re.compile(r"//[^\n]*")


def code_lines(path):
    with open(path, encoding="utf-8") as source:
        text = source.read()
    text = LINE_COMMENT.sub("", BLOCK_COMMENT.sub("", text))
    return sum(1 for line in text.splitlines() if line.strip())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=int, default=12000)
    parser.add_argument("repo", nargs="?",
                        default=os.path.dirname(os.path.dirname(os.path.dirname(
                            os.path.abspath(__file__)))))
    arguments = parser.parse_args()
    total = 0
    for folder in FOLDERS:
        count = 0
        for directory, _, names in os.walk(os.path.join(arguments.repo, folder)):
            count += sum(code_lines(os.path.join(directory, name))
                         for name in names if name.endswith(SUFFIXES))
        print(f"{folder}: {count} lines of code")
        total += count
    print(f"kernel: {total} lines of code (budget {arguments.budget})")
    if total > arguments.budget:
        print("kernel_lines.py: over the budget", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

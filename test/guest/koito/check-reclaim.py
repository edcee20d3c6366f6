#!/usr/bin/env python3
"""Boots koito-reclaim.cpio and checks the released initrd (guest.koito-reclaim).

    check-reclaim.py <koito-run> <koito-reclaim.cpio>

Passes when init released the initrd and ULMM took it: the memory init reports adding is the
initrd's pages (its size in whole pages; the pages it shares at either end with other boot memory,
when it does not start or end on a page boundary, stay with that memory), and what ULMM manages
afterwards (as the init program asks it) is what it announced at boot plus that; and the init
program used the memory and found ULMM consistent.
"""
import re
import subprocess
import sys
import tempfile

def main():
    run, image = sys.argv[1], sys.argv[2]
    with tempfile.NamedTemporaryFile(suffix=".log") as log:
        status = subprocess.run([run, "--timeout", "60", "--log", log.name,
                                 "--expect", "reclaim-check: the memory works, ULMM consistent",
                                 image]).returncode
        text = open(log.name, errors="replace").read()
    failures = []
    if status != 0:
        failures.append(f"koito-run status {status}")
    ready = re.search(r"koito: ulmm: ready, (\d+) KiB for sessions", text)
    released = re.search(r"koito: released the initrd: (\d+) KiB more for ulmm", text)
    initrd = re.search(r"  initrd: (\d+) bytes", text)
    seen = re.search(r"reclaim-check: ULMM manages (\d+) KiB", text)
    if not (ready and released and initrd and seen):
        failures.append("a line is missing: ULMM's start, init's release or the program's report")
    else:
        announced, added = int(ready.group(1)), int(released.group(1))
        initrd_bytes, manages = int(initrd.group(1)), int(seen.group(1))
        pages = (initrd_bytes + 4095) // 4096
        if not (pages - 2) * 4 <= added <= pages * 4 + 4:
            failures.append(f"released {added} KiB for an initrd of {initrd_bytes} bytes")
        if manages != announced + added:
            failures.append(f"ULMM manages {manages} KiB, not {announced} + {added}")
        print(f"guest.koito-reclaim: initrd {initrd_bytes} bytes, {added} KiB released, "
              f"ULMM {announced} -> {manages} KiB")
    if failures:
        for failure in failures:
            print(f"guest.koito-reclaim: FAILED: {failure}", file=sys.stderr)
        return 1
    print("guest.koito-reclaim: passed")
    return 0

if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The utilities in the guest against the host's coreutils (issue 15).

  run-differential.py --mkimage KOITO_MKIMAGE --run KOITO_RUN --dash DASH SCRIPT DATA

SCRIPT (differential.sh) runs twice, each time in an empty working
directory with DATA (its input files) named by the variable DATA:

  guest  the SDK's default system, booted through PVH with koito-run
         --icount (so the clock starts at QEMU's -rtc base,
         2024-01-01T00:00:00 UTC, and runs with the instructions); the
         image holds SCRIPT and DATA (koito-mkimage --add) and an
         etc/koito-sh.rc that runs SCRIPT with koito-sh, collecting its
         standard output and error in a file in /tmp, then prints the file
         between two marker lines on the console and exits
  host   dash with Debian's coreutils and grep (/usr/bin, /bin), LC_ALL=C
         and TZ=UTC, standard output and error in one file

The two outputs must be equal byte for byte. The only normalisations are
where the two systems genuinely differ, and they are these:
  - the console ends lines with "\\r\\n": carriage returns are removed from
    the guest's output (no input file holds one);
  - ls -l's time column where it shows a recent time ("Jan  2 15:30", on
    both sides): a file made during the run has the time it was made, which
    is the guest's clock there and the host's here; times set on purpose
    (touch -t, -d; cp -p) lie years back and show as "Jan  2  2020", and
    those are compared;
  - "now": on the host, `date` without -d is run as `date -d @1704067200`
    (the guest's -rtc base), and the script prints "now" only to the
    minute, so the seconds the guest's boot took do not matter.
"""
import argparse
import difflib
import os
import re
import subprocess
import sys
import tempfile

BEGIN = "=== differential output"
END = "=== differential end"
# ls -l's time column when recent: "Jan  2 15:30" before the name.
LS_TIME = re.compile(r"^([-dlcbps][-rwxsStT]{9} .*?) [A-Z][a-z]{2} [ \d]\d \d\d:\d\d ",
                     re.MULTILINE)
RTC_BASE = 1704067200  # 2024-01-01T00:00:00Z, koito-run --icount's -rtc base

# The host's date, at the guest's clock: "now" is the -rtc base.
DATE_WRAPPER = f"""#!/bin/sh
case " $* " in
*" -d"*) exec /usr/bin/date "$@" ;;
esac
exec /usr/bin/date -d @{RTC_BASE} "$@"
"""

GUEST_RC = f"""export DATA=/share/differential
mkdir -p /tmp/work
cd /tmp/work
koito-sh /share/differential.sh > /tmp/differential.out 2>&1
echo "{BEGIN}"
cat /tmp/differential.out
echo "{END}"
exit 0
"""


def host_run(dash, script, data, scratch):
    """The reference output: SCRIPT under dash with the host's utilities."""
    wrappers = os.path.join(scratch, "host-bin")
    os.mkdir(wrappers)
    date = os.path.join(wrappers, "date")
    with open(date, "w", encoding="utf-8") as out:
        out.write(DATE_WRAPPER)
    os.chmod(date, 0o755)
    work = os.path.join(scratch, "host-work")
    os.mkdir(work)
    environment = {"PATH": wrappers + ":/usr/bin:/bin", "LC_ALL": "C", "TZ": "UTC",
                   "HOME": work, "DATA": data}
    output = os.path.join(scratch, "host.out")
    with open(output, "wb") as out:
        subprocess.run([dash, script], cwd=work, env=environment, stdin=subprocess.DEVNULL,
                       stdout=out, stderr=out, timeout=120, check=False)
    with open(output, "rb") as result:
        return result.read().decode("utf-8", "replace")


def guest_run(arguments, script, data, scratch):
    """The guest's output, or None and the console log when it did not finish."""
    rc = os.path.join(scratch, "koito-sh.rc")
    with open(rc, "w", encoding="utf-8") as out:
        out.write(GUEST_RC)
    image = os.path.join(scratch, "differential.cpio")
    pack = [arguments.mkimage, "--add", f"etc/koito-sh.rc={rc}",
            "--add", f"share/differential.sh={script}"]
    for name in sorted(os.listdir(data)):
        pack += ["--add", f"share/differential/{name}={os.path.join(data, name)}"]
    subprocess.run(pack + ["-o", image], check=True)
    log = os.path.join(scratch, "console.log")
    result = subprocess.run([arguments.run, "--icount", "--timeout", arguments.timeout,
                             "--log", log, image],
                            stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL, check=False)
    with open(log, "rb") as console:
        text = console.read().decode("utf-8", "replace").replace("\r", "")
    begin = text.find(BEGIN + "\n")
    end = text.find("\n" + END + "\n")
    if result.returncode != 0 or begin < 0 or end < begin:
        return None, text
    return text[begin + len(BEGIN) + 1:end + 1], text


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mkimage", required=True)
    parser.add_argument("--run", required=True)
    parser.add_argument("--dash", required=True)
    parser.add_argument("--timeout", default="300")
    parser.add_argument("script")
    parser.add_argument("data")
    arguments = parser.parse_args()
    if not os.path.exists(arguments.dash):
        print("run-differential.py: dash is not installed (apt-get install dash)", file=sys.stderr)
        return 1
    script = os.path.abspath(arguments.script)
    data = os.path.abspath(arguments.data)
    with tempfile.TemporaryDirectory() as scratch:
        want = host_run(arguments.dash, script, data, scratch)
        got, log = guest_run(arguments, script, data, scratch)
    if got is None:
        print(log, file=sys.stderr)
        print("run-differential.py: the guest did not print its output and exit 0",
              file=sys.stderr)
        return 1
    want, got = (LS_TIME.sub(r"\1 <time> ", text) for text in (want, got))
    sections = sum(1 for line in want.splitlines() if line.startswith("--- "))
    if sections == 0:
        print("run-differential.py: the reference run printed no section", file=sys.stderr)
        return 1
    if want != got:
        sys.stdout.writelines(difflib.unified_diff(
            want.splitlines(True), got.splitlines(True), "coreutils", "koito"))
        print(f"run-differential.py: the guest's output differs from coreutils'")
        return 1
    print(f"run-differential.py: {sections} utilities sections, "
          f"{want.count(chr(10))} lines, the same as coreutils'")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""NMIs from the host while the cpu suite runs (ctest guest.cpu-nmi).

Boots the cpu suite through koito-run with QEMU's monitor on a unix socket
and sends the monitor's `nmi` command every few milliseconds for as long as
the guest runs: NMIs then strike user code, kernel calls and the idle loop.
Passes when the suite still passes (the kernel neither stopped nor panicked)
and the kernel's console reports NMIs taken in user mode and in kernel mode.
"""
import argparse
import os
import re
import socket
import subprocess
import sys
import tempfile
import time

NMI_PERIOD = 0.005


def send_nmis(path, process):
    """Connect to the monitor once it is up, then send `nmi` until QEMU ends."""
    sent = 0
    monitor = None
    while process.poll() is None:
        if monitor is None:
            try:
                monitor = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                monitor.connect(path)
                monitor.setblocking(False)
            except OSError:
                monitor = None
                time.sleep(0.01)
                continue
        try:
            monitor.sendall(b"nmi\n")
            sent += 1
            monitor.recv(65536)
        except BlockingIOError:
            pass
        except OSError:
            break
        time.sleep(NMI_PERIOD)
    return sent


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--koito-run", required=True)
    parser.add_argument("--keep-log", help="copy the console log here")
    parser.add_argument("image")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="koito-nmi.") as work:
        socket_path = os.path.join(work, "monitor.sock")
        log = os.path.join(work, "console.log")
        process = subprocess.Popen([args.koito_run, "--timeout", "240", "--cmdline", "debug_exit",
                                    "--monitor", socket_path, "--log", log, args.image])
        sent = send_nmis(socket_path, process)
        status = process.wait()
        with open(log, encoding="utf-8", errors="replace") as file:
            console = file.read()
        if args.keep_log:
            with open(args.keep_log, "w", encoding="utf-8") as copy:
                copy.write(console)
    reports = re.findall(r"a9n: NMI: (\d+) so far \((\d+) in user mode, (\d+) in kernel mode\)",
                         console)
    user = int(reports[-1][1]) if reports else 0
    kernel = int(reports[-1][2]) if reports else 0
    print(f"nmi-test: {sent} NMIs sent; the kernel reported {user} in user mode, "
          f"{kernel} in kernel mode; koito-run ended with {status}")
    failures = []
    if status != 0:
        failures.append(f"the guest ended with status {status}")
    if " 0 failed" not in console:
        failures.append("the suite did not end with 0 failed")
    if user == 0:
        failures.append("no NMI was reported in user mode")
    if kernel == 0:
        failures.append("no NMI was reported in kernel mode")
    for failure in failures:
        print(f"nmi-test: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

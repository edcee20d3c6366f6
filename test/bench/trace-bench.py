#!/usr/bin/env python3
"""Trace one window of the bench image instruction by instruction: where a figure goes.

Host script of test/bench, beside run-bench.py; builds nothing. A figure of
the suite is a difference of two `rdtsc` values, a count of guest
instructions. This boots the bench image as koito-run --icount does, with
QEMU single-stepping (-singlestep: one instruction per translation block),
runs it to the N-th execution of the window's start address (a GDB
breakpoint on QEMU's -gdb socket, so the boot and the benchmarks before run
untraced), then turns on QEMU's execution log (-d exec,nochain: one line per
instruction) and reads it from a pipe until the end address runs, and stops
QEMU. It prints the window's instruction count, the functions it runs
through in execution order (runs of one function merged, as `uniq -c`),
where the instructions come from by source file (the innermost inlined
function's, by llvm-symbolizer), and with --instructions every instruction
with its disassembly.

  trace-bench.py (--from SPEC | --from-hex ADDRESS) [--occurrence N]
                 (--to SPEC | --to-hex ADDRESS) [--instructions]
                 [--sdk PREFIX] [--image FILE] [--kernel ELF] [--program ELF]
                 [--timeout S] [--max-window N]

SPEC names a code address of the kernel or the program: SYMBOL, SYMBOL+OFFSET,
or SYMBOL:MNEMONICk, the k-th instruction with that mnemonic in the symbol's
disassembly (ipc_client:rdtsc1 is ipc_client's first rdtsc). The window
holds the N-th execution of the start address (counted from boot, whatever
the address space) and everything up to the next execution of the end
address, which is left out: between two `rdtsc`, the count is the difference
of the two timestamps, a raw sample (the figure subtracts the timing overhead).

Needs nm and objdump (binutils), llvm-symbolizer-14 (llvm-14) and QEMU
(qemu-system-x86_64, or $KOITO_QEMU). Exit status: 0 with the window
printed; 1 when the window is never seen (the guest ends or the timeout
passes first) or QEMU fails; 2 on a usage error, a missing file or tool.
"""
import argparse
import bisect
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PROG = "trace-bench"

# QEMU's execution log (QEMU 7.2): one `Trace` line as an instruction starts;
# a `Stopped execution` or `rewound` line when QEMU backed out of the one just
# logged (an interrupt due, an I/O access under -icount), which then runs again.
EVENT = re.compile(
    rb"^(?:Trace \d+: \S+ \[[0-9a-f]+/(?P<pc>[0-9a-f]+)/"
    rb"|Stopped execution of TB chain before \S+ \[(?P<stopped>[0-9a-f]+)\]"
    rb"|cpu_io_recompile: rewound execution of TB to (?P<rewound>[0-9a-f]+))",
    re.MULTILINE)
SPEC = re.compile(r"^(?P<symbol>[^+:]+)(?:\+(?P<offset>\w+)|:(?P<mnemonic>[a-z]+)(?P<nth>\d+))?$")
INSTRUCTION = re.compile(r"^\s*([0-9a-f]+):\s+(\S.*?)\s*$")
UNKNOWN = ("?", "?", 0)  # the place of an address without line information


class UsageError(Exception):
    """A bad option, a missing file or tool: exit status 2."""


class TraceError(Exception):
    """The window was not seen: exit status 1."""


def find_tools():
    """Every host tool the trace needs, by path; a missing one is named with its package."""
    wanted = {
        "nm": ("nm", "binutils"),
        "objdump": ("objdump", "binutils"),
        "symbolizer": ("llvm-symbolizer-14", "llvm-14"),
        "qemu": (os.environ.get("KOITO_QEMU", "qemu-system-x86_64"), "qemu-system-x86"),
    }
    tools = {}
    for role, (name, package) in wanted.items():
        tools[role] = shutil.which(name)
        if tools[role] is None:
            raise UsageError(f"'{name}' not found: install the Debian package '{package}'")
    return tools


def run(command):
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


class Elf:
    """One ELF's function symbols: the kernel's (space 'kernel') or the program's ('user')."""

    def __init__(self, space, path, nm):
        self.space = space
        self.path = path
        self.functions = []  # (address, size, name); size 0 when nm knows none (asm labels)
        for line in run([nm, "-n", "-S", "--defined-only", path]).splitlines():
            fields = line.split()
            if len(fields) == 3:
                fields.insert(1, "0")
            if len(fields) == 4 and fields[2] in ("t", "T", "w", "W"):
                self.functions.append((int(fields[0], 16), int(fields[1], 16), fields[3]))

    def extent(self, address):
        """End of the function at address: its size, else the next symbol."""
        for start, size, _ in self.functions:
            if start == address and size:
                return address + size
        later = [start for start, _, _ in self.functions if start > address]
        return min(later) if later else address + 1


class Functions:
    """Maps a code address to its function in either ELF."""

    def __init__(self, elves):
        # Aliases share an address: the first by this order names it (sized, public, by name).
        entries = sorted(((address, size, name, elf) for elf in elves
                          for address, size, name in elf.functions),
                         key=lambda e: (e[0], e[1] == 0, e[2].startswith("_"), e[2]))
        self.entries = []
        for entry in entries:
            if not self.entries or self.entries[-1][0] != entry[0]:
                self.entries.append(entry)
        self.addresses = [entry[0] for entry in self.entries]

    def at(self, pc):
        """(elf, name, offset) of the function holding pc, or None."""
        i = bisect.bisect_right(self.addresses, pc) - 1
        if i < 0:
            return None
        address, size, name, elf = self.entries[i]
        if size and pc >= address + size:
            return None
        return elf, name, pc - address

    def label(self, pc):
        found = self.at(pc)
        if found is None:
            return f"{pc:#x}"
        _, name, offset = found
        return f"{name}+{offset:#x}" if offset else name


def resolve(spec, elves, objdump):
    """The address SPEC names (see the module's doc); one, or a UsageError."""
    match = SPEC.match(spec)
    if match is None:
        raise UsageError(f"'{spec}' is not SYMBOL, SYMBOL+OFFSET or SYMBOL:MNEMONICk")
    symbol = match.group("symbol")
    found = sorted({(elf.space, address, elf) for elf in elves
                    for address, _, name in elf.functions if name == symbol},
                   key=lambda found: found[:2])
    if not found:
        raise UsageError(f"no function '{symbol}' in the kernel or the program")
    if len(found) > 1:
        places = ", ".join(f"{hex(address)} ({space})" for space, address, _ in found)
        raise UsageError(f"'{symbol}' names several addresses: {places}; use --from-hex/--to-hex")
    _, address, elf = found[0]
    if match.group("offset"):
        try:
            return address + int(match.group("offset"), 0)
        except ValueError:
            raise UsageError(f"'{spec}': the offset is no number") from None
    if match.group("mnemonic"):
        return nth_instruction(elf, address, match.group("mnemonic"), int(match.group("nth")),
                               spec, objdump)
    return address


def nth_instruction(elf, address, mnemonic, nth, spec, objdump):
    listing = run([objdump, "-d", "-w", "--no-show-raw-insn", f"--start-address={address:#x}",
                   f"--stop-address={elf.extent(address):#x}", elf.path])
    hits = [int(m.group(1), 16) for m in map(INSTRUCTION.match, listing.splitlines())
            if m and m.group(2).split()[0] == mnemonic]
    if not 1 <= nth <= len(hits):
        raise UsageError(f"'{spec}': the function has {len(hits)} '{mnemonic}' instructions")
    return hits[nth - 1]


class Gdb:
    """The few packets of GDB's remote protocol the fast-forward needs, on QEMU's -gdb socket."""

    def __init__(self, path, qemu):
        while not os.path.exists(path):  # QEMU makes the socket as it starts
            if qemu.poll() is not None:
                raise TraceError("QEMU ended before it opened its GDB socket")
            time.sleep(0.02)
        self.socket = socket.socket(socket.AF_UNIX)
        self.socket.connect(path)
        self.received = b""

    def send(self, packet):
        checksum = sum(packet.encode()) & 0xFF
        self.socket.sendall(f"${packet}#{checksum:02x}".encode())

    def command(self, packet):
        """Send a packet; its reply, past console output. None when QEMU went away."""
        self.send(packet)
        while True:
            reply = self.receive()
            if reply is None or not re.fullmatch(r"O[0-9a-fA-F]+", reply):
                return reply

    def receive(self):
        while True:
            start = self.received.find(b"$")
            end = self.received.find(b"#", start)
            if start >= 0 and end >= 0 and len(self.received) >= end + 3:
                packet = self.received[start + 1 : end].decode()
                self.received = self.received[end + 3 :]
                self.socket.sendall(b"+")
                return packet
            try:
                data = self.socket.recv(65536)
            except OSError:
                data = b""
            if not data:
                return None
            self.received += data


def fast_forward(gdb, address, occurrence):
    """Run the guest until it is about to execute address for the occurrence-th time."""
    where = f"{address:x},1"
    reply = gdb.command("Z0," + where)
    if reply != "OK":
        raise TraceError(f"QEMU refused a breakpoint at {address:#x}: '{reply}'")
    for hit in range(1, occurrence + 1):
        reply = gdb.command("c")
        if reply is None or reply[0] not in "ST":
            raise TraceError(f"{address:#x} ran {hit - 1} times before QEMU ended, "
                             f"not {occurrence}")
        if hit < occurrence:
            # QEMU would stop again at the same instruction: step over it without the breakpoint.
            # (QEMU holds interrupts back for the step: one due at that very instruction comes
            # one instruction later, before the window.)
            gdb.command("z0," + where)
            gdb.command("s")
            gdb.command("Z0," + where)
    gdb.command("z0," + where)


class Window:
    """The instructions from the first execution of start to the next of end (left out), as
    QEMU's execution log tells them."""

    def __init__(self, start, end, limit):
        self.start, self.end, self.limit = start, end, limit
        self.pcs = []
        self.end_index = None  # where end ran in pcs, once it did
        self.complete = False

    def feed(self, text):
        """Take whole lines of the log."""
        for match in EVENT.finditer(text):
            if match.group("pc"):
                self.executed(int(match.group("pc"), 16))
            else:
                self.undone(int(match.group("stopped") or match.group("rewound"), 16))
            if self.complete:
                return

    def executed(self, pc):
        if self.end_index is not None:
            self.complete = True  # the end stood: the next instruction began
        elif self.pcs or pc == self.start:
            if self.pcs and pc == self.end:
                self.end_index = len(self.pcs)
            self.pcs.append(pc)
            if len(self.pcs) > self.limit:
                raise TraceError(f"no end within {self.limit} instructions (see --max-window)")

    def undone(self, pc):
        if self.pcs and self.pcs[-1] == pc:
            self.pcs.pop()
            if self.end_index == len(self.pcs):
                self.end_index = None

    def instructions(self):
        return self.pcs[: self.end_index]


def qemu_command(args, qemu, work):
    """koito-run --icount's command for a .cpio image, plus the tracing options."""
    return [qemu, "-nodefaults", "-no-user-config", "-display", "none", "-no-reboot",
            "-m", "256M", "-chardev", f"file,id=console,path={work}/console.log",
            "-serial", "chardev:console", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
            "-icount", "shift=0", "-M", "microvm", "-cpu", "max", "-kernel", args.kernel,
            "-initrd", args.image, "-append", "debug_exit",
            # nochain from the start: a chain of blocks made before the log is on would run
            # unlogged. The log goes to our pipe once a monitor command turns exec on.
            "-singlestep", "-d", "nochain", "-D", "/dev/stdout",
            "-S", "-gdb", f"unix:{work}/gdb.sock,server=on,wait=off"]


def trace(args, tools, start, end):
    """The PCs of the window, executed in order."""
    with tempfile.TemporaryDirectory(prefix="trace-bench.") as work, \
            open(f"{work}/qemu.err", "w") as errors:
        qemu = subprocess.Popen(qemu_command(args, tools["qemu"], work), stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=errors)
        timer = threading.Timer(args.timeout, qemu.kill)
        timer.start()
        try:
            return follow(qemu, Gdb(f"{work}/gdb.sock", qemu), args, start, end)
        except TraceError as error:
            raise TraceError(explain(error, timer, work, args.timeout)) from None
        finally:
            timer.cancel()
            qemu.kill()
            qemu.wait()


def follow(qemu, gdb, args, start, end):
    print(f"{PROG}: running to execution {args.occurrence} of {start:#x}", file=sys.stderr)
    fast_forward(gdb, start, args.occurrence)
    reply = gdb.command("qRcmd," + "log exec,nochain".encode().hex())
    if reply != "OK":
        raise TraceError(f"QEMU refused to turn its execution log on: '{reply}'")
    gdb.send("c")  # no reply: the guest runs on until QEMU is stopped
    window = Window(start, end, args.max_window)
    pending = b""
    while not window.complete:
        data = os.read(qemu.stdout.fileno(), 1 << 20)
        if not data:
            if window.end_index is not None:
                break
            if not window.pcs:
                raise TraceError(f"{start:#x} did not run once the log was on")
            raise TraceError(f"{end:#x} did not run in the {len(window.pcs)} instructions "
                             "after the start before QEMU ended")
        lines, _, pending = (pending + data).rpartition(b"\n")
        window.feed(lines + b"\n")
    return window.instructions()


def explain(error, timer, work, timeout):
    """The error, with why QEMU ended and the end of the guest's console."""
    message = str(error)
    if timer.finished.is_set():
        message = f"timed out after {timeout} s: {message}"
    for name in ("qemu.err", "console.log"):
        path = os.path.join(work, name)
        if not os.path.exists(path):
            continue
        with open(path, errors="replace") as file:
            tail = file.read().splitlines()[-5:]
        if tail:
            message += f"\n  {name}, last lines:\n" + "\n".join("    " + l for l in tail)
    return message


def symbolize(pcs, functions, symbolizer):
    """pc -> (innermost inlined function, its source file and line) for each distinct pc."""
    by_elf = {}
    for pc in sorted(set(pcs)):
        found = functions.at(pc)
        if found:
            by_elf.setdefault(found[0], []).append(pc)
    places = {}
    for elf, addresses in by_elf.items():
        output = subprocess.run([symbolizer, f"--obj={elf.path}", "--inlining",
                                 "--output-style=JSON"],
                                input="".join(f"{a:#x}\n" for a in addresses),
                                capture_output=True, text=True, check=True).stdout
        for address, line in zip(addresses, filter(None, output.splitlines())):
            frame = json.loads(line)["Symbol"][0]
            places[address] = (frame["FunctionName"] or "?", source_name(frame["FileName"]),
                               frame["Line"])
    return places


def source_name(path):
    if not path or path == "??":
        return "?"
    return os.path.relpath(path, REPO) if path.startswith(REPO + os.sep) else path


def disassemble(elves, objdump):
    """address -> instruction text, for both ELFs."""
    text = {}
    for elf in elves:
        for line in run([objdump, "-d", "-w", "--no-show-raw-insn", elf.path]).splitlines():
            match = INSTRUCTION.match(line)
            if match:
                text[int(match.group(1), 16)] = match.group(2)
    return text


def report_window(args, pcs, start, end, functions):
    print(f"window: execution {args.occurrence} of {args.start_name} ({start:#x}, "
          f"{functions.label(start)})")
    print(f"    to: the next of {args.end_name} ({end:#x}, {functions.label(end)}), left out")
    print(f"{len(pcs)} instructions")


def report_functions(pcs, functions):
    """Functions in execution order, runs of one merged (the nm symbol: inlined code counts
    for the function it is inlined into)."""
    runs = []
    for pc in pcs:
        found = functions.at(pc)
        key = (found[0].space, found[1]) if found else ("?", "?")
        if runs and runs[-1][0] == key:
            runs[-1][1] += 1
        else:
            runs.append([key, 1])
    print("\nby function, in execution order:\n  count  space   function")
    for (space, name), count in runs:
        print(f"  {count:5d}  {space:<6}  {name}")


def report_files(pcs, places):
    files = {}
    for pc in pcs:
        name = places.get(pc, UNKNOWN)[1]
        files[name] = files.get(name, 0) + 1
    print("\nby source file (of the innermost inlined function):\n  count      %  file")
    for name, count in sorted(files.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {count:5d}  {100.0 * count / len(pcs):5.1f}  {name}")


def report_instructions(pcs, functions, places, disassembly):
    print("\ninstructions:\n  index             address  function+offset                "
          "source               inlined function             instruction")
    for index, pc in enumerate(pcs):
        function, path, line = places.get(pc, UNKNOWN)
        source = f"{os.path.basename(path)}:{line}"
        print(f"  {index:5d}  {pc:#18x}  {functions.label(pc):<30} {source:<20} "
              f"{function:<28} {disassembly.get(pc, '?')}")


def parse_arguments():
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="SPEC: SYMBOL, SYMBOL+OFFSET or SYMBOL:MNEMONICk (e.g. ipc_client:rdtsc1, the "
               "function's first rdtsc). The window is the N-th execution of the start and what "
               "follows up to the next execution of the end, left out.")
    parser.add_argument("--sdk", default=os.path.join(REPO, "build", "sdk"),
                        help="SDK prefix holding the kernel (share/koito/boot/a9n-kernel.elf)")
    parser.add_argument("--image", default=os.path.join(REPO, "build", "parts", "kernel-bench",
                                                        "kernel-bench.cpio"),
                        help="the bench image (.cpio)")
    parser.add_argument("--kernel", help="the kernel ELF (default: the SDK's)")
    parser.add_argument("--program", default=os.path.join(REPO, "build", "parts", "kernel-bench",
                                                          "kernel-bench.elf"),
                        help="the ELF of the image's program")
    start = parser.add_mutually_exclusive_group(required=True)
    start.add_argument("--from", dest="start", metavar="SPEC", help="the window's start")
    start.add_argument("--from-hex", dest="start_hex", metavar="ADDRESS")
    parser.add_argument("--occurrence", type=int, default=1, metavar="N",
                        help="which execution of the start, counted from boot (default 1)")
    end = parser.add_mutually_exclusive_group(required=True)
    end.add_argument("--to", dest="end", metavar="SPEC", help="the window's end")
    end.add_argument("--to-hex", dest="end_hex", metavar="ADDRESS")
    parser.add_argument("--instructions", action="store_true",
                        help="also list every instruction with its disassembly and source line")
    parser.add_argument("--timeout", type=int, default=300, help="seconds for the whole boot")
    parser.add_argument("--max-window", type=int, default=1_000_000, metavar="N",
                        help="give up on a window longer than N instructions")
    args = parser.parse_args()
    args.kernel = args.kernel or os.path.join(args.sdk, "share", "koito", "boot",
                                              "a9n-kernel.elf")
    if args.occurrence < 1:
        parser.error("--occurrence counts from 1")
    return args


def address_of(spec, hex_text, elves, objdump):
    """(address, name) of --from/--to or their -hex forms."""
    if spec is not None:
        return resolve(spec, elves, objdump), spec
    try:
        return int(hex_text, 16), hex_text
    except ValueError:
        raise UsageError(f"'{hex_text}' is not a hexadecimal address") from None


def main():
    args = parse_arguments()
    try:
        tools = find_tools()
        for path in (args.image, args.kernel, args.program):
            if not os.path.isfile(path):
                raise UsageError(f"'{path}' not found (build first: cmake --build build)")
        if not args.image.endswith(".cpio"):
            raise UsageError("the image must be a .cpio (booted through PVH)")
        elves = [Elf("kernel", args.kernel, tools["nm"]), Elf("user", args.program, tools["nm"])]
        start, args.start_name = address_of(args.start, args.start_hex, elves, tools["objdump"])
        end, args.end_name = address_of(args.end, args.end_hex, elves, tools["objdump"])
        pcs = trace(args, tools, start, end)
    except UsageError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 2
    except TraceError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 1
    functions = Functions(elves)
    places = symbolize(pcs, functions, tools["symbolizer"])
    report_window(args, pcs, start, end, functions)
    report_functions(pcs, functions)
    report_files(pcs, places)
    if args.instructions:
        report_instructions(pcs, functions, places, disassemble(elves, tools["objdump"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Run the kernel benchmark suite and compare it with the checked-in baseline.

Host script of test/bench (issue 6); builds nothing. It boots the bench image
(kernel-bench.cpio) with `koito-run --icount --cmdline debug_exit`, where the
guest's time stamp counter counts guest instructions, RUNS times (default 2);
extracts the JSON document the guest prints between BENCH-JSON-BEGIN and
BENCH-JSON-END; checks that every run gave the same figures (repeatability);
and prints each figure's median beside the baseline's with the change.

  run-bench.py [--sdk PREFIX] [--image FILE] [--baseline FILE] [--runs N]
               [--timeout S] [--memory SIZE] [--input FILE --input-after TEXT]
               [--write-baseline FILE] [--check]

Defaults: the SDK staged in <repo>/build/sdk, the image built by the
superbuild in <repo>/build/parts/kernel-bench, test/bench/baseline.json.
The guest gets 2560 MiB of memory unless --memory says otherwise: the
interrupt-latency group converts a 1 GiB frame, which needs a free 1 GiB
generic. --input FILE types FILE on the console once TEXT appears (koito-run's
--input and --input-after): how the prompt benchmark ends its shell.

Exit status: 0 when every run succeeded and printed a valid document (and,
with --check, every figure passed the gate); 1 when a run or the extraction
failed or, with --check, the gate failed; 2 on a usage error.

The gate (--check; the ctest bench.gate runs it): a figure fails when its
median grows past the baseline's by more than TOLERANCE (2 %), when it misses
its bar, or when a baseline figure is missing from the run; runs that differ
fail too. icount runs are exact, so the gate is not flaky. Without --check
all of these are reported, not failed.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
BEGIN = "BENCH-JSON-BEGIN"
END = "BENCH-JSON-END"
FASTPATH = re.compile(r"fast path taken (\d+) times")

MEMORY = "2560M"
TOLERANCE = 0.02

# Bars in guest instructions for the figures that have one: issue 6's, and
# issue 10's worst-case interrupt latency during long kernel operations.
BARS = {
    ("ipc_round_trip", '{"address_space": "other", "words": 0}'): 330,
    ("ipc_round_trip", '{"address_space": "other", "words": 8}'): 450,
    ("null_call", '{"call": "yield"}'): 80,
    ("notification_signal", '{"waiter": "higher priority"}'): 500,
    ("yield", '{"address_space": "same"}'): 250,
    # Parameters in sorted order, as figures are keyed.
    ("interrupt_latency", '{"capabilities": 65536, "during": "revoke"}'): 50000,
    ("interrupt_latency", '{"capabilities": 65536, "during": "demote"}'): 50000,
    ("interrupt_latency", '{"children": 65534, "during": "move"}'): 50000,
    ("interrupt_latency", '{"during": "delete", "node_slots": 65536}'): 50000,
    ("interrupt_latency", '{"during": "convert check", "node_slots": 1048576}'): 50000,
    ("interrupt_latency", '{"during": "convert", "frame_bits": 30}'): 50000,
    # Issue 12's (ulmm-bench.cpio, ulmm-baseline.json).
    ("ulmm_lazy_fault", '{"page_bits": 12}'): 4000,
    ("ulmm_map_unmap", '{"bytes": 4096}'): 5000,
    # Issue 11's bars (the KOITO suite, koito/).
    ("koito_boot_to_init_program", '{"boot": "pvh"}'): 50_000_000,
    ("koito_spawn_exit_wait", '{"program": "minimal"}'): 150_000,
    # Issue 15's (koito-prompt-bench.cpio, koito/prompt-baseline.json): the default system's
    # shell prompt, in guest instructions and in KiB of memory in use.
    ("koito_boot_to_shell_prompt", '{"boot": "pvh", "system": "default"}'): 60_000_000,
    ("koito_memory_in_use_at_prompt", '{"system": "default", "unit": "KiB"}'): 8 * 1024,
    # Issue 14's (posix-bench.cpio, posix/baseline.json).
    ("posix_spawn_wait", '{"program": "minimal static"}'): 150_000,
    ("posix_getpid", '{}'): 480,
    ("posix_write_1_byte", '{"file": "/dev/null"}'): 600,
    ("posix_open_read_4k_close", '{"file": "tmpfs"}'): 10_000,
    ("posix_pipe_round_trip", '{"bytes": 1, "processes": 2}'): 5_000,
    # Issue 13's (libc-threads-bench.cpio, libc-threads/baseline.json).
    ("libc_mutex_lock_unlock", '{"contended": "no"}'): 40,
    ("libc_malloc_free", '{"bytes": 64}'): 128,
    # Issue 14's (libc-threads-bench.cpio): read with no kernel call, as Linux's vDSO (71).
    ("libc_clock_gettime", '{"clock": "monotonic"}'): 80,
    ("libc_clock_gettime", '{"clock": "realtime"}'): 80,
}


class BenchError(Exception):
    """A run that failed or printed no valid document."""


def key(record):
    """A figure's identity: its name and its parameters in a canonical form."""
    return (record["name"], json.dumps(record["parameters"], sort_keys=True))


def label(figure):
    name, parameters = figure
    values = json.loads(parameters).items()
    inner = ", ".join(f"{k}={v if isinstance(v, str) else json.dumps(v)}" for k, v in values)
    return f"{name}({inner})"


def extract(console):
    """The JSON document between the marker lines of a console log."""
    lines = console.splitlines()
    try:
        first = lines.index(BEGIN)
        last = lines.index(END, first)
    except ValueError as error:
        raise BenchError("the console holds no BENCH-JSON-BEGIN/END block") from error
    try:
        document = json.loads("\n".join(lines[first + 1 : last]))
    except json.JSONDecodeError as error:
        raise BenchError(f"the benchmark JSON does not parse: {error}") from error
    records = document.get("records")
    if not isinstance(records, list) or not records:
        raise BenchError("the benchmark JSON has no records")
    for record in records:
        for field in ("name", "parameters", "min", "median", "max", "samples"):
            if field not in record:
                raise BenchError(f"a record lacks '{field}': {record}")
    if len({key(r) for r in records}) != len(records):
        raise BenchError("two records have the same name and parameters")
    return document


def run_once(koito_run, image, timeout, number, memory, typed):
    """Boot the image once; return its document and the fast-path count (or None)."""
    with tempfile.TemporaryDirectory(prefix="koito-bench.") as work:
        log = os.path.join(work, "console.log")
        command = [koito_run, "--icount", "--memory", memory, "--timeout", str(timeout),
                   "--cmdline", "debug_exit", "--log", log]
        if typed:
            command += ["--input", typed[0], "--input-after", typed[1]]
        command.append(image)
        print(f"run {number}: {' '.join(command)}", flush=True)
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True, check=False)
        console = open(log, encoding="utf-8", errors="replace").read()
    if result.returncode != 0:
        sys.stderr.write(console[-4000:])
        sys.stderr.write(result.stderr)
        raise BenchError(f"run {number}: koito-run exited with status {result.returncode}")
    fastpath = FASTPATH.search(console)
    return extract(console), int(fastpath.group(1)) if fastpath else None


def compare_runs(documents):
    """Report the figures that differ between runs; True when all runs agree."""
    first = {key(r): r for r in documents[0]["records"]}
    same = True
    for number, document in enumerate(documents[1:], start=2):
        other = {key(r): r for r in document["records"]}
        for figure in sorted(set(first) | set(other)):
            a, b = first.get(figure), other.get(figure)
            if a != b:
                same = False
                print(f"  not repeatable: {label(figure)}: run 1 {a and a['median']}, "
                      f"run {number} {b and b['median']}")
    return same


def change(new, old):
    if old == 0:
        return "n/a"
    return f"{new - old:+d} ({100.0 * (new - old) / old:+.1f}%)"


def report(document, baseline):
    """Print every figure with its spread, the baseline's median, the change and any bar."""
    old = {key(r): r for r in baseline["records"]} if baseline else {}
    width = max(len(label(key(r))) for r in document["records"])
    print(f"\n{'figure':<{width}}  {'min':>9} {'median':>9} {'max':>9}  {'baseline':>9}  change")
    for record in document["records"]:
        figure = key(record)
        line = (f"{label(figure):<{width}}  {record['min']:>9} {record['median']:>9} "
                f"{record['max']:>9}  ")
        if figure in old:
            line += f"{old[figure]['median']:>9}  {change(record['median'], old[figure]['median'])}"
        else:
            line += f"{'-':>9}  new figure"
        if figure in BARS:
            verdict = "meets" if record["median"] <= BARS[figure] else "misses"
            line += f"  [{verdict} the bar of {BARS[figure]}]"
        print(line)
    for figure in sorted(set(old) - {key(r) for r in document["records"]}):
        print(f"{label(figure):<{width}}  missing from this run (baseline median "
              f"{old[figure]['median']})")


def gate(document, baseline):
    """The figures that fail the gate, as lines saying why; empty when all pass."""
    old = {key(r): r for r in baseline["records"]} if baseline else {}
    new = {key(r): r for r in document["records"]}
    failures = []
    for figure, record in new.items():
        median = record["median"]
        if figure in BARS and median > BARS[figure]:
            failures.append(f"{label(figure)}: {median} misses the bar of {BARS[figure]}")
        if figure in old and median > old[figure]["median"] * (1 + TOLERANCE):
            failures.append(f"{label(figure)}: {median} grew past the baseline's "
                            f"{old[figure]['median']} by {change(median, old[figure]['median'])}")
    for figure in sorted(set(old) - set(new)):
        failures.append(f"{label(figure)}: missing from this run")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sdk", default=os.path.join(REPO, "build", "sdk"),
                        help="SDK prefix holding bin/koito-run")
    parser.add_argument("--image", default=os.path.join(REPO, "build", "parts", "kernel-bench",
                                                        "kernel-bench.cpio"),
                        help="the bench image")
    parser.add_argument("--baseline", default=os.path.join(HERE, "baseline.json"))
    parser.add_argument("--runs", type=int, default=2, help="boots to make (1 skips the "
                        "repeatability check)")
    parser.add_argument("--timeout", type=int, default=600, help="seconds per boot")
    parser.add_argument("--memory", default=MEMORY, help="the guest's memory (QEMU's -m)")
    parser.add_argument("--input", help="a file to type on the console")
    parser.add_argument("--input-after", help="type --input once this text appears")
    parser.add_argument("--write-baseline", metavar="FILE",
                        help="also write the first run's document to FILE")
    parser.add_argument("--check", action="store_true",
                        help=f"fail when a figure grows more than {TOLERANCE:.0%}% past the "
                        "baseline, misses its bar or is missing, or when runs differ")
    args = parser.parse_args()
    koito_run = os.path.join(args.sdk, "bin", "koito-run")
    for path in (koito_run, args.image):
        if not os.path.isfile(path):
            parser.error(f"'{path}' not found (build first: cmake --build build)")
    if args.runs < 1:
        parser.error("--runs wants at least 1")
    if (args.input is None) != (args.input_after is None):
        parser.error("--input and --input-after go together")
    typed = (args.input, args.input_after) if args.input else None

    try:
        runs = [run_once(koito_run, args.image, args.timeout, n + 1, args.memory, typed)
                for n in range(args.runs)]
    except BenchError as error:
        print(f"run-bench: {error}", file=sys.stderr)
        return 1
    documents = [document for document, _ in runs]
    print(f"{len(documents[0]['records'])} figures in {documents[0]['unit']}, timing overhead "
          f"{documents[0]['overhead']} subtracted")
    if runs[0][1] is not None:
        print(f"IPC fast path taken {runs[0][1]} times in a run")
    repeatable = True
    if len(documents) > 1:
        repeatable = compare_runs(documents)
        if repeatable:
            print(f"repeatable: all {len(documents)} runs gave identical figures")
        else:
            print("NOT repeatable: the runs above differ")

    baseline = None
    if os.path.isfile(args.baseline):
        with open(args.baseline, encoding="utf-8") as file:
            baseline = json.load(file)
    else:
        print(f"no baseline at {args.baseline}")
    report(documents[0], baseline)

    if args.write_baseline:
        with open(args.write_baseline, "w", encoding="utf-8") as file:
            json.dump(documents[0], file, indent=2)
            file.write("\n")
        print(f"\nwrote {args.write_baseline}")
    if args.check:
        failures = gate(documents[0], baseline)
        if not repeatable:
            failures.append("the runs gave different figures")
        if baseline is None:
            failures.append(f"no baseline at {args.baseline}")
        for failure in failures:
            print(f"run-bench: gate: {failure}", file=sys.stderr)
        if failures:
            return 1
        print(f"gate passed: no figure above its bar or more than {TOLERANCE:.0%} above the "
              "baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())

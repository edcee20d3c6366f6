#!/usr/bin/env python3
"""The interactive koito-sh on a pseudo-terminal (host test).

  interactive.py KOITO_SH

Types lines with the line editor's keys into koito-sh running on a pty and
checks what the commands printed: cursor movement and insertion, backspace,
history recall with Up, a background job reported at the next prompt, the
continuation prompt for an unfinished command, ^C abandoning a line, and
^D ending the shell with the last status. The shell starts with ENV naming a
file whose commands run before the first prompt, in the shell's own
environment.
"""
import os
import pty
import select
import sys
import tempfile
import time


def read_until(fd, marker, timeout=20.0):
    data = b""
    deadline = time.monotonic() + timeout
    while marker not in data:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"no {marker!r} in {data!r}")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            data += chunk
    return data


def main():
    shell = sys.argv[1]
    env_file = tempfile.NamedTemporaryFile("w", suffix=".rc", delete=False)
    env_file.write("started=by-env-file\necho start-up commands ran\n")
    env_file.close()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(shell, [shell], {"PATH": "/usr/bin:/bin", "PS1": "koito$ ", "LC_ALL": "C",
                                   "ENV": env_file.name, "ASAN_OPTIONS": "abort_on_error=0"})
    checks = []

    def expect(keys, marker, want, name):
        os.write(fd, keys)
        out = read_until(fd, marker)
        ok = want in out
        checks.append(ok)
        print(("pass " if ok else "FAIL ") + name + ("" if ok else f": {out!r}"))
        return out

    # The prompt after a command follows a newline; redraws start with \r.
    prompt = b"\nkoito$ "
    started = read_until(fd, b"koito$ ")
    os.unlink(env_file.name)
    checks.append(b"start-up commands ran\r\nkoito$ " in started)
    print(("pass " if checks[-1] else "FAIL ") + "the ENV file ran before the first prompt")
    expect(b"echo $started\r", prompt, b"\r\nby-env-file\r\n", "the ENV file's variable stays")
    # "ech o", Left, Backspace (the space), End, then the argument: "echo edited".
    expect(b"ech o\x1b[D\x7f\x05 edited\r", prompt, b"\r\nedited\r\n", "editing keys")
    expect(b"echo one\r", prompt, b"\r\none\r\n", "plain line")
    # Up twice recalls "echo edited"; six backspaces leave "echo ".
    expect(b"\x1b[A\x1b[A\x7f\x7f\x7f\x7f\x7f\x7fagain\r", prompt, b"\r\nagain\r\n",
           "history up twice, then edit")
    expect(b"echo 'open\r", b"\n> ", b"\n> ", "continuation prompt")
    expect(b"closed'\r", prompt, b"open\r\nclosed\r\n", "continued command ran")
    # The job ends on its own time, possibly before the very prompt that follows
    # its start: keep everything shown since, pressing Enter until it is reported.
    reported = expect(b"true &\r", prompt, b"[1] ", "background job started")
    for _ in range(60):
        if b"[1] Done(0) true" in reported:
            break
        time.sleep(0.5)
        os.write(fd, b"\r")
        reported += read_until(fd, prompt)
    checks.append(b"[1] Done(0) true" in reported)
    print(("pass " if checks[-1] else "FAIL ") + "finished job reported")
    # Jobs: one killed by `kill %1` (its status 143 through `wait`), one waited for by `fg`.
    expect(b"sleep 30 &\r", prompt, b"[1] ", "a second background job")
    expect(b"kill %1; wait %1; echo killed $?\r", prompt, b"\r\nkilled 143\r\n",
           "kill %1 ends the job")
    expect(b"sleep 0.2 &\r", prompt, b"[1] ", "a third background job")
    expect(b"fg; echo fg $?\r", prompt, b"\r\nsleep 0.2\r\nfg 0\r\n", "fg waits for it")
    expect(b"fg %4; echo fg $?\r", prompt, b"fg: %4: no such job\r\nfg 1\r\n",
           "fg of no job")
    expect(b"echo abandoned\x03", prompt, b"abandoned\x1b[K^C", "^C abandons the line")
    expect(b"false\r", prompt, b"\r\n", "a failing command")
    os.write(fd, b"\x04")
    _, status = os.waitpid(pid, 0)
    ok = os.WIFEXITED(status) and os.WEXITSTATUS(status) == 1
    checks.append(ok)
    print(("pass" if ok else "FAIL") + f" ^D ends the shell with the last status ({status})")
    passed = sum(checks)
    print(f"{passed} passed, {len(checks) - passed} failed")
    return 0 if checks and all(checks) else 1


if __name__ == "__main__":
    sys.exit(main())

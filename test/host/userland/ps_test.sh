#!/bin/sh
# Host test of ps (koito/userland/utilities/ps) on Linux's /proc, which has the layout KOITO's
# POSIX server gives its own: run as `ps_test.sh BIN`. No differential test: procps adds columns
# (C, STIME) KOITO cannot fill, so the headers and each format's shape are checked instead.
set -u
bin=$1
failed=0
check() { # check NAME COMMAND...: the command must succeed
    name=$1
    shift
    if "$@"; then echo "ok $name"; else echo "FAILED $name"; failed=1; fi
}
check default-header sh -c "'$bin/ps' | head -n 1 | grep -qx '  PID TTY          TIME CMD'"
check default-lists-itself sh -c "'$bin/ps' | grep -Eq '^ *[0-9]+ [^ ]+ +[0-9]{2}:[0-9]{2}:[0-9]{2} ps\$'"
check every-process sh -c "'$bin/ps' -e | grep -Eq '^ +1 '"
check every-process-A sh -c "'$bin/ps' -A | grep -Eq '^ +1 '"
check full-header sh -c "'$bin/ps' -f | head -n 1 | grep -qx 'UID        PID  PPID TTY          TIME CMD'"
check full-command-line sh -c "'$bin/ps' -f -e | grep -Eq '/ps -f -e\$'"
check fields-child-of-shell sh -c "'$bin/ps' -o pid,ppid,stat,comm | grep -Eq '^ *[0-9]+ +'\$\$' [A-Z] +ps\$'"
check fields-header sh -c "'$bin/ps' -o pid -o ppid,stat,comm | head -n 1 | grep -qx '  PID  PPID STAT COMMAND'"
# TIME is utime + stime of the stat file: a busy process reaches a second within a few.
check busy-time sh -c "( while :; do :; done ) & busy=\$!; t=; i=0
    while [ \$i -lt 200 ]; do
        t=\$('$bin/ps' -e -o pid,time | awk -v p=\$busy '\$1 == p { print \$2 }')
        [ -n \"\$t\" ] && [ \"\$t\" != 00:00:00 ] && break
        sleep 0.1; i=\$((i + 1))
    done
    kill \$busy; echo \"\$t\" | grep -Eq '^00:00:0[1-9]\$'"
check unknown-field sh -c "! '$bin/ps' -o pid,bogus 2>/dev/null"
check unknown-option sh -c "! '$bin/ps' -x 2>/dev/null"
check operand sh -c "! '$bin/ps' extra 2>/dev/null"
exit $failed

# true, false, env, sleep, date, uname, kill, ps.
env true; echo "true $?"
env false; echo "false $?"
env -i A=1 B=two env
env -i env | wc -l
env -i X=1 env -u X env | wc -l
env -i PATH="$PATH" sh -c 'echo "in child: $PATH" | sed s,:.*,,'
env -i nosuchcommand-koito 2>/dev/null; echo "env not found $?"
env -i sh -c 'exit 9'; echo "env passes status $?"
sleep 0.1; echo "sleep $?"
sleep 0; echo "sleep zero $?"
sleep nonsense 2>/dev/null; echo "sleep bad $?"
sleep 2>/dev/null; echo "sleep missing $?"
date -u -d @0
date -u -d @1234567890 '+%Y-%m-%d %H:%M:%S %j %a %b'
date -u -d @1700000000 +%s
date -u +%Y | wc -c
uname
uname -s
uname -m
uname -sm
uname -x 2>/dev/null; echo "uname bad $?"
env kill -l 9
env kill -l TERM
sleep 5 & victim=$!
env kill $victim; wait $victim; echo "killed status $?"
sleep 5 & victim=$!
env kill -s KILL $victim; wait $victim; echo "killed -s KILL status $?"
sleep 5 & victim=$!
env kill -9 $victim; wait $victim; echo "killed -9 status $?"
env kill -INT 999999 2>/dev/null; echo "no such process $?"
env kill -NOPE 1 2>/dev/null; echo "bad signal $?"

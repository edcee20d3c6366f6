# The builtins: cd, pwd, echo, exit (in sh -c), export, unset, set, wait.
mkdir -p a/b
cd a; pwd | sed 's,.*/,,'
cd b; pwd | sed 's,.*/,,'
cd ..; cd ..; pwd | sed 's,.*/,,'
cd a/b; cd -; pwd | sed 's,.*/,,'
cd /nonexistent-koito 2>/dev/null; echo "cd failed $?"
cd; pwd | sed 's,.*/,,'
echo -n "no newline"; echo " then newline"
echo 'escapes: a\tb\nc'
echo 'stop\cignored'
echo -e not-an-option
set -- x y z; echo "$# $2"
set -e; echo "set -e on"; set +e
sh -c 'exit 7'; echo "status $?"
echo "done"

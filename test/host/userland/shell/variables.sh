# Assignments, export, unset, and the environment of programs.
v=local
sh -c 'echo "child sees [$v]"'
export v
sh -c 'echo "child sees [$v]"'
export w=exported-with-value
sh -c 'echo "child sees [$w]"'
unset w
sh -c 'echo "after unset [$w]"'
echo "shell after unset [$w]"
TEMP=only-for-child sh -c 'echo "temp [$TEMP]"'
echo "shell [$TEMP]"
a=1 b=2
echo "$a $b"
a=$b; echo "$a"
c="$a $b"; echo "$c"
d=with\ space; echo "$d"
e='$a'; echo "$e"
export f; f=later; sh -c 'echo "exported before set [$f]"'
g=x h=y sh -c 'echo "$g$h"'
unset nonexistent; echo "unset missing $?"

# Simple commands, arguments, PATH lookup, exit statuses and $?.
echo hello world
echo
/bin/echo absolute path
true; echo "true: $?"
false; echo "false: $?"
sh -c 'exit 3'; echo "exit 3: $?"
nosuchcommand-koito 2>/dev/null; echo "not found: $?"
./missing-program 2>/dev/null; echo "missing path: $?"
printf '%s|%s\n' one two three
: ; echo "colon: $?"
echo $$ > /dev/null; echo "pid expands"
echo "args: $#"

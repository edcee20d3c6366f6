# Pipelines of programs and builtins, and the status of the last command.
echo alpha beta gamma | tr ' ' '\n' | sort -r
printf 'b\na\nc\n' | sort | head -2
echo piped | cat | cat | cat
false | true; echo "status $?"
true | false; echo "status $?"
echo builtin into program | wc -w
seq 1 1000 | tail -1
printf 'x\ny\n' | while_missing_koito 2>/dev/null; echo "missing in pipe $?"
yes | head -3
echo a |
  tr a A
seq 20000 | wc -l

# grep: basic regular expressions and the daily options.
cat > text.txt <<'END'
hello world
Hello World
foo bar baz
foobar
abcabc
x*y
 leading space
trailing space 
123-456-7890
END
printf 'other file\nhello again\n' > other.txt
grep hello text.txt
grep -i hello text.txt
grep -v o text.txt
grep -c o text.txt
grep -n bar text.txt
grep -x foobar text.txt
grep '^foo' text.txt
grep 'baz$' text.txt
grep '\(abc\)\1' text.txt
grep 'x\*y' text.txt
grep '[0-9]\{3\}-[0-9]\{3\}' text.txt
grep '^[[:space:]]' text.txt
grep ' $' text.txt
grep 'o\{2\}' text.txt
grep '^.\{5\}$' text.txt
grep 'a.c' text.txt
grep -e hello -e foobar text.txt
grep -F 'x*y' text.txt
grep hello text.txt other.txt
grep -h hello text.txt other.txt
grep -H foobar text.txt
grep -l hello text.txt other.txt
grep -c hello text.txt other.txt
grep -q hello text.txt; echo "quiet found $?"
grep nomatch text.txt; echo "no match $?"
grep hello missing.txt 2>/dev/null; echo "missing $?"
grep -s hello missing.txt text.txt; echo "silent $?"
grep '\(unclosed' text.txt 2>/dev/null; echo "bad pattern $?"
echo "from stdin" | grep stdin
grep -in 'WORLD$' text.txt
grep '' text.txt | wc -l
grep -v -c o text.txt
grep 'foo\|abc' text.txt

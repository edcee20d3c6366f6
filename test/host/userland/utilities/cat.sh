# cat: files, standard input, "-", -n, missing files.
printf 'one\ntwo\n' > a.txt
printf 'three\nno newline' > b.txt
cat a.txt
cat a.txt b.txt; echo
echo from-stdin | cat
echo dash-operand | cat a.txt - b.txt; echo
cat -n a.txt b.txt; echo
cat missing.txt 2>/dev/null; echo "missing $?"
cat a.txt missing.txt 2>/dev/null; echo "partly missing $?"
cat < /dev/null; echo "empty $?"

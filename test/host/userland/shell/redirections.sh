# Redirections: <, >, >>, 2>, 2>&1, n>&-, and files opened by the shell.
echo first > out.txt
echo second >> out.txt
cat < out.txt
cat out.txt > copy.txt; cat copy.txt
ls /nonexistent-koito 2> err.txt; echo "status $?"; test -s err.txt && echo "stderr captured"
ls /nonexistent-koito > both.txt 2>&1; test -s both.txt && echo "2>&1 captured"
sh -c 'echo to-stderr >&2' 2>&1 | tr a-z A-Z
> empty.txt; wc -c < empty.txt
echo x 1>one.txt; cat one.txt
cat < missing-input.txt 2>/dev/null; echo "missing input $?"
echo into-dir > /nonexistent-dir/file 2>/dev/null; echo "bad target $?"
echo redirect-first > pre.txt echo; cat pre.txt
echo closing >&-; echo "closed stdout status $?"
f=named.txt; echo via-variable > $f; cat named.txt
sh -c 'cat <&3' 3< out.txt
echo done

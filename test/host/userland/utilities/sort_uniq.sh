# sort and uniq: orders, keys, numbers, uniqueness and counts.
printf 'banana\napple\nCherry\napple\n10\n9\n-1\n\n' > words.txt
printf 'b 2\na 10\nc 1\na 3\n' > pairs.txt
printf 'x:3:z\ny:1:x\nz:2:y\n' > colons.txt
sort words.txt
sort -r words.txt
sort -u words.txt
sort -n words.txt
sort -rn words.txt
sort -f words.txt
sort -k 2 pairs.txt
sort -k 2 -n pairs.txt
sort -k 1,1 pairs.txt
sort -t : -k 2 colons.txt
sort -t : -k 3,3 colons.txt
sort -o sorted.txt words.txt; cat sorted.txt
cat words.txt | sort
sort missing.txt 2>/dev/null; echo "missing $?"
printf 'a\na\nb\nc\nc\nc\na\n' > runs.txt
uniq runs.txt
uniq -c runs.txt
uniq -d runs.txt
uniq -u runs.txt
printf 'A\na\nb\n' | uniq -i
sort runs.txt | uniq -c
uniq runs.txt out.txt; cat out.txt

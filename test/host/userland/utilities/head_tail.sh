# head and tail: -n, -c, +N, the old -N form, several files, short input.
seq 1 30 > n.txt
printf 'a\nb\nc' > short.txt
head n.txt
head -n 3 n.txt
head -5 n.txt
head -c 10 n.txt; echo
head -n 0 n.txt; echo "zero $?"
head n.txt short.txt
head -n 2 short.txt n.txt
cat n.txt | head -n 2
tail n.txt
tail -n 3 n.txt
tail -3 n.txt
tail -n +28 n.txt
tail -c 6 n.txt
tail -c +78 n.txt
tail -n 2 short.txt; echo
tail -n 0 n.txt; echo "zero $?"
tail -n 100 short.txt; echo
tail -n 1 n.txt short.txt; echo
cat n.txt | tail -n 2
printf '\n\n\n' | tail -n 2 | od -c
head missing.txt 2>/dev/null; echo "missing $?"
tail missing.txt 2>/dev/null; echo "missing $?"

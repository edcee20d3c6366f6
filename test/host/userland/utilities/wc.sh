# wc: counts and the column widths coreutils chooses.
printf 'one two\nthree\n\n  four  five six\n' > a.txt
printf 'no newline at end' > b.txt
: > empty.txt
wc a.txt
wc -l a.txt
wc -w a.txt
wc -c a.txt
wc -lw a.txt
wc a.txt b.txt empty.txt
wc -l a.txt b.txt
cat a.txt | wc
cat a.txt | wc -l
cat a.txt | wc -c -l
wc < a.txt
wc empty.txt
wc missing.txt 2>/dev/null; echo "missing $?"
seq 100000 > big.txt; wc big.txt; wc -l big.txt a.txt

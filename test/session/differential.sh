# The utilities against the host's coreutils (run-differential.py): this
# script runs in an empty working directory, once in the guest (koito-sh
# with KOITO's utilities) and once on the host (dash with Debian's
# coreutils and grep); its standard output and standard error, collected in
# one file, must be the same byte for byte. DATA names the directory of the
# input files (differential/). Builtins are avoided where a utility is
# meant: `env echo`, `env test` and `env [` run the programs. Times set on
# purpose (touch -t, -d, cp -p) are compared through ls -l; run-differential.py
# hides only the recent times of files made during the run.
cp $DATA/text.txt $DATA/words.txt $DATA/numbers.txt $DATA/partial.txt .
echo "--- cat"
cat partial.txt; echo
cat words.txt numbers.txt
cat - < partial.txt; echo
cat -n partial.txt; echo
cat missing.txt 2>&1; echo "cat missing $?"
echo "--- echo"
env echo plain words "and  spaced"
env echo -n no newline; env echo
env echo -e 'tab\there, newline\nthen \\ and \x41\0102'
env echo -E 'kept\tliteral'
env echo -n -e 'a\cb'; env echo
env echo -x -- -n
echo "--- wc"
wc text.txt
wc -l text.txt
wc -w text.txt
wc -c text.txt
wc -lw text.txt words.txt
wc partial.txt
wc < text.txt
cat text.txt | wc -l
wc missing.txt 2>&1; echo "wc missing $?"
echo "--- head"
head text.txt
head -n 3 text.txt
head -n 0 text.txt; echo "head zero $?"
head -n 2 text.txt words.txt
head -c 10 text.txt; echo
cat words.txt | head -n 4
head -n 2 partial.txt; echo
head missing.txt 2>&1; echo "head missing $?"
echo "--- tail"
tail text.txt
tail -n 3 text.txt
tail -n +19 text.txt
tail -n 2 text.txt words.txt
tail -c 8 text.txt
cat words.txt | tail -n 2
tail -n 1 partial.txt; echo
tail missing.txt 2>&1; echo "tail missing $?"
echo "--- grep"
grep fox text.txt
grep -n the text.txt
grep -v e text.txt
grep -c line text.txt
grep -i boom text.txt
grep '^The' text.txt
grep 'line$' text.txt
grep 'fo\{2\}' text.txt
grep 'o\{2,\}[dt]' text.txt
grep '[0-9][0-9]*\.[0-9]' text.txt
grep 'a.c' text.txt
grep 'a\.c' text.txt
grep '[^a-z ]' words.txt
grep '\(ab\)\1' text.txt
grep 'x=[0-9]*; y' text.txt
grep -e fox -e pear text.txt words.txt
grep -l apple text.txt words.txt
grep -h apple words.txt numbers.txt
grep -w foo text.txt
grep -x last line text.txt 2>&1; echo "grep -x two files $?"
grep -x 'last line' text.txt
grep -q fox text.txt; echo "grep -q $?"
grep nothing-like-this text.txt; echo "grep no match $?"
grep fox missing.txt 2>&1; echo "grep missing $?"
grep '^$' words.txt | wc -l
echo "--- sort"
sort words.txt
sort -r words.txt
sort -u words.txt
sort -f words.txt
sort -n numbers.txt
sort -rn numbers.txt
sort -nu numbers.txt
sort numbers.txt
cat words.txt | sort | head -n 3
sort missing.txt 2>&1; echo "sort missing $?"
echo "--- uniq"
uniq words.txt
sort words.txt | uniq
sort words.txt | uniq -c
sort words.txt | uniq -d
sort words.txt | uniq -u
sort -f words.txt | uniq -i -c
echo "--- mkdir"
mkdir dir
mkdir -p deep/er/est
mkdir -p deep/er; echo "mkdir -p existing $?"
mkdir dir 2>&1; echo "mkdir existing $?"
mkdir missing/child 2>&1; echo "mkdir no parent $?"
ls deep deep/er
echo "--- cp"
cp text.txt copy.txt; cat copy.txt | wc -c
cp words.txt dir; ls dir
cp text.txt copy.txt dir/; ls dir
cp dir other 2>&1; echo "cp dir without -r $?"
cp -r dir tree; ls tree
cp -r deep deepcopy; ls deepcopy/er
cp missing.txt x 2>&1; echo "cp missing $?"
echo "--- mv"
mv copy.txt moved.txt; ls
mv moved.txt dir; ls dir
mv missing.txt y 2>&1; echo "mv missing $?"
mv dir renamed; ls
echo "--- rm"
rm renamed/moved.txt; ls renamed
rm missing.txt 2>&1; echo "rm missing $?"
rm -f missing.txt; echo "rm -f $?"
rm renamed 2>&1; echo "rm dir without -r $?"
rm -r renamed tree; ls
rm -rf deep deepcopy; ls
echo "--- touch"
touch new.txt; env test -f new.txt && echo "touch created"
touch -c absent.txt; env test -e absent.txt || echo "touch -c did not create"
echo sized > sized.txt; ls -ln sized.txt new.txt
touch -t 202001021530 old.txt; ls -ln old.txt
touch -t 199912312359.59 sized.txt; ls -ln sized.txt
touch -d @1234567890 new.txt; ls -ln new.txt
cp -p old.txt kept.txt; ls -ln kept.txt
mv kept.txt moved-old.txt; ls -ln moved-old.txt
touch -c -t 201001010000 absent.txt 2>&1; echo "touch -c -t $?"
rm old.txt moved-old.txt
echo "--- ls"
mkdir -p d/sub; touch d/b d/a d/.hidden d/sub/x
echo twelve bytes > d/a
ls d
ls -a d
ls -A d
ls -1 d
ls d/a d/b
ls d/a d/sub
ls -d d d/sub
ls -ln d/a d/b
ls -lnA d/a d/.hidden
ls missing 2>&1; echo "ls missing $?"
ls d missing 2>&1; echo "ls partly missing $?"
cd d && ls && cd ..
echo "--- env"
env -i A=1 B=two
env -i A=1 B=two env
env -i | wc -l
env -i X=1 env -u X env | wc -l
env -i A=1 env echo "env runs a program"
env true; echo "env true $?"
env false; echo "env false $?"
env -i nosuchcommand-koito 2>/dev/null; echo "env not found $?"
echo "--- date"
date -u -d @0
date -u -d @1234567890 '+%Y-%m-%d %H:%M:%S %j %a %b %e %y %%'
date -u -d @1700000000 +%s
date -u '+%Y-%m-%d %H:%M %A %B'
date '+%d/%m/%Y %Z'
echo "--- uname"
uname -m
uname -x 2>/dev/null; echo "uname bad option $?"
uname -s -m | wc -w
echo "--- true false"
env true; echo "true $?"
env false; echo "false $?"
env true --help-is-ignored; echo "true ignores arguments $?"
echo "--- test"
env test -f text.txt; echo "-f file $?"
env test -f d; echo "-f directory $?"
env test -d d; echo "-d $?"
env test -e missing.txt; echo "-e missing $?"
env test -s text.txt; echo "-s $?"
env test -s new.txt; echo "-s empty $?"
env test -z ""; echo "-z $?"
env test -n ""; echo "-n $?"
env test abc = abc; echo "= $?"
env test abc != abc; echo "!= $?"
env test 3 -lt 12; echo "-lt $?"
env test 12 -le 3; echo "-le $?"
env test -5 -gt -7; echo "-gt $?"
env test 4 -eq 04; echo "-eq $?"
env test ! -d text.txt; echo "! $?"
env test -f text.txt -a -d d; echo "-a $?"
env test -f missing.txt -o -d d; echo "-o $?"
env test; echo "no arguments $?"
env test -n; echo "-n alone $?"
env test 1 -lt x 2>/dev/null; echo "not a number $?"
env [ 1 -lt 2 ]; echo "[ $?"
env [ a = b ]; echo "[ false $?"
env [ 1 -lt 2 2>/dev/null; echo "[ without ] $?"

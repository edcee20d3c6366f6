# cp, mv, rm, mkdir, touch: what they leave behind.
mkdir dir
mkdir -p deep/er/est
mkdir -p deep/er
mkdir dir 2>/dev/null; echo "exists $?"
mkdir missing/child 2>/dev/null; echo "no parent $?"
find . | sort
echo content > file.txt
cp file.txt copy.txt; cat copy.txt
cp file.txt dir; cat dir/file.txt
cp file.txt copy.txt dir/; ls dir
cp dir other 2>/dev/null; echo "dir without -r $?"
cp -r dir tree; find tree | sort
cp -r deep deepcopy; find deepcopy | sort
cp missing.txt x 2>/dev/null; echo "missing source $?"
cp file.txt 2>/dev/null; echo "cp one operand $?"
mv 2>/dev/null; echo "mv no operand $?"
cp file.txt file.txt dir/file.txt 2>/dev/null; echo "cp target not a directory $?"
mv file.txt file.txt dir/file.txt 2>/dev/null; echo "mv target not a directory $?"
cp -r deep/ dir//; find dir | sort
mkdir moving; mv moving/ dir/; ls dir
mv copy.txt moved.txt; ls
mv moved.txt dir; ls dir
mv missing.txt y 2>/dev/null; echo "missing mv $?"
mv dir renamed; ls
rm file.txt; ls
rm missing.txt 2>/dev/null; echo "missing rm $?"
rm -f missing.txt; echo "rm -f $?"
rm renamed 2>/dev/null; echo "dir without -r $?"
rm -r renamed tree; ls
rm -rf deep deepcopy; ls
touch new.txt; test -f new.txt && echo "touch created"
touch -c absent.txt; test -e absent.txt || echo "touch -c did not create"
touch -t 200102030405.06 stamped.txt; ls -ln stamped.txt
touch -t 9912312359 old.txt; ls -ln old.txt
printf 'abc' > sized.txt; touch -t 202001010000 sized.txt; ls -ln sized.txt

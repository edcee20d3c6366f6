# Running script files with arguments, and -c with a name and arguments.
printf '%s\n' 'echo "name=$0 count=$# first=$1 second=$2"' 'printf "[%s]\n" "$@"' 'exit 3' > child.sh
"$TEST_SHELL" child.sh one "two words" three
echo "script status $?"
"$TEST_SHELL" child.sh
echo "no arguments status $?"
"$TEST_SHELL" -c 'echo "c: $0 $1 $#"' myname arg1 arg2
"$TEST_SHELL" -c 'exit 5'; echo "-c status $?"
printf 'echo from stdin\necho "$#"\n' | "$TEST_SHELL"
echo 'echo piped; cat' > reader.sh
printf 'line for cat\n' | "$TEST_SHELL" reader.sh
printf 'echo a\necho b |\n' > broken.sh
"$TEST_SHELL" broken.sh 2>/dev/null; echo "broken script $?"

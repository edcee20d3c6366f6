# echo (the program, reached through env): -n, -e, -E, option-looking words.
env echo hello world
env echo
env echo -n no newline; env echo
env echo -e 'tab\there\nnew line \\ backslash \x41\0101 \e' | od -c
env echo -E 'no\tescapes'
env echo 'no\tescapes by default'
env echo -e 'stop\chere'
env echo -ne 'combined\n'
env echo -x not-an-option
env echo -- dashes
env echo -n
env echo "-n"x

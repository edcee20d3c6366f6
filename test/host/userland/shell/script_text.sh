# Comments, blank lines, continuation lines, long scripts.

   # an indented comment
echo one \
  two \
  three
echo "a # not a comment"

printf '%s\n' \
  first \
  second
i=0
i=1; i=2; i=3
echo "i=$i"

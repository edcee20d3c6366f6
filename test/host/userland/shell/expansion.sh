# Parameters, positional parameters, field splitting and special parameters.
a="one two   three"
printf '<%s>\n' $a
printf '<%s>\n' "$a"
empty=
printf '<%s>\n' $empty "$empty" x
set -- p1 "p 2" "" p4
echo "count $#"
printf '(%s)\n' "$@"
printf '(%s)\n' $@
printf '(%s)\n' "$*"
printf '(%s)\n' $*
echo "$1 and ${2} and $4"
echo "unset: [$5] [$nonexistent]"
set --
printf '(%s)\n' "$@" "after"
IFS=:
path=a:b::c
printf '{%s}\n' $path
IFS=' 	
'
HOME=/home/koito
echo ~ ~/sub "~" x~
echo $0 | sed 's,.*/,,'
n=5; echo "$n$n" "${n}0"
echo $ "$" a$

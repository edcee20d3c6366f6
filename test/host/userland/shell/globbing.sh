# Pathname expansion: *, ?, [...], hidden files, quoting and no match.
touch apple.txt banana.txt cherry.md .hidden.txt
mkdir -p dir/sub; touch dir/one.c dir/two.c dir/sub/three.c
echo *.txt
echo *
echo .*.txt
echo ?????.txt
echo [ab]*
echo [!ab]*
echo [[:lower:]]herry.*
echo dir/*.c
echo */*.c
echo */*/*.c
echo nomatch*
echo "*.txt" '*.txt' \*.txt
pattern='*.md'; echo $pattern "$pattern"
echo [z-a]* 2>/dev/null
echo dir/

# Single quotes, double quotes, backslashes and their interplay with $.
x=value
echo 'single $x "double" \n'
echo "double $x 'single' \$x \\ \" \q"
echo back\ slash \$x \' \"
echo "a"'b'c"$x"'$x'
echo ''"" | od -c | head -1
printf '[%s]\n' "" '' "a  b"
echo "line1
line2"
echo 'it'\''s'
echo \#notacomment #comment
echo "tab	inside"
echo "${x}suffix" "$x"suffix
echo "\$\`\"\\"

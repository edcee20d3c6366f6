# A quote left open at the end of the script is a syntax error (status 2).
echo before
echo 'never closed
echo never

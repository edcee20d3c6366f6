# A syntax error ends a script with status 2, after the commands before it ran.
echo before
echo ok; echo also ok
echo bad | | cat
echo never

# exit with a status ends the script there.
echo before
sh -c 'exit 3'
echo "status $?"
exit 42
echo never

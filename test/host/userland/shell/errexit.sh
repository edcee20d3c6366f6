# set -e ends the script at the first failure nothing tested.
set -e
echo start
false || echo "tested failure does not end"
false && echo never
echo middle
sh -c 'exit 4'
echo never reached

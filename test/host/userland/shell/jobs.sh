# Background jobs with &, $! and wait.
sleep 0.2 &
pid=$!
test -n "$pid" && echo "got a pid"
wait $pid; echo "wait status $?"
sh -c 'exit 5' &
wait $!; echo "background status $?"
echo one > bg1.txt &
echo two > bg2.txt &
wait
cat bg1.txt bg2.txt
sh -c 'sleep 0.1; echo late' & echo early; wait
echo finished

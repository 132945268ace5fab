# Runs examples/node's multicast receiver and sender against each other
# inside the fresh network namespace the test starts this script in:
#
#   sh multicast-pair.sh ENGINE EXAMPLES_DIR OUTPUT_DIR
#
# It makes loopback multicast-capable and routes 224.0.0.0/4 through it
# (from 127.0.0.1), starts the receiver for 3 messages, waits until it has
# joined the group (its first line), sends 3 messages, and prints the
# receiver's output and then the sender's, so the interleaving of the two
# processes never shows.
# Exit status 125 means the namespace setup failed.
set -e
engine=$1 examples=$2 out=$3
{ ip link set lo up multicast on && ip route add 224.0.0.0/4 dev lo src 127.0.0.1; } || exit 125
"$engine" "$examples/multicast-receiver.js" --count 3 >"$out/receiver" &
receiver=$!
while [ ! -s "$out/receiver" ]; do
  kill -0 "$receiver" 2>/dev/null || break
  sleep 0.05
done
"$engine" "$examples/multicast-sender.js" --count 3 >"$out/sender"
wait "$receiver"
cat "$out/receiver" "$out/sender"

#!/usr/bin/env bash
# Runs one compat script under node and under nodeshim and shows the
# differences: compat-tests/run.sh compat-tests/node/events-once.js
set -u
script=$(realpath "$1")
top=$(cd "$(dirname "$0")/.." && pwd)
bin=$(mktemp -d)/nodeshim
(cd "$top" && go build -o "$bin" ./cmd/nodeshim) || exit 1
cd "$(dirname "$script")"
diff -u --label node <(node "$script" 2>&1; echo "exit status $?") \
        --label nodeshim <("$bin" "$script" 2>&1; echo "exit status $?") && echo "same output"

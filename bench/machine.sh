#!/usr/bin/env sh
# The machine block of bench/RESULTS.md: paste its output under a table when the figures are re-measured.
echo '```'
echo "\$ nproc"; nproc
echo "\$ free -h"; free -h
echo "\$ node --version"; node --version
echo "\$ lscpu | head"; lscpu | head
echo '```'

#!/usr/bin/env bash
# The terminal test drives the real TUI inside tmux; install it when the machine lacks it.
command -v tmux >/dev/null 2>&1 && exit 0
echo "tmux missing: installing it with apt-get" >&2
{ apt-get update -qq && apt-get install -y -qq tmux; } >/dev/null 2>&1
command -v tmux >/dev/null 2>&1 || { echo "could not install tmux (no apt-get, no root or no network)" >&2; exit 1; }

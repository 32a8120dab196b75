#!/usr/bin/env bash
# The terminal test drives the real TUI inside tmux; install it when the machine lacks it.
command -v tmux >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq tmux; } >/dev/null 2>&1
command -v tmux >/dev/null 2>&1

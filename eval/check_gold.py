#!/usr/bin/env python3
"""Validate the gold file (gold.jsonl) against the raw documents.

Checks, for every line of gold.jsonl:
  * the line parses as a JSON object with keys doc, year_hint, events;
  * the document raw/<doc> exists and is valid UTF-8;
  * year_hint is null or an int in a plausible range;
  * every event has the required keys with the right types;
  * anchor occurs EXACTLY ONCE in the raw document (and is non-empty);
  * start / end are valid ISO dates (YYYY-MM-DD), end is null or >= start;
  * kind is one of the allowed kinds;
  * people / places are lists of non-empty strings without duplicates.
Also checks that every raw/NNN.txt has exactly one gold line and vice versa.

Soft warnings (not failures): anchor length outside 6-20 characters, a
document with no events, an event whose start year differs from year_hint
while year_known is true.

Usage: python3 eval/check_gold.py SET_DIR [--only PREFIX] [--quiet]
SET_DIR holds raw/ and one or more gold*.jsonl files (several annotators each keep their own gold file).
--only PREFIX checks only documents whose names start with PREFIX (an annotator's own files).
Exit status 0 when all hard checks pass, 1 otherwise.
"""
import datetime
import json
import os
import re
import sys

import glob
ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
HERE = os.path.abspath(ARGS[0]) if ARGS else os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
ONLY = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else ""
RAW = os.path.join(HERE, "raw")
GOLDS = sorted(glob.glob(os.path.join(HERE, "gold*.jsonl")))
DOC_NAME = r"[a-z0-9]+-\d{3}\.txt"
KINDS = {"meeting", "inspection", "reception", "conference_call", "activity", "other"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
GB18030_DOCS = {"noisy-014.txt", "noisy-015.txt"}  # GBK re-encodings of noisy-004 and noisy-005
EVENT_KEYS = {"id", "anchor", "start", "end", "year_known", "people", "places", "kind"}


def parse_date(s):
    if not isinstance(s, str) or not ISO.match(s):
        raise ValueError(f"not YYYY-MM-DD: {s!r}")
    return datetime.date.fromisoformat(s)


def main():
    quiet = "--quiet" in sys.argv
    errors, warnings = [], []
    seen_docs = set()
    n_events = n_people = 0

    lines = []
    for gold in GOLDS:
        with open(gold, encoding="utf-8") as f:
            lines += [(os.path.basename(gold), n, l) for n, l in enumerate(f.read().splitlines(), 1)]

    for gname, lineno, line in lines:
        where = f"{gname}:{lineno}"
        if not line.strip():
            errors.append(f"{where}: blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: JSON error: {e}")
            continue
        if not isinstance(obj, dict) or set(obj) != {"doc", "year_hint", "events"}:
            errors.append(f"{where}: expected keys doc/year_hint/events, got {sorted(obj) if isinstance(obj, dict) else type(obj)}")
            continue
        doc = obj["doc"]
        where = f"{where} ({doc})"
        if not isinstance(doc, str) or not re.fullmatch(DOC_NAME, doc):
            errors.append(f"{where}: bad doc name")
            continue
        if not doc.startswith(ONLY):
            continue
        if doc in seen_docs:
            errors.append(f"{where}: duplicate gold line for document")
        seen_docs.add(doc)
        path = os.path.join(RAW, doc)
        if not os.path.isfile(path):
            errors.append(f"{where}: raw file missing")
            continue
        try:
            with open(path, encoding="utf-8") as rf:
                text = rf.read()
        except UnicodeDecodeError as e:
            # Documents listed in GB18030_DOCS are deliberate
            # GBK/GB18030 re-encodings of a UTF-8 twin (see SOURCES.md).
            if doc in GB18030_DOCS:
                with open(path, "rb") as rf:
                    text = rf.read().decode("gb18030")
            else:
                errors.append(f"{where}: raw file not UTF-8: {e}")
                continue

        yh = obj["year_hint"]
        if yh is not None and not (isinstance(yh, int) and not isinstance(yh, bool) and 1990 <= yh <= 2030):
            errors.append(f"{where}: bad year_hint {yh!r}")

        events = obj["events"]
        if not isinstance(events, list):
            errors.append(f"{where}: events is not a list")
            continue
        if not events:
            warnings.append(f"{where}: no events")

        for i, ev in enumerate(events):
            ew = f"{where} event[{i}]"
            if not isinstance(ev, dict) or set(ev) != EVENT_KEYS:
                errors.append(f"{ew}: expected keys {sorted(EVENT_KEYS)}, got {sorted(ev) if isinstance(ev, dict) else type(ev)}")
                continue
            n_events += 1
            a = ev["anchor"]
            if not isinstance(a, str) or not a:
                errors.append(f"{ew}: empty/non-string anchor")
            else:
                c = text.count(a)
                if c != 1:
                    errors.append(f"{ew}: anchor {a!r} occurs {c} times (must be exactly 1)")
                if not 6 <= len(a) <= 20:
                    warnings.append(f"{ew}: anchor length {len(a)} outside 6-20: {a!r}")
            try:
                s = parse_date(ev["start"])
                if ev["end"] is not None:
                    e = parse_date(ev["end"])
                    if e < s:
                        errors.append(f"{ew}: end {ev['end']} before start {ev['start']}")
                    if e == s:
                        warnings.append(f"{ew}: end equals start (use null)")
                if ev["year_known"] is True and yh is not None and s.year != yh:
                    warnings.append(f"{ew}: start year {s.year} != year_hint {yh}")
            except ValueError as e:
                errors.append(f"{ew}: {e}")
            if not isinstance(ev["year_known"], bool):
                errors.append(f"{ew}: year_known must be true/false")
            if ev["kind"] not in KINDS:
                errors.append(f"{ew}: bad kind {ev['kind']!r}")
            for key in ("people", "places"):
                v = ev[key]
                if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
                    errors.append(f"{ew}: {key} must be a list of non-empty strings")
                elif len(set(v)) != len(v):
                    errors.append(f"{ew}: duplicate entries in {key}")
            if isinstance(ev["people"], list):
                n_people += len(ev["people"])

    raw_docs = {n for n in os.listdir(RAW) if re.fullmatch(DOC_NAME, n) and n.startswith(ONLY)}
    for missing in sorted(raw_docs - seen_docs):
        errors.append(f"raw/{missing}: no gold line")

    if not quiet:
        for w in warnings:
            print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(seen_docs)} docs, {n_events} events, {n_people} people mentions; "
          f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

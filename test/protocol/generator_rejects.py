#!/usr/bin/env python3
"""The protocol generator refuses malformed definitions (ctest protocol.generator-rejects).

Each case edits a copy of koito/protocol/names.json and checks that check_protocol() raises a
DefinitionError whose message names the offending item. Standard library only.
"""
import copy
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("protocol_generate",
                                              ROOT / "koito/protocol/generate.py")
generate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(generate)
BASE = json.loads((ROOT / "koito/protocol/names.json").read_text(encoding="utf-8"))


def request(definition, name):
    return next(r for r in definition["requests"] if r["name"] == name)


def case(edit, expected):
    definition = copy.deepcopy(BASE)
    edit(definition)
    try:
        generate.check_protocol(definition, "names.json")
    except generate.DefinitionError as error:
        if expected in str(error):
            return True
        print(f"FAIL: expected '{expected}' in: {error}")
        return False
    print(f"FAIL: accepted a definition that should fail with '{expected}'")
    return False


CASES = [
    (lambda d: d.update(number=0), "names.json.number"),
    (lambda d: d["requests"].append(dict(request(d, "lookup"), name="again")),
     "numbered 1, 2"),
    (lambda d: request(d, "lookup").update(name="register"), "C keyword"),
    (lambda d: request(d, "lookup")["errors"].reverse() or request(d, "lookup")["errors"],
     "in the order"),
    (lambda d: request(d, "lookup")["errors"].append("no_such_error"), "no_such_error"),
    (lambda d: request(d, "lookup")["rights"].append("fly"), "no right is named 'fly'"),
    (lambda d: request(d, "lookup")["arguments"][0].pop("max"), 'needs "max"'),
    (lambda d: request(d, "lookup")["arguments"][0].update(max="no_constant"), "no_constant"),
    (lambda d: request(d, "lookup")["arguments"][0].update(max=100000), ".max"),
    (lambda d: request(d, "lookup")["arguments"].append(
        {"name": "after", "type": "word", "doc": "x"}), "must be the last"),
    (lambda d: request(d, "lookup")["arguments"].append(
        {"name": "window", "type": "lease", "doc": "x"}), "leases are reserved"),
    (lambda d: request(d, "lookup")["results"].append(
        {"name": "second", "type": "capability", "doc": "x"}), "at most one"),
    (lambda d: request(d, "lookup")["results"].append(
        {"name": "name", "type": "word", "doc": "x"}), "share a name"),
    (lambda d: request(d, "lookup")["results"].append(
        {"name": "name_length", "type": "word", "doc": "x"}), "share a name"),
    (lambda d: request(d, "derive")["arguments"][0].update(name="kernel"), "a name the stubs use"),
    (lambda d: d["errors"].append({"name": "no_right", "doc": "x"}), "common error"),
    (lambda d: d["rights"].append({"name": "both", "value": 3, "doc": "x"}), "one bit"),
    (lambda d: d["errors"].append({"name": "mapped", "errno": "EIO", "doc": "x"}),
     "either every error names its errno"),
    (lambda d: d["errors"].append({"name": "redirect", "client": "x", "doc": "x"}),
     "says what the client does"),
    (lambda d: d.update(colour="blue"), 'unknown key "colour"'),
    (lambda d: d["outputs"].pop("client"), 'lacks "client"'),
]

passed = sum(case(edit, expected) for edit, expected in CASES)
failed = len(CASES) - passed
# The unmodified definition is accepted.
try:
    generate.check_protocol(copy.deepcopy(BASE), "names.json")
    passed += 1
except generate.DefinitionError as error:
    print(f"FAIL: the committed definition is refused: {error}")
    failed += 1
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)

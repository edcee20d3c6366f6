#!/usr/bin/env python3
"""Derive the client stubs, server dispatch and error names of KOITO's server protocols.

    python3 koito/protocol/generate.py          rewrite every generated file that changed
    python3 koito/protocol/generate.py --check  write nothing; name every stale file and exit 1

Every koito/protocol/*.json and ulmm/protocol/*.json defines one protocol; the kernel API's
generator (a9n/api/generate.py) is the model, and its C layout helpers and its writer are reused
here: the writer passes the C through clang-format 14, so generated code meets the style check
(style.clang-format). The generated files are committed; ctest's protocol.generated-up-to-date
runs --check. The manual reads the same JSON files (docs/lib/protocol.typ). Python 3 standard
library and clang-format-14 only.

Format of a protocol definition. Names are lower-case C identifiers (and no C keywords: they
become struct members); C constants are their upper-case forms. Every item has a one-line
"doc".
  name, number, doc  the protocol; number (1..65535) goes into every request label
  outputs            {client, server_header, server_source}: paths of the generated files,
                     relative to the repository root; the two headers must lie below an
                     include/ folder and are included by their path below it
                     (<koito/protocol/names.h>)
  own_loop?          why the server runs a loop of its own around koito_<p>_dispatch(); without
                     it the generated koito_<p>_serve() runs <koito/server.h>'s loop with the
                     dispatch compiled in
  constants[]?       {name, value, doc}: emitted as KOITO_<PROTOCOL>_<NAME>; a "max" below
                     may name one instead of giving a number
  rights[]?          {name, value, doc}: bits of the badge of the client's capability (one bit
                     each, within the low 32); a request that needs a right the badge lacks is
                     answered no_right by the generated dispatch
  errors[]           {name, doc, errno?, client?}: the protocol's own errors, numbered from 272
                     in order; when one names a C errno value (errno: "ENOENT") all must, and the
                     client header also gets koito_<p>_errno() and koito_<p>_error_from_errno(),
                     the two directions of that mapping (the POSIX server's protocol); the one
                     exception is an answer the client library acts on itself instead of
                     reporting it, which says so in "client" (what the client does) and has no
                     errno (koito_<p>_errno() gives EIO for it)
  requests[]         {name, number, doc, rights[]?, arguments[], results[], errors[]}:
                     numbered 1, 2, ... without gaps; label = protocol number << 16 | number
    arguments[], results[]  {name, type, doc, max?}; type is
                     word        one message word (uint64_t)
                     bytes       a length word, then the bytes packed little-endian into
                                 ceil(length / 8) words; needs "max" (bytes); at most one per
                                 list, and it must be the last word-carrying item
                     capability  travels with the message through the kernel (at most one
                                 per list; in a request the client's capability needs GRANT,
                                 in a reply the server's port capability does)
                     lease       a borrowed window of shared memory: reserved for bulk data
                                 once ULMM shares memory; the generator refuses it today
    errors[]         the request's own errors, in the order of "errors"
Common errors, the same numbers in every protocol (256..271): unknown_request,
malformed_request, no_right, not_supported, malformed_reply. Values 1..255 returned by a client
stub are the kernel's enum a9n_error of the IPC call itself (the server was not reached).

A request message: word 0 the label, then the arguments in order. A reply: word 0 the error
(0 for success); on success the results follow in order. The generated dispatch checks the
label, the rights, the exact length, every bytes length against its max and the presence or
absence of a capability before any handler runs; the client stubs check replies the same way.
The dispatch is always-inline in the server header (koito_<p>_dispatch_inline), and
koito_<p>_serve() compiles it into <koito/server.h>'s loop with the server's handler table as a
constant; koito_<p>_dispatch() is the same dispatch out of line, for koito_server_run().
A stub sends a request that carries no capability and fits the message registers (its fixed
words always; with bytes, when the stub finds they fit) from a struct a9n_message straight into
the registers (koito_protocol_call_registers()), and any other through the IPC buffer
(koito_protocol_call()). A reply on the register path that may be longer than the registers
(bytes, or stat's 15 words) is read through koito_protocol_reply(), which completes it in the
IPC buffer where the kernel put the words past the registers.
"""
import argparse
import importlib.util
import json
import keyword
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROTOCOL_DIR = "koito/protocol"
# Protocols defined elsewhere: ULMM keeps its own next to its server.
PROTOCOL_DIRS = (PROTOCOL_DIR, "ulmm/protocol")
A9N_DEFINITION = "a9n/api/a9n_api.json"
ERROR_NAMES_SOURCE = "koito/lib/generated/a9n_error_name.c"

# The kernel API generator's layout helpers (comment, packed, function, enum, macros, blocks,
# check_keys, check_unique): one implementation of the repository's generated-C style.
_spec = importlib.util.spec_from_file_location("a9n_generate", ROOT / "a9n/api/generate.py")
a9n = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(a9n)
comment, packed, function, blocks, enum, macros = (a9n.comment, a9n.packed, a9n.function,
                                                   a9n.blocks, a9n.enum, a9n.macros)
DefinitionError, fail, check_keys, check_unique = (a9n.DefinitionError, a9n.fail,
                                                   a9n.check_keys, a9n.check_unique)
INDENT, COLUMNS = a9n.INDENT, a9n.COLUMNS

COMMON_ERRORS = [
    ("unknown_request", "The label names no request of this protocol."),
    ("malformed_request", "The request's length, a length inside it or its capability is not "
                          "what the protocol defines."),
    ("no_right", "The badge of the client's capability lacks a right the request needs."),
    ("not_supported", "This server (or this port of it) does not serve the request."),
    ("malformed_reply", "The reply's length, a length inside it or its capability is not what "
                        "the protocol defines."),
]
COMMON_ERROR_FIRST = 256
PROTOCOL_ERROR_FIRST = 272
C_KEYWORDS = {"auto", "break", "case", "char", "const", "continue", "default", "do", "double",
              "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long",
              "register", "restrict", "return", "short", "signed", "sizeof", "static", "struct",
              "switch", "typedef", "union", "unsigned", "void", "volatile", "while", "bool",
              "server", "badge", "service", "message", "words", "reply", "error", "length",
              "exchange", "kernel", "h"}
TYPES = ("word", "bytes", "capability", "lease")
MAX_WORDS = 510  # A9N_IPC_MAX_LENGTH
MESSAGE_REGISTERS = 8  # A9N_MESSAGE_REGISTERS


# ---------------------------------------------------------------------------------------------
# Checking a definition: everything the renderers rely on, with the path of the offending item.


def max_bytes(protocol, item):
    """The number a bytes item's "max" stands for (checked before use)."""
    constants = {c["name"]: c["value"] for c in protocol.get("constants", [])}
    return constants[item["max"]] if isinstance(item["max"], str) else item["max"]


def check_parameters(protocol, items, where):
    constants = {c["name"]: c["value"] for c in protocol.get("constants", [])}
    for i, item in enumerate(items):
        at = f"{where}[{i}]"
        check_keys(item, at, {"name": str, "type": str, "doc": str}, {"max": object})
        if "max" in item and not isinstance(item["max"], (int, str)):
            fail(f"{at}.max", "must be a number or the name of a constant")
        if item["name"] in C_KEYWORDS:
            fail(f"{at}.name", f'"{item["name"]}" is a C keyword or a name the stubs use')
        if item["type"] not in TYPES:
            fail(f"{at}.type", f'must be one of {", ".join(TYPES)}')
        if item["type"] == "lease":
            fail(f"{at}.type", "leases are reserved until ULMM shares memory")
        if item["type"] == "bytes":
            if "max" not in item:
                fail(at, 'a bytes item needs "max"')
            limit = item["max"]
            if isinstance(limit, str):
                if limit not in constants:
                    fail(f"{at}.max", f"no constant is named {limit!r}")
                limit = constants[limit]
            if isinstance(limit, bool) or not 1 <= limit <= 8 * (MAX_WORDS - 3):
                fail(f"{at}.max", "must be 1 .. the bytes a message holds")
        elif "max" in item:
            fail(f"{at}.max", "only bytes items have a max")
    kinds = [item["type"] for item in items]
    if kinds.count("bytes") > 1 or kinds.count("capability") > 1:
        fail(where, "at most one bytes item and one capability per message")
    carried = [k for k in kinds if k != "capability"]
    if "bytes" in carried and carried[-1] != "bytes":
        fail(where, "the bytes item must be the last word-carrying item")
    words = 1 + sum(1 if k == "word" else 0 for k in kinds)
    words += sum(1 + (max_bytes(protocol, item) + 7) // 8 for item in items
                 if item["type"] == "bytes")
    if words > MAX_WORDS:
        fail(where, f"the longest message would be {words} words, more than {MAX_WORDS}")
    check_unique(items, "name", where)


def check_protocol(protocol, where):
    check_keys(protocol, where, {"name": str, "number": int, "doc": str, "outputs": dict,
                                 "errors": list, "requests": list},
               {"constants": list, "rights": list, "own_loop": str})
    if not 1 <= protocol["number"] <= 0xffff:
        fail(f"{where}.number", "must be 1..65535")
    check_keys(protocol["outputs"], f"{where}.outputs",
               {"client": str, "server_header": str, "server_source": str})
    for i, constant in enumerate(protocol.get("constants", [])):
        check_keys(constant, f"{where}.constants[{i}]", {"name": str, "value": int, "doc": str})
        if constant["value"] < 0:
            fail(f"{where}.constants[{i}].value", "must not be negative")
    check_unique(protocol.get("constants", []), "name", f"{where}.constants")
    for i, right in enumerate(protocol.get("rights", [])):
        check_keys(right, f"{where}.rights[{i}]", {"name": str, "value": int, "doc": str})
        value = right["value"]
        if value <= 0 or value & (value - 1) or value >= 1 << 32:
            fail(f"{where}.rights[{i}].value", "must be one bit within the low 32")
    check_unique(protocol.get("rights", []), "name", f"{where}.rights")
    check_unique(protocol.get("rights", []), "value", f"{where}.rights")
    rights = {r["name"] for r in protocol.get("rights", [])}
    for i, error in enumerate(protocol["errors"]):
        check_keys(error, f"{where}.errors[{i}]", {"name": str, "doc": str},
                   {"errno": str, "client": str})
        if "client" in error and ("errno" in error or not uses_errno(protocol)):
            fail(f"{where}.errors[{i}].client", "only an error of a protocol of errno values "
                 "without an errno of its own says what the client does")
        if "client" not in error and ("errno" in error) != uses_errno(protocol):
            fail(f"{where}.errors[{i}]", "either every error names its errno or none does")
        if "errno" in error and not re.fullmatch(r"E[A-Z0-9]+", error["errno"]):
            fail(f"{where}.errors[{i}].errno", "must be the name of an errno value (E...)")
        if error["name"] in {name for name, _ in COMMON_ERRORS} | {"ok"}:
            fail(f"{where}.errors[{i}].name", "is a common error of every protocol")
    check_unique(protocol["errors"], "name", f"{where}.errors")
    order = [e["name"] for e in protocol["errors"]]
    for i, request in enumerate(protocol["requests"]):
        at = f"{where}.requests[{i}]"
        check_keys(request, at, {"name": str, "number": int, "doc": str, "arguments": list,
                                 "results": list, "errors": list}, {"rights": list})
        if request["name"] in C_KEYWORDS:
            fail(f"{at}.name", f'"{request["name"]}" is a C keyword (it names a struct member)')
        for right in request.get("rights", []):
            if right not in rights:
                fail(f"{at}.rights", f"no right is named {right!r}")
        check_parameters(protocol, request["arguments"], f"{at}.arguments")
        check_parameters(protocol, request["results"], f"{at}.results")
        names = [p["name"] for p in request["arguments"] + request["results"]]
        # A bytes item also names its length, capacity and count in the generated code.
        names += [f'{p["name"]}_{suffix}' for p in request["arguments"] + request["results"]
                  if p["type"] == "bytes" for suffix in ("length", "capacity", "count")]
        if len(set(names)) != len(names):
            fail(at, "two stub parameters or locals would share a name (a bytes item x also "
                 "names x_length, x_capacity and x_count)")
        for name in request["errors"]:
            if name not in order:
                fail(f"{at}.errors", f"no error of the protocol is named {name!r}")
        indexes = [order.index(name) for name in request["errors"]]
        if indexes != sorted(set(indexes)):
            fail(f"{at}.errors", "must list each error once, in the order of the protocol's")
    numbers = sorted(r["number"] for r in protocol["requests"])
    if numbers != list(range(1, len(numbers) + 1)):
        fail(f"{where}.requests", "must be numbered 1, 2, ... without gaps or repeats")
    check_unique(protocol["requests"], "name", f"{where}.requests")


# ---------------------------------------------------------------------------------------------
# C names and shared pieces.


def upper(*names):
    return "_".join(name.upper() for name in names)


def prefix(protocol):
    return f"koito_{protocol['name']}"


def macro(protocol, *names):
    return f"KOITO_{upper(protocol['name'], *names)}"


def error_name(protocol, name):
    return macro(protocol, "ok") if name == "ok" else macro(protocol, "error", name)


def error_type(protocol):
    return f"enum {prefix(protocol)}_error"


def label(protocol, request):
    return protocol["number"] << 16 | request["number"]


def by_number(items):
    return sorted(items, key=lambda item: item["number"])


def banner(protocol):
    return (f"Generated by koito/protocol/generate.py from {protocol['definition']}; "
            "do not edit.")


def include_name(protocol, kind):
    """How C code includes a generated header: its path below the include/ directory."""
    return protocol["outputs"][kind].split("/include/", 1)[1]


def limit(protocol, item):
    """The C expression of a bytes item's max: its constant's macro, or the number."""
    if "max" not in item:
        return ""
    if isinstance(item["max"], str):
        return macro(protocol, item["max"])
    return f"{item['max']}u"


def rights_mask(protocol, request):
    names = [r["name"] for r in protocol.get("rights", []) if r["name"] in request.get("rights", [])]
    return " | ".join(macro(protocol, "right", name) for name in names) or "0"


def fixed_words(items):
    """Words of a message before the bytes data: the label or error word, the word items and
    the bytes item's length word."""
    return 1 + sum(1 for item in items if item["type"] in ("word", "bytes"))


def bytes_item(items):
    return next((item for item in items if item["type"] == "bytes"), None)


def capability_item(items):
    return next((item for item in items if item["type"] == "capability"), None)


def word_items(items):
    return [item for item in items if item["type"] == "word"]


def all_errors(protocol, request):
    common = ["unknown_request", "malformed_request"]
    common += ["no_right"] if request.get("rights") else []
    common += ["not_supported", "malformed_reply"]
    return common + request["errors"]


def header(guard, paragraphs, includes, body):
    lines = comment(paragraphs)
    lines += [f"#ifndef {guard}", f"#define {guard}", ""]
    lines += [f"#include <{name}>" for name in includes] + [""]
    return lines + body + ["", "#endif"]


# ---------------------------------------------------------------------------------------------
# The client header: constants, rights, errors, labels, error names and the stubs.


def error_members(protocol):
    members = [("Success.", error_name(protocol, "ok"), 0)]
    members += [(doc, error_name(protocol, name), COMMON_ERROR_FIRST + i)
                for i, (name, doc) in enumerate(COMMON_ERRORS)]
    members += [(e["doc"], error_name(protocol, e["name"]), PROTOCOL_ERROR_FIRST + i)
                for i, e in enumerate(protocol["errors"])]
    return members


def error_name_function(protocol):
    body = ["switch (error) {"]
    for _, name, _ in error_members(protocol):
        body += [f"case {name}:", f'{INDENT}return "{name}";']
    body += ["default:", f"{INDENT}return koito_a9n_error_name((uint64_t)error);", "}"]
    return function(["The name of an error, for messages: the enum member's name, or the "
                     "kernel error's for values below 256 (\"unknown\" for others)."],
                    f"const char *{prefix(protocol)}_error_name",
                    [f"{error_type(protocol)} error"], body)


def uses_errno(protocol):
    return any("errno" in error for error in protocol["errors"])


def errno_functions(protocol):
    """The mapping between the protocol's errors and the C errno values they stand for."""
    to_errno = ["switch (error) {", "case " + error_name(protocol, "ok") + ":",
                f"{INDENT}return 0;"]
    errno_errors = [e for e in protocol["errors"] if "errno" in e]
    for e in errno_errors:
        to_errno += [f"case {error_name(protocol, e['name'])}:", f"{INDENT}return {e['errno']};"]
    to_errno += ["default:", f"{INDENT}return EIO;", "}"]
    from_errno = ["switch (value) {", "case 0:", f"{INDENT}return {error_name(protocol, 'ok')};"]
    for e in errno_errors:
        from_errno += [f"case {e['errno']}:", f"{INDENT}return {error_name(protocol, e['name'])};"]
    fallback = next(e for e in errno_errors if e["errno"] == "EIO")
    from_errno += ["default:", f"{INDENT}return {error_name(protocol, fallback['name'])};", "}"]
    return blocks(
        function(["The errno value an error stands for: 0 for success, EIO for the common errors "
                  "and the kernel's (the server was not reached or broke the protocol)."],
                 f"int {prefix(protocol)}_errno", [f"{error_type(protocol)} error"], to_errno),
        function(["The error that stands for an errno value (0: success); EIO for a value the "
                  "protocol does not name."],
                 f"{error_type(protocol)} {prefix(protocol)}_error_from_errno", ["int value"],
                 from_errno))


def stub_parameters(items, direction):
    parameters = []
    for item in items:
        name, kind = item["name"], item["type"]
        if direction == "in":
            parameters += {"word": [f"uint64_t {name}"],
                           "bytes": [f"const void *{name}", f"uint64_t {name}_length"],
                           "capability": [f"a9n_descriptor_t {name}"]}[kind]
        else:
            parameters += {"word": [f"uint64_t *{name}"],
                           "bytes": [f"void *{name}", f"uint64_t {name}_capacity",
                                     f"uint64_t *{name}_length"],
                           "capability": [f"a9n_descriptor_t {name}"]}[kind]
    return parameters


def stub_doc(protocol, request):
    lines = [request["doc"], f"Label {macro(protocol, request['name'])}"
             + (f"; the badge needs {rights_mask(protocol, request)}." if request.get("rights")
                else ".")]
    for item in request["arguments"]:
        extra = {"bytes": f" ({item['name']}_length bytes, at most {limit(protocol, item)})",
                 "capability": " (sent along: service needs A9N_RIGHT_GRANT)"}.get(item["type"], "")
        lines.append(f"  {item['name']}: {item['doc']}{extra}")
    for item in request["results"]:
        extra = {"word": "", "bytes": f" (into a buffer of {item['name']}_capacity bytes; "
                 f"*{item['name']}_length gets the count, at most {limit(protocol, item)})",
                 "capability": " (an empty slot of the caller, root-relative, for the received "
                 "capability)"}[item["type"]]
        target = item["name"] if item["type"] == "capability" else f"*{item['name']}"
        lines.append(f"  {target}: {item['doc']}{extra}")
    names = ", ".join(error_name(protocol, e) for e in all_errors(protocol, request))
    lines.append(f"Errors: {names}, and the kernel's errors of the call.")
    return lines


def client_encode(protocol, request, words, registers=False):
    """Lines that write a request's words into the array `words` (a C expression): the label,
    the word items, the bytes item's length and its packed bytes. For the message registers
    (registers=True) koito_protocol_pack_registers() packs them, keeping the message in
    registers."""
    arguments = request["arguments"]
    lines = [f"{words}[0] = {macro(protocol, request['name'])};"]
    index = 1
    for item in word_items(arguments):
        lines.append(f"{words}[{index}] = {item['name']};")
        index += 1
    data = bytes_item(arguments)
    if data:
        name = data["name"]
        lines.append(f"{words}[{index}] = {name}_length;")
        if registers:
            lines.append(f"koito_protocol_pack_registers(&message, {index + 1}, {name}, "
                         f"{name}_length);")
        else:
            lines.append(f"koito_protocol_pack({words} + {index + 1}, {name}, {name}_length);")
    return lines


def client_request_length(request):
    """The C expression of a request's length in words."""
    fixed = fixed_words(request["arguments"])
    data = bytes_item(request["arguments"])
    if data:
        return f"{fixed} + koito_protocol_data_words({data['name']}_length)"
    return str(fixed)


def client_registers(request):
    """Whether a request can travel in the message registers alone: it sends and receives no
    capability (those need the IPC buffer's transfer and receive words) and its fixed words fit
    (with bytes, the stub checks the whole length when it runs)."""
    return (not capability_item(request["arguments"]) and not capability_item(request["results"])
            and fixed_words(request["arguments"]) <= MESSAGE_REGISTERS)


def reply_fits_registers(request):
    """Whether every reply a request may get fits the message registers: none with bytes, and
    no fixed reply longer than the registers (stat's 15 words)."""
    return (not bytes_item(request["results"])
            and fixed_words(request["results"]) <= MESSAGE_REGISTERS)


def client_call_registers(protocol, request, indent=""):
    """The register path: the request is built in a struct a9n_message, which the kernel call
    takes straight into the message registers, and the reply is read where it lands: in the
    message, or, when it may be longer than the registers, completed in the IPC buffer."""
    reply = "message.words" if reply_fits_registers(request) else "koito_protocol_reply(&message)"
    length = "length" if bytes_item(request["arguments"]) else client_request_length(request)
    lines = [f"message.info = A9N_MESSAGE_INFO({length}, 0);"]
    lines += client_encode(protocol, request, "message.words", registers=True)
    lines += ["kernel = KOITO_PROTOCOL_CALL_REGISTERS(service, &message);", f"words = {reply};"]
    return [indent + line for line in lines]


def client_stub(protocol, request):
    arguments, results = request["arguments"], request["results"]
    error = error_type(protocol)
    malformed_request = error_name(protocol, "malformed_request")
    malformed_reply = error_name(protocol, "malformed_reply")
    body = []
    data = bytes_item(arguments)
    if data:
        body += [f"if ({data['name']}_length > {limit(protocol, data)})",
                 f"{INDENT}return {malformed_request};",
                 f"uint64_t length = {client_request_length(request)};"]
    length = "length" if data else client_request_length(request)
    send = capability_item(arguments)
    receive = capability_item(results)
    buffer_path = ["uint64_t *buffer = (uint64_t *)koito_ipc_buffer();"]
    buffer_path += client_encode(protocol, request, "buffer")
    buffer_path.append("struct koito_protocol_exchange exchange = "
                       f"koito_protocol_exchange({length});")
    if send:
        buffer_path.append(f"exchange.transfer = {send['name']};")
    if receive:
        buffer_path.append(f"exchange.receive = {receive['name']};")
    buffer_path += ["kernel = koito_protocol_call(service, buffer, &exchange);",
                    "message.info = A9N_MESSAGE_INFO(exchange.length, 0);",
                    "if (exchange.capability)", f"{INDENT}message.info |= A9N_MESSAGE_CAPABILITY;"]
    if client_registers(request) and data and reply_fits_registers(request):
        # Both paths read the reply from the message, so the register path's stays in registers.
        buffer_path += ["__builtin_memcpy(message.words, buffer, sizeof message.words);",
                        "words = message.words;"]
    else:
        buffer_path.append("words = buffer;")
    body += ["struct a9n_message message;", "const uint64_t *words;", "enum a9n_error kernel;"]
    if not client_registers(request):
        body += buffer_path
    elif not data:
        body += client_call_registers(protocol, request)
    else:
        body.append("if (length <= A9N_MESSAGE_REGISTERS) {")
        body += client_call_registers(protocol, request, INDENT)
        body.append("} else {")
        body += [INDENT + line for line in buffer_path]
        body.append("}")
    body += ["if (kernel != A9N_OK)", f"{INDENT}return ({error})kernel;",
             "uint64_t reply_length = A9N_MESSAGE_LENGTH(message.info);",
             "if (reply_length == 0)", f"{INDENT}return {malformed_reply};",
             f"if (words[0] != {error_name(protocol, 'ok')})", f"{INDENT}return ({error})words[0];"]
    out_data = bytes_item(results)
    fixed = fixed_words(results)
    capability = "(message.info & A9N_MESSAGE_CAPABILITY)"
    capability_check = f"!{capability}" if receive else capability
    if out_data:
        name = out_data["name"]
        body += [f"uint64_t {name}_count = reply_length > {fixed - 1} ? words[{fixed - 1}] : 0;"]
        body += _or_condition([f"reply_length < {fixed}",
                               f"{name}_count > {limit(protocol, out_data)}",
                               f"{name}_count > {name}_capacity",
                               f"reply_length != {fixed} + koito_protocol_data_words({name}_count)",
                               capability_check])
    else:
        body += _or_condition([f"reply_length != {fixed}", capability_check])
    body.append(f"{INDENT}return {malformed_reply};")
    index = 1
    for item in word_items(results):
        body += [f"if ({item['name']})", f"{INDENT}*{item['name']} = words[{index}];"]
        index += 1
    if out_data:
        name = out_data["name"]
        body += [f"koito_protocol_unpack({name}, words + {fixed}, {name}_count);",
                 f"if ({name}_length)", f"{INDENT}*{name}_length = {name}_count;"]
    body.append(f"return {error_name(protocol, 'ok')};")
    parameters = ["a9n_descriptor_t service"] + stub_parameters(arguments, "in")
    parameters += stub_parameters(results, "out")
    return inline_function(stub_doc(protocol, request), f"{error}",
                           f"{prefix(protocol)}_{request['name']}", parameters, body)


def inline_function(doc, result, name, parameters, body):
    """function() with clang-format's other layout: when the parameters do not fit after the
    name but do on a line of their own, the return type goes on its own line."""
    lines = function(doc, f"{result} {name}", parameters, body)
    alone = f"{name}(" + ", ".join(parameters) + ")"
    signature = [line for line in lines if line.startswith("static inline")]
    at = lines.index(signature[0])
    end = lines.index("{", at)
    if end - at > 2 and len(alone) <= COLUMNS:
        lines[at:end] = [f"static inline {result}", alone]
    return lines


def body_packed(opening, items, closing, depth=1):
    """packed() for a line of a function body, which function() indents by depth levels."""
    margin = INDENT * depth
    return [line[len(margin):] for line in packed(opening, items, closing, margin)]


def _or_condition(conditions, indent="", depth=1):
    """if (a || b || ...) laid out as clang-format breaks a long condition: after an operator,
    continued under the first condition."""
    lines = [indent + "if ("]
    for i, condition in enumerate(conditions):
        piece = condition + (")" if i == len(conditions) - 1 else " ||")
        if i == 0:
            lines[-1] += piece
        elif len(lines[-1]) + 1 + len(piece) <= COLUMNS - len(INDENT) * depth:
            lines[-1] += " " + piece
        else:
            lines.append(" " * len(indent + "if (") + piece)
    return lines


def client_header(protocol):
    parts = []
    constants = [(c["doc"], macro(protocol, c["name"]), f"{c['value']}u")
                 for c in protocol.get("constants", [])]
    constants.append(("The protocol's number, bits 31..16 of every label.",
                      macro(protocol, "protocol"), f"{protocol['number']}u"))
    parts.append(macros(constants))
    register_bytes = [
        (f"The most {bytes_item(r['arguments'])['name']} bytes the {r['name']} request carries "
         "in the message registers alone; more go through the IPC buffer.",
         macro(protocol, r["name"], "register_bytes"),
         f"{(MESSAGE_REGISTERS - fixed_words(r['arguments'])) * 8}u")
        for r in by_number(protocol["requests"])
        if client_registers(r) and bytes_item(r["arguments"])]
    if register_bytes:
        parts.append(macros(register_bytes))
    if protocol.get("rights"):
        parts.append(comment(["Rights: bits of the badge of a client's capability, set by "
                              "whoever mints it."]) + macros(
            [(r["doc"], macro(protocol, "right", r["name"]), f"UINT64_C({r['value']:#x})")
             for r in protocol["rights"]]))
    parts.append(enum(f"{prefix(protocol)}_error",
                      "What a request reports: 0 success; 1..255 the kernel's enum a9n_error of "
                      "the IPC call itself; 256.. the protocol's errors.", error_members(protocol)))
    parts.append(enum(f"{prefix(protocol)}_label",
                      "Request labels (message word 0): protocol number << 16 | request number.",
                      [(r["doc"], macro(protocol, r["name"]), f"{label(protocol, r):#x}")
                       for r in by_number(protocol["requests"])]))
    parts.append([f"_Static_assert({error_name(protocol, 'malformed_reply')} == "
                  "KOITO_PROTOCOL_ERROR_MALFORMED_REPLY,",
                  '               "the server loop answers refused replies with this error");'])
    parts.append(error_name_function(protocol))
    if uses_errno(protocol):
        parts.append(errno_functions(protocol))
    parts += [client_stub(protocol, r) for r in by_number(protocol["requests"])]
    return header(f"KOITO_PROTOCOL_{upper(protocol['name'])}_H", [
        f"The {protocol['name']} protocol, client side: {protocol['doc']}", "",
        "Layer: KOITO server protocol (libkoito, installed with the SDK). Each stub sends one "
        "request, in the message registers when it fits them and carries no capability "
        "(koito_protocol_call_registers()), else through the calling thread's IPC buffer "
        "(koito_protocol_call()), and checks the reply as the protocol defines it before it "
        "writes a result.", "", banner(protocol),
    ], sorted(["a9n/a9n.h", "koito/protocol.h", "stdint.h"]
              + (["errno.h"] if uses_errno(protocol) else [])), blocks(*parts))


# ---------------------------------------------------------------------------------------------
# The server header and the dispatch.


def handler_parameters(items, direction):
    parameters = []
    for item in items:
        name, kind = item["name"], item["type"]
        if direction == "in":
            parameters += {"word": [f"uint64_t {name}"],
                           "bytes": [f"const uint8_t *{name}", f"uint64_t {name}_length"],
                           "capability": [f"a9n_descriptor_t {name}"]}[kind]
        else:
            parameters += {"word": [f"uint64_t *{name}"],
                           "bytes": [f"uint8_t *{name}", f"uint64_t *{name}_length"],
                           "capability": [f"a9n_descriptor_t *{name}"]}[kind]
    return parameters


def server_header(protocol):
    members = []
    for request in by_number(protocol["requests"]):
        doc = [request["doc"]]
        for item in request["arguments"]:
            if item["type"] == "capability":
                doc.append(f"{item['name']}: the server's slot where it arrived; move it out to "
                           "keep it (the loop empties the slot after the handler)")
            elif item["type"] == "bytes":
                doc.append(f"{item['name']}: {item['name']}_length bytes (checked: at most "
                           f"{limit(protocol, item)}), valid until the handler returns")
        for item in request["results"]:
            if item["type"] == "capability":
                doc.append(f"*{item['name']}: set to the server's capability to send")
            elif item["type"] == "bytes":
                doc.append(f"{item['name']}: room for {limit(protocol, item)} bytes")
        members += comment([" ".join(doc)], INDENT)
        members += packed(f"{INDENT}{error_type(protocol)} (*{request['name']})(",
                          ["void *server", "uint64_t badge"]
                          + handler_parameters(request["arguments"], "in")
                          + handler_parameters(request["results"], "out"), ");")
    handlers = comment([
        "A server's handlers: each gets the server's context and the badge of the client's "
        "capability, and runs only after the generated dispatch checked the whole request; a "
        "null member answers not_supported. What a handler returns goes back as the reply's "
        "error; results are sent only with success."]) + [
        f"struct {prefix(protocol)}_handlers {{"] + members + ["};"]
    dispatch = comment([
        "Decode the request in message (label, rights, length, every bytes length, the "
        "capability), call the matching handler of handlers (a const struct "
        f"{prefix(protocol)}_handlers *) with server, and write the reply into message."]) + (
        packed(f"void {prefix(protocol)}_dispatch(", ["const void *handlers", "void *server",
                                                      "struct koito_server_message *message"],
               ");"))
    serve = []
    if "own_loop" not in protocol:
        parameters = ["const void *handlers", "void *server", "struct koito_server_message *message"]
        serve = comment([
            f"{prefix(protocol)}_dispatch() itself, always inlined: {prefix(protocol)}_serve() "
            "compiles it into the server's loop."]) + packed(
            f"KOITO_SERVER_INLINE void {prefix(protocol)}_dispatch_inline(", parameters, ")") + (
            dispatch_body(protocol)) + [""] + comment([
            "Serve requests as koito_server_run() does, with this protocol's dispatch compiled "
            "into the loop and handlers (the table given to the loop's init) a constant, so "
            "a request reaches its handler by a direct call, or inlined, without a call between "
            "receiving it and the handler; returns the error the kernel refused a receive with."
            ]) + packed(f"KOITO_SERVER_INLINE enum a9n_error {prefix(protocol)}_serve(",
                        ["struct koito_server *loop",
                         f"const struct {prefix(protocol)}_handlers *handlers"], ")") + [
            "{", *packed(f"{INDENT}return koito_server_serve(",
                         ["loop", f"{prefix(protocol)}_dispatch_inline", "handlers"], ");"),
            "}"]
    init = function([f"Serve the {protocol['name']} protocol on port with handlers and server "
                     "(see koito_server_init())."],
                    f"void {prefix(protocol)}_server_init",
                    ["struct koito_server *loop", "a9n_descriptor_t port", "uint64_t *ipc_buffer",
                     f"const struct {prefix(protocol)}_handlers *handlers", "void *server"],
                    body_packed("koito_server_init(", ["loop", "port", "ipc_buffer",
                                                   f"{prefix(protocol)}_dispatch", "handlers",
                                                   "server"], ");"))
    return header(f"KOITO_PROTOCOL_{upper(protocol['name'])}_SERVER_H", [
        f"The {protocol['name']} protocol, server side: the handler table a server fills in "
        "and the generated dispatch that checks each request before a handler runs.", "",
        "Layer: KOITO server protocol (libkoito's server loop, <koito/server.h>).", "",
        banner(protocol),
    ], ["a9n/a9n.h", include_name(protocol, "client"), "koito/server.h", "stdint.h"],
        blocks(*(part for part in (handlers, dispatch, serve, init) if part)))


def dispatch_case(protocol, request):
    name = request["name"]
    arguments, results = request["arguments"], request["results"]
    malformed = error_name(protocol, "malformed_request")
    lines = [f"case {macro(protocol, name)}: {{"]
    body = [f"if (!h->{name}) {{", f"{INDENT}error = {error_name(protocol, 'not_supported')};",
            f"{INDENT}break;", "}"]
    if request.get("rights"):
        mask = rights_mask(protocol, request)
        body += [f"if ((message->badge & ({mask})) != ({mask})) {{",
                 f"{INDENT}error = {error_name(protocol, 'no_right')};", f"{INDENT}break;", "}"]
    fixed = fixed_words(arguments)
    data = bytes_item(arguments)
    capability = capability_item(arguments)
    conditions = []
    if data:
        conditions += [f"message->length < {fixed}", f"words[{fixed - 1}] > {limit(protocol, data)}",
                       f"message->length != {fixed} + koito_protocol_data_words(words[{fixed - 1}])"]
    else:
        conditions.append(f"message->length != {fixed}")
    conditions.append("!message->capability" if capability else "message->capability")
    test = _or_condition(conditions, depth=2)
    body += test[:-1] + [test[-1] + " {"]
    body += [f"{INDENT}error = {malformed};", f"{INDENT}break;", "}"]
    values = ["server", "message->badge"]
    index = 1
    for item in arguments:
        if item["type"] == "word":
            values.append(f"words[{index}]")
            index += 1
        elif item["type"] == "bytes":
            values += [f"(const uint8_t *)(words + {fixed})", f"words[{fixed - 1}]"]
        else:
            values.append("message->received")
    for item in results:
        if item["type"] == "word":
            body.append(f"uint64_t {item['name']} = 0;")
            values.append(f"&{item['name']}")
        elif item["type"] == "bytes":
            body += [f"uint8_t {item['name']}[{limit(protocol, item)}];",
                     f"uint64_t {item['name']}_length = 0;"]
            values += [item["name"], f"&{item['name']}_length"]
        else:
            body.append(f"a9n_descriptor_t {item['name']} = A9N_DESCRIPTOR_INVALID;")
            values.append(f"&{item['name']}")
    body += body_packed(f"error = h->{name}(", values, ");", 2)
    out_data = bytes_item(results)
    out_capability = capability_item(results)
    encode = []
    index = 1
    for item in word_items(results):
        encode.append(f"words[{index}] = {item['name']};")
        index += 1
    length = str(index)
    if out_data:
        item = out_data["name"]
        encode += [f"words[{index}] = {item}_length;",
                   f"koito_protocol_pack(words + {index + 1}, {item}, {item}_length);"]
        length = f"{index + 1} + koito_protocol_data_words({item}_length)"
    encode.append(f"message->length = {length};")
    if out_capability:
        encode.append(f"message->reply_capability = {out_capability['name']};")
    checks = []
    if out_data:
        checks.append(f"{out_data['name']}_length > {limit(protocol, out_data)}")
    if out_capability:
        checks.append(f"{out_capability['name']} == A9N_DESCRIPTOR_INVALID")
    if encode == ["message->length = 1;"] and not checks:
        body += [f"if (error == {error_name(protocol, 'ok')})", f"{INDENT}{encode[0]}"]
    else:
        body.append(f"if (error != {error_name(protocol, 'ok')})")
        body.append(f"{INDENT}break;")
        if checks:
            test = _or_condition(checks, depth=2)
            body += test[:-1] + [test[-1] + " {"]
            body += [f"{INDENT}error = {error_name(protocol, 'malformed_reply')};",
                     f"{INDENT}break;", "}"]
        body += encode
    body.append("break;")
    return lines + [INDENT + line if line else "" for line in body] + ["}"]


def dispatch_body(protocol):
    body = [f"const struct {prefix(protocol)}_handlers *h = handlers;",
            "uint64_t *words = message->words;",
            f"{error_type(protocol)} error = {error_name(protocol, 'unknown_request')};",
            "message->reply_capability = A9N_DESCRIPTOR_INVALID;",
            "switch (message->length == 0 ? 0 : words[0]) {"]
    for request in by_number(protocol["requests"]):
        body += dispatch_case(protocol, request)
    body += ["default:", f"{INDENT}break;", "}",
             f"if (error != {error_name(protocol, 'ok')}) {{",
             f"{INDENT}message->length = 1;",
             f"{INDENT}message->reply_capability = A9N_DESCRIPTOR_INVALID;", "}",
             "words[0] = (uint64_t)error;"]
    return ["{"] + [INDENT + line if line else "" for line in body] + ["}"]


def server_source(protocol):
    lines = comment([
        f"The {protocol['name']} protocol's dispatch (KOITO server protocol, server side): "
        "decode, check, call the handler, encode the reply. Every check comes before the "
        "handler runs, so a handler sees only well-formed requests from clients with the "
        "rights the request needs.", "", banner(protocol)])
    lines += [f"#include <{include_name(protocol, 'server_header')}>", "",
              "#include <a9n/a9n.h>", "#include <koito/server.h>", "#include <stdint.h>", ""]
    signature = packed(f"void {prefix(protocol)}_dispatch(",
                       ["const void *handlers", "void *server",
                        "struct koito_server_message *message"], ")")
    if "own_loop" in protocol:
        return lines + signature + dispatch_body(protocol)
    return lines + signature + [
        "{", f"{INDENT}{prefix(protocol)}_dispatch_inline(handlers, server, message);", "}"]


# ---------------------------------------------------------------------------------------------
# The kernel's error names, for libkoito (from the kernel API's definition).


def error_names_source(api):
    body = ["switch (error) {"]
    for error in api["errors"]:
        name = a9n.error_name(error["name"])
        body += [f"case {name}:", f'{INDENT}return "{name}";']
    body += ["default:", f'{INDENT}return "unknown";', "}"]
    lines = comment([
        "koito_a9n_error_name(): the names of the kernel's errors (libkoito), for the "
        "protocol stubs' error names and for messages.", "",
        "Generated by koito/protocol/generate.py from a9n/api/a9n_api.json; do not edit."])
    lines += ["#include <koito/protocol.h>", "", "#include <a9n/a9n.h>", "#include <stdint.h>", ""]
    return lines + ["const char *koito_a9n_error_name(uint64_t error)", "{"] + [
        INDENT + line for line in body] + ["}"]


# ---------------------------------------------------------------------------------------------


def load(path):
    def unique(pairs):
        keys = [key for key, _ in pairs]
        for key in keys:
            if keys.count(key) > 1:
                raise DefinitionError(f'the key "{key}" appears twice in one object')
        return dict(pairs)
    return json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=unique)


def outputs():
    """(path, text) of every generated file; raises DefinitionError for a bad definition."""
    files = []
    numbers, names, paths = {}, {}, {}
    for path in sorted(p for d in PROTOCOL_DIRS for p in (ROOT / d).glob("*.json")):
        where = str(path.relative_to(ROOT))
        try:
            protocol = load(path)
            check_protocol(protocol, where)
        except json.JSONDecodeError as error:
            raise DefinitionError(f"{where}: not valid JSON: {error}")
        except DefinitionError as error:
            message = str(error)
            raise DefinitionError(message if message.startswith(where) else f"{where}: {message}")
        protocol["definition"] = where
        for kind in ("client", "server_header"):
            if "/include/" not in protocol["outputs"][kind]:
                raise DefinitionError(f"{where}: outputs.{kind} must lie below an include/ "
                                      "directory")
        if path.stem != protocol["name"]:
            raise DefinitionError(f"{where}: the file must be named {protocol['name']}.json")
        if protocol["number"] in numbers:
            raise DefinitionError(f"{where}: number {protocol['number']} is also "
                                  f"{numbers[protocol['number']]}'s")
        numbers[protocol["number"]] = protocol["name"]
        names[protocol["name"]] = where
        for kind, render in (("client", client_header), ("server_header", server_header),
                             ("server_source", server_source)):
            target = protocol["outputs"][kind]
            if target in paths:
                raise DefinitionError(f"{where}: outputs.{kind} is also {paths[target]}'s")
            paths[target] = f"{where} outputs.{kind}"
            files.append((target, "\n".join(render(protocol)) + "\n"))
    files.append((ERROR_NAMES_SOURCE,
                  "\n".join(error_names_source(load(ROOT / A9N_DEFINITION))) + "\n"))
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; name every stale file and exit 1")
    check = parser.parse_args().check
    try:
        files = outputs()
    except DefinitionError as error:
        print(error, file=sys.stderr)
        return 2
    return a9n.write_outputs(files, check, "python3 koito/protocol/generate.py")


if __name__ == "__main__":
    sys.exit(main())

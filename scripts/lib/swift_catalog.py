"""Reading the old hand-written Swift string catalogs (`"key": "template",` pairs inside
`KeyValuePairs<String, String>` literals) and turning their `{n|one|other}` templates into
gettext plural entries. Used by scripts/strings-from-swift, kept so that keys still written in
Swift (a branch made before the catalogs moved to po/) can be migrated with one command.
"""

import re


def _string(text, index):
    """(value, next index) of the Swift string literal starting at text[index] (a quote)."""
    if text.startswith('"""', index):
        end = text.index('"""', index + 3)
        while text[end - 1] == "\\" and text[end - 2] != "\\":
            end = text.index('"""', end + 3)
        body = text[index + 3:end]
        lines = body.split("\n")[1:]
        indent = lines[-1]
        lines = [line[len(indent):] if line.startswith(indent) else line.lstrip()
                 for line in lines[:-1]]
        raw = "\n".join(lines)
        raw = re.sub(r"\\\n", "", raw)
        return _unescape(raw), end + 3
    out = []
    position = index + 1
    while text[position] != '"':
        if text[position] == "\\":
            end = position + 2
            if text[position + 1] == "u":
                end = text.index("}", position) + 1
            out.append(text[position:end])
            position = end
        else:
            out.append(text[position])
            position += 1
    return _unescape("".join(out)), position + 1


def _unescape(raw):
    def replace(match):
        escape = match.group(0)
        simple = {"\\n": "\n", "\\t": "\t", '\\"': '"', "\\\\": "\\", "\\'": "'", "\\0": "\0",
                  "\\r": "\r"}
        if escape in simple:
            return simple[escape]
        return chr(int(escape[3:-1], 16))
    return re.sub(r'\\u\{[0-9A-Fa-f]+\}|\\.', replace, raw)


def tokens(text):
    """The file's comments (`//`, not `///`), string literals and punctuation, in order."""
    index = 0
    while index < len(text):
        char = text[index]
        if text.startswith("///", index):
            index = text.index("\n", index)
        elif text.startswith("//", index):
            end = text.index("\n", index)
            yield ("comment", text[index + 2:end].strip())
            index = end
        elif char == '"':
            value, index = _string(text, index)
            yield ("string", value)
        elif char in ":,[]":
            yield ("punct", char)
            index += 1
        else:
            index += 1


def entries(path):
    """[(key, template, comment or None)] of the Swift catalog file at `path`, in order."""
    with open(path, encoding="utf-8") as handle:
        stream = list(tokens(handle.read()))
    found = []
    comment = []
    index = 0
    while index < len(stream):
        kind, value = stream[index]
        if kind == "comment":
            comment.append(value)
            index += 1
            continue
        if (kind == "string" and index + 2 < len(stream) and stream[index + 1] == ("punct", ":")
                and stream[index + 2][0] == "string"):
            found.append((value, stream[index + 2][1], " ".join(comment) or None))
            comment = []
            index += 3
            continue
        index += 1
    return found


SELECTOR = re.compile(r"\{([A-Za-z0-9_]+)\|([^}]*)\}")


def plural_names(template):
    """The names of the numbers that pick a form in `template`, in order of appearance."""
    names = []
    for match in SELECTOR.finditer(template):
        if match.group(1) not in names:
            names.append(match.group(1))
    return names


def expand(template, name, form):
    """`template` with every `{name|one|other}` replaced by its form number `form` (0 one,
    1 other), `#` in that form becoming `{name}`; other selectors are kept as they are."""
    def replace(match):
        if match.group(1) != name:
            return match.group(0)
        forms = match.group(2).split("|")
        chosen = forms[min(form, len(forms) - 1)]
        return chosen.replace("#", "{" + name + "}")
    return SELECTOR.sub(replace, template)

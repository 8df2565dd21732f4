"""Reading and writing the gettext catalogs of smm (po/*.po), with the Python standard library.

An entry is keyed by its `msgctxt` (the dotted catalog key, `guide.done.messages`); `msgid` is
the English text in every file, `msgstr` the text in the file's language. A plural entry has
`msgid_plural` and `msgstr[0]`, `msgstr[1]`...; the flag `smm-count:NAME` names the
placeholder whose number picks the form.
"""

import re


class Entry:
    """One catalog entry: key, English source, translation, comments."""

    def __init__(self, key, msgid, msgstr, msgid_plural=None, forms=None, count=None,
                 comments=None):
        self.key = key
        self.msgid = msgid
        self.msgstr = msgstr
        self.msgid_plural = msgid_plural
        self.forms = forms or []
        self.count = count
        self.comments = comments or []

    @property
    def is_plural(self):
        return self.msgid_plural is not None

    def translated_forms(self):
        """The texts in the file's language: one, or one per plural form."""
        return list(self.forms) if self.is_plural else [self.msgstr]


class Catalog:
    """A parsed .po file: the header fields and the entries in file order."""

    def __init__(self, header, entries):
        self.header = header
        self.entries = entries

    def plural_forms(self):
        """(nplurals, expression) from the Plural-Forms header."""
        value = self.header.get("Plural-Forms", "")
        match = re.match(r"\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*(.+?);?\s*$", value)
        if not match:
            raise ValueError("the header has no valid Plural-Forms: " + value)
        return int(match.group(1)), match.group(2).strip()

    def by_key(self):
        return {entry.key: entry for entry in self.entries}


def unquote(text):
    """The value of one PO string literal (without its quotes)."""
    out = []
    index = 0
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            following = text[index + 1]
            if following not in escapes:
                raise ValueError("unknown escape \\" + following)
            out.append(escapes[following])
            index += 2
        else:
            out.append(char)
            index += 1
    return "".join(out)


def quote(text):
    """`text` as PO string lines: one line, or an empty first line and one line per `\\n`."""
    def literal(part):
        escaped = part.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
        return '"' + escaped.replace("\n", "\\n") + '"'
    if "\n" not in text or text.endswith("\n") and text.count("\n") == 1:
        return [literal(text)]
    parts = text.split("\n")
    lines = [literal(part + "\n") for part in parts[:-1]]
    if parts[-1]:
        lines.append(literal(parts[-1]))
    return ['""'] + lines


def parse(path):
    """The catalog in the .po file at `path`."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    blocks = []
    current = []
    for line in lines:
        if line.strip() == "":
            if current:
                blocks.append(current)
                current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)

    header = {}
    entries = []
    for number, block in enumerate(blocks):
        fields = {}
        comments = []
        flags = []
        field = None
        for line in block:
            if line.startswith("#."):
                comments.append(line[2:].strip())
            elif line.startswith("#,"):
                flags.extend(flag.strip() for flag in line[2:].split(","))
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                if field is None:
                    raise ValueError(f"{path}: a string with no field in entry {number}")
                fields[field] += unquote(line.strip()[1:-1])
            else:
                name, _, rest = line.partition(" ")
                field = name
                if field in fields:
                    raise ValueError(f"{path}: {field} twice in entry {number}")
                fields[field] = unquote(rest.strip()[1:-1])
        if "msgctxt" not in fields:
            if fields.get("msgid") == "":
                for header_line in fields.get("msgstr", "").split("\n"):
                    name, _, value = header_line.partition(":")
                    if name:
                        header[name.strip()] = value.strip()
                continue
            raise ValueError(f"{path}: entry {fields.get('msgid')!r} has no msgctxt (key)")
        count = None
        for flag in flags:
            if flag.startswith("smm-count:"):
                count = flag[len("smm-count:"):]
        forms = []
        index = 0
        while f"msgstr[{index}]" in fields:
            forms.append(fields[f"msgstr[{index}]"])
            index += 1
        entries.append(Entry(
            key=fields["msgctxt"], msgid=fields.get("msgid", ""), msgstr=fields.get("msgstr"),
            msgid_plural=fields.get("msgid_plural"), forms=forms, count=count,
            comments=comments))
    return Catalog(header, entries)


def write(path, header_lines, entries):
    """Writes `entries` (in their order) to `path` after a header made of `header_lines`."""
    out = ['msgid ""', 'msgstr ""']
    out += ['"' + line.replace('"', '\\"') + '\\n"' for line in header_lines]
    for entry in entries:
        out.append("")
        for comment in entry.comments:
            out.append("#. " + comment)
        if entry.count:
            out.append("#, smm-count:" + entry.count)
        out.append("msgctxt " + quote(entry.key)[0])
        def field(name, text):
            lines = quote(text)
            out.append(name + " " + lines[0])
            out.extend(lines[1:])
        field("msgid", entry.msgid)
        if entry.is_plural:
            field("msgid_plural", entry.msgid_plural)
            for index, form in enumerate(entry.forms):
                field(f"msgstr[{index}]", form)
        else:
            field("msgstr", entry.msgstr)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(out) + "\n")


def placeholders(text):
    """The sorted names of the `{name}` and `{name|...}` placeholders in `text`."""
    return sorted(re.findall(r"\{([A-Za-z0-9_]+)(?:\|[^}]*)?\}", text))

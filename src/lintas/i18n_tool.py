"""Keep the core's message catalogs in step with the code (a maintainer's tool).

    python3 -m lintas.i18n_tool          # collect, merge into every .po, compile every .mo

It collects the first argument of every ``tr("...")`` and ``N_("...")`` call under
src/lintas (read with ``ast``, so a message must be a plain string literal), adds the
new ones to ``resources/locale/<code>/LC_MESSAGES/lintas.po`` with an empty
translation and the comment ``needs native review``, drops the ones no longer used,
and writes the compiled ``lintas.mo`` beside each file (pure Python, no gettext tools
needed). The tests use the same functions to check that nothing is left untranslated
and that each .mo is the compiled form of its .po.
"""

from __future__ import annotations

import ast
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

from lintas.i18n import DOMAIN, LANGUAGES, locale_dir

SOURCE = Path(__file__).resolve().parent  # src/lintas
REVIEW = "needs native review"
HEADER = (
    "Content-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "Language: {code}\n"
)


@dataclass
class Entry:
    msgid: str
    msgstr: str = ""
    comments: list[str] = field(default_factory=list)  # "# ..." lines, without the "# "
    where: list[str] = field(default_factory=list)  # "#: path:line"


def collect(root: Path = SOURCE) -> dict[str, list[str]]:
    """Every marked message of the code -> where it is (file:line), in source order."""
    found: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        # Only modules that take tr from here: the GUI's Qt helpers may be called tr too.
        if "from lintas.i18n import" not in source:
            continue
        tree = ast.parse(source, filename=str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            # core_tr: the GUI's name for tr (Qt's lupdate would read tr() as its own).
            if node.func.id not in ("tr", "core_tr", "N_") or not node.args:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                where = f"{path.relative_to(root.parent).as_posix()}:{node.lineno}"
                found.setdefault(first.value, []).append(where)
    return found


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\n", "\\n").replace("\t", "\\t") + '"'


def _unquote(text: str) -> str:
    body, out, i = text.strip()[1:-1], [], 0
    while i < len(body):
        char = body[i]
        if char == "\\" and i + 1 < len(body):
            i += 1
            out.append({"n": "\n", "t": "\t"}.get(body[i], body[i]))
        else:
            out.append(char)
        i += 1
    return "".join(out)


def read_po(path: Path) -> list[Entry]:
    """The entries of a .po file this tool wrote (the header entry left out)."""
    entries: list[Entry] = []
    comments: list[str] = []
    where: list[str] = []
    current: Entry | None = None
    target = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#:"):
            where.append(line[2:].strip())
        elif line.startswith("#"):
            comments.append(line[1:].strip())
        elif line.startswith("msgid "):
            current, target = Entry(_unquote(line[6:]), "", comments, where), "msgid"
            comments, where = [], []
            entries.append(current)
        elif line.startswith("msgstr ") and current is not None:
            current.msgstr, target = _unquote(line[7:]), "msgstr"
        elif line.startswith('"') and current is not None:
            setattr(current, target, getattr(current, target) + _unquote(line))
    return [e for e in entries if e.msgid]


def write_po(path: Path, code: str, entries: list[Entry]) -> None:
    lines = [
        f"# Lintas: the core's messages in {code}. Every entry was written without a",
        "# native speaker's check; a reviewer corrects it and removes its",
        f'# "{REVIEW}" line (resources/locale/README.md).',
        'msgid ""',
        'msgstr ""',
        *[_quote(line + "\n") for line in HEADER.format(code=code).splitlines()],
        "",
    ]
    for entry in entries:
        lines += [f"# {c}" for c in entry.comments]
        lines += [f"#: {w}" for w in entry.where]
        lines += [f"msgid {_quote(entry.msgid)}", f"msgstr {_quote(entry.msgstr)}", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


def compile_mo(code: str, entries: list[Entry]) -> bytes:
    """GNU .mo bytes (little-endian, no hash table) for the translated entries."""
    pairs = {"": HEADER.format(code=code)}
    pairs.update({e.msgid: e.msgstr for e in entries if e.msgstr})
    keys = sorted(pairs)
    ids = [k.encode("utf-8") for k in keys]
    strs = [pairs[k].encode("utf-8") for k in keys]
    count = len(keys)
    start = 7 * 4 + count * 16  # header, then two tables of (length, offset)
    offsets, data = [], b""
    for blob in ids + strs:
        offsets.append((len(blob), start + len(data)))
        data += blob + b"\0"
    out = struct.pack("<7I", 0x950412DE, 0, count, 28, 28 + count * 8, 0, 0)
    for length, offset in offsets:
        out += struct.pack("<2I", length, offset)
    return out + data


def po_path(code: str) -> Path:
    return locale_dir() / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def update() -> list[str]:
    """Merge the code's messages into every catalog and compile it; returns the gaps."""
    found = collect()
    gaps = []
    for code in LANGUAGES[1:]:
        path = po_path(code)
        old = {e.msgid: e for e in read_po(path)} if path.is_file() else {}
        entries = []
        for msgid, where in found.items():
            entry = old.get(msgid) or Entry(msgid, "", [REVIEW])
            entry.where = where
            entries.append(entry)
            if not entry.msgstr:
                gaps.append(f"{code}: {msgid[:60]}")
        write_po(path, code, entries)
        path.with_suffix(".mo").write_bytes(compile_mo(code, entries))
    return gaps


def main() -> int:
    gaps = update()
    for gap in gaps:
        print(f"untranslated: {gap}")
    print(f"{len(collect())} messages; {len(gaps)} translations missing")
    return 1 if gaps else 0


if __name__ == "__main__":
    sys.exit(main())

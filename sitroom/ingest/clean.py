"""Clean article text: repair encoding, undo Markdown, drop boilerplate, rejoin split paragraphs.

The cleaned text is what every offset in sitroom points into, so cleaning runs exactly once, in
``read``. Paragraphs come out separated by one blank line, lines inside a paragraph joined.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

import ftfy

from sitroom.data_yaml import load_yaml

__all__ = ["clean", "normalize", "strip_markdown_inline"]

_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, explain=False)
# A UTF-8 lead byte read as cp1252/Latin-1 followed by a continuation byte read the same way:
# the mark of mojibake. ftfy is slow, so it runs only where this (or a C1 control) appears.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|[\u0080-\u009f\ufffd]"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u2060\ufeff]")
_MANY_SPACES = re.compile(r" {2,}")
_BLOCK_SPLIT = re.compile(r"\n[ ]*\n+")

# Markdown, block level.
_HEADING = re.compile(r"^#{1,6}(?:[ ]+(.*?))?(?:[ ]+#+)?[ ]*$")
_RULE = re.compile(r"^(?:(?:[-*_][ ]*){3,}|=+|-+)$")
_QUOTE_MARK = re.compile(r"^(?:>[ ]?)+")
_REF_DEF = re.compile(r"^\[[^\]]+\]:[ ]+\S+.*$")
_LIST_ITEM = re.compile(r"^(?:[-*+•▪◦]|\d{1,3}[.)])[ ]+\S")
# Markdown, inline. Escapes are swapped for private-use characters first so that an escaped
# ``\*`` is never read as emphasis, then restored.
_ESCAPABLE = "\\`*_{}[]()#+-.!$|<>~\"'"
_ESCAPE = re.compile(r"\\([" + re.escape(_ESCAPABLE) + r"])")
_PROTECTED = re.compile(f"[\ue000-{chr(0xE000 + len(_ESCAPABLE) - 1)}]")
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\[\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:[ ]+\"[^\"\n]*\")?\)")
_REF_LINK = re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_CODE = re.compile(r"`([^`\n]+)`")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])?\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]*?[^\s_])?_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")

# Paragraph rejoining.
_TERMINAL = frozenset(".!?:;…\"”’'»)]}*")
# Words a sentence cannot end on: a paragraph ending on one was cut off (even before a capital).
_JOINING_WORDS = frozenset(
    """a an the and or nor but of to in on at by for from with without into onto upon over under
    about after before during against among between through across toward towards than as that
    which who whom whose where when while if because although though since until unless whether
    its their his her our your my this these those per via including""".split()
)
_MAX_PASSES = 4
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


def normalize(text: str) -> str:
    """Repair mojibake and normalise whitespace, keeping every line break."""
    if not text.isascii():
        text = ftfy.fix_text(text, _FTFY) if _MOJIBAKE_HINT.search(text) else unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text)
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(_MANY_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip("\n")


def strip_markdown_inline(text: str) -> str:
    """Undo inline Markdown: escapes, links, images, emphasis, code spans."""
    if not any(c in text for c in "\\*_[`<~"):
        return text
    return _restore(_inline(_protect(text)))


def _protect(text: str) -> str:
    """Swap escaped characters (``\\*``) for private-use ones so no later step reads them as markup."""
    return _ESCAPE.sub(lambda m: chr(0xE000 + _ESCAPABLE.index(m.group(1))), text) if "\\" in text else text


def _restore(text: str) -> str:
    return _PROTECTED.sub(lambda m: _ESCAPABLE[ord(m.group(0)) - 0xE000], text)


def _inline(text: str) -> str:
    """Inline Markdown removed from text whose escapes are already protected."""
    if not any(c in text for c in "*_[`<~!"):
        return text
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    for _ in range(3):  # nested emphasis: ***x*** or **_x_**
        before = text
        text = _STRONG.sub(r"\2", text)
        text = _STRIKE.sub(r"\1", text)
        text = _EM_STAR.sub(lambda m: m.group(1) or "", text)
        text = _EM_UNDER.sub(lambda m: m.group(1) or "", text)
        if text == before:
            break
    return text


def clean(text: str, markdown: bool = True, normalized: bool = False) -> str:
    """The cleaned article text: paragraphs separated by one blank line, no boilerplate.

    ``normalized`` says ``text`` already went through ``normalize`` (saves a second pass). The
    passes repeat until nothing changes (twice for most texts), so that undoing one piece of
    markup or joining two paragraphs never leaves text a second ``clean`` would change.
    """
    text = text if normalized else normalize(text)
    if markdown:
        text = _protect(text)
    for _ in range(_MAX_PASSES):
        cleaned = _clean_pass(text, markdown)
        if cleaned == text:
            break
        text = cleaned
    return _restore(text) if markdown else text


def _clean_pass(text: str, markdown: bool) -> str:
    if "\n\n" not in text and _lines_are_paragraphs(text):
        text = text.replace("\n", "\n\n")
    paragraphs = [p for p in (_paragraph(b, markdown) for b in _BLOCK_SPLIT.split(text)) if p]
    paragraphs = _drop_boilerplate(paragraphs)
    paragraphs = _rejoin(paragraphs)
    return "\n\n".join(paragraphs)


def _lines_are_paragraphs(text: str) -> bool:
    """Whether single line breaks end paragraphs: no blank lines, and lines too long to be wrapped."""
    lines = text.split("\n")
    return len(lines) > 1 and sum(len(line) > 100 for line in lines) >= 0.2 * len(lines)


def _paragraph(block: str, markdown: bool) -> str:
    """One block of lines as a paragraph: wrapped lines joined, then Markdown undone."""
    groups: list[list[str]] = []  # the wrapped lines of each output line, joined once at the end
    items = _items(block)
    for line in block.split("\n"):
        if markdown:
            line = _markdown_block(line)
        if not line:
            continue
        if groups and not _LIST_ITEM.match(line) and not items:
            groups[-1].append(line)
        else:
            groups.append([line])
    text = "\n".join(_join_all(g) for g in groups)
    if markdown:  # inline Markdown can span wrapped lines, so it is undone on the joined paragraph
        text = "\n".join(line.strip() for line in _inline(text).split("\n") if line.strip())
    return _MANY_SPACES.sub(" ", text).strip()


_ITEM_CHARS = 50  # hard-wrapped prose fills its lines; a list of headlines or links does not
_MIN_ITEMS = 3


def _items(block: str) -> bool:
    """Whether the lines of a block are items of a list, each its own line, not one wrapped
    paragraph: at least three lines, all short, none ending as a wrapped line does (on a
    joining word, a comma or a hyphen) and each after the first opening with a capital
    ("Related Stories" / "Iran attacks Saudi tanker" / "Russia invades Ukraine"). A wrapped
    paragraph's lines fill the width, bar its first and last."""
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    if len(lines) < _MIN_ITEMS or any(len(line) >= _ITEM_CHARS for line in lines):
        return False
    for line, nxt in zip(lines, lines[1:]):
        word = _LAST_WORD.search(line)
        if line[-1] in ",-" or not nxt[:1].isupper() or (word and word.group(1).lower() in _JOINING_WORDS):
            return False
    return True


def _markdown_block(line: str) -> str:
    """Undo block-level Markdown on one line: quote marks, rules, link definitions, heading marks."""
    line = _QUOTE_MARK.sub("", line)
    if _RULE.match(line) or _REF_DEF.match(line):
        return ""
    heading = _HEADING.match(line)
    return ((heading.group(1) or "") if heading else line).strip()


def _join_all(pieces: list[str]) -> str:
    """``pieces`` joined left to right as ``_join_lines`` would, in linear time.

    (Joining pairwise into a growing string copies it each time: quadratic in a paragraph of
    many thousands of lines, which a hostile file can be.)
    """
    out = [pieces[0]]
    length = len(pieces[0])
    for second in pieces[1:]:
        end = _last_chars(out, 2)
        if length > 2 and end[-1:] == "-" and end[:1].islower() and second[:1].islower():
            out[-1] = out[-1][:-1]
            length -= 1
        else:
            out.append(" ")
            length += 1
        out.append(second)
        length += len(second)
    return "".join(out)


def _last_chars(parts: list[str], n: int) -> str:
    """The last ``n`` characters of ``"".join(parts)`` without joining them all."""
    tail = ""
    for part in reversed(parts):
        tail = part[-(n - len(tail)):] + tail if n > len(tail) else tail
        if len(tail) >= n:
            break
    return tail


def _join_lines(first: str, second: str) -> str:
    """Join two wrapped lines, undoing end-of-line hyphenation between lowercase letters."""
    if len(first) > 2 and first[-1] == "-" and first[-2].islower() and second[:1].islower():
        return first[:-1] + second
    return f"{first} {second}"


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[int, tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...], int]:
    """The boilerplate patterns from sitroom/data/boilerplate.yaml, compiled once: the size limit,
    all patterns, those of headers that open a list of links, and a link line's most words."""
    raw = load_yaml(resources.files("sitroom.data").joinpath("boilerplate.yaml").read_text("utf-8"))
    if not isinstance(raw, dict) or not isinstance(raw.get("patterns"), list):
        raise ValueError("sitroom/data/boilerplate.yaml: expected 'max_chars' and a 'patterns' list")
    patterns = tuple(re.compile(entry["pattern"], re.I) for entry in raw["patterns"])
    heads = tuple(p for p, entry in zip(patterns, raw["patterns"]) if entry.get("opens_list"))
    return int(raw.get("max_chars", 240)), patterns, heads, int(raw.get("fragment_max_words", 16))


def _is_boilerplate(paragraph: str) -> bool:
    max_chars, patterns, _, _ = _boilerplate()
    if len(paragraph) > max_chars:
        return False
    flat = paragraph.replace("\n", " ")
    return any(p.search(flat) for p in patterns)


def _links(lines: list[str]) -> bool:
    """Lines that read as links or headlines: short, none ending a sentence."""
    _, _, _, words = _boilerplate()
    return bool(lines) and all(len(line.split()) <= words and line.rstrip("\"'”’)")[-1:] not in ".!?"
                               for line in lines)


def _drop_boilerplate(paragraphs: list[str]) -> list[str]:
    """Drop boilerplate paragraphs, with the links or headlines a "Related stories" header opens
    (in its paragraph or in the paragraphs after it), then short lead-ins left dangling at the
    end ("... visit:")."""
    _, _, heads, _ = _boilerplate()
    kept = []
    listing = False  # the paragraphs before were a list header and its links
    for para in paragraphs:
        lines = para.split("\n")
        if any(h.search(lines[0]) for h in heads) and (len(lines) == 1 or _links(lines[1:])):
            listing = True
            continue
        if listing and _links(lines):
            continue
        listing = False
        if not _is_boilerplate(para):
            kept.append(para)
    while kept and len(kept[-1]) < 160 and kept[-1].endswith(":") and len(kept) < len(paragraphs):
        kept.pop()
    return kept


def _rejoin(paragraphs: list[str]) -> list[str]:
    """Join paragraphs that a page break split in the middle of a sentence."""
    groups: list[list[str]] = []
    ends: list[str] = []  # the end of each joined group (at most 2 * _LONG_LINE characters)
    for para in paragraphs:
        if groups and _continues(_last_line(ends[-1]), para):
            groups[-1].append(para)
            ends[-1] = _join_lines(ends[-1], para)[-2 * _LONG_LINE:]
        else:
            groups.append([para])
            ends.append(para[-2 * _LONG_LINE:])
    return [_join_all(g) for g in groups]


_LONG_LINE = 2000  # only the end of a longer last line is looked at: joins stay linear


def _last_line(end: str) -> str:
    """The last line of a text whose end is ``end`` (its last _LONG_LINE characters when longer)."""
    line = end.rsplit("\n", 1)[-1]
    return line if len(line) <= _LONG_LINE else "… " + line[-_LONG_LINE:]


def _continues(prev: str, nxt: str) -> bool:
    """Whether ``nxt`` carries on the sentence ``prev`` broke off."""
    last_line = prev.rsplit("\n", 1)[-1]
    if prev[-1] in _TERMINAL or _LIST_ITEM.match(last_line) or _LIST_ITEM.match(nxt):
        return False
    if _heading_like(last_line):
        return False
    if nxt[0].islower():
        return True
    if len(last_line.split()) < 6:  # a capital after a short line: more likely a heading than a break
        return False
    if prev[-1] == "," or (prev[-1] == "-" and prev[-2:-1].isalpha()):
        return nxt[0].isalnum()
    word = _LAST_WORD.search(prev)
    return bool(word and word.group(1).lower() in _JOINING_WORDS and nxt[0].isalnum())


def _heading_like(line: str) -> bool:
    """Short lines in title case (or of one or two words): headings, bylines, datelines."""
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) <= 2:
        return True
    capitalised = sum(w[0].isupper() for w in words if w.lower() not in _JOINING_WORDS)
    content = sum(1 for w in words if w.lower() not in _JOINING_WORDS)
    return len(words) < 12 and content > 0 and capitalised >= 0.7 * content

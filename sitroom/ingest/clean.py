"""Clean article text: repair encoding, undo Markdown, drop boilerplate, rejoin split paragraphs.

The cleaned text is what every offset in sitroom points into, so cleaning runs exactly once, in
``read``. Paragraphs come out separated by one blank line, lines inside a paragraph joined.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import ftfy
import yaml

__all__ = ["clean", "normalize", "strip_markdown_inline"]

_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, explain=False)
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u2060\ufeff]")
_MANY_SPACES = re.compile(r" {2,}")
_BLOCK_SPLIT = re.compile(r"\n[ ]*\n+")

# Markdown, block level.
_HEADING = re.compile(r"^#{1,6}[ ]+(.*?)(?:[ ]+#+)?[ ]*$")
_RULE = re.compile(r"^(?:(?:[-*_][ ]*){3,}|=+|-+)$")
_QUOTE_MARK = re.compile(r"^(?:>[ ]?)+")
_REF_DEF = re.compile(r"^\[[^\]]+\]:[ ]+\S+.*$")
_LIST_ITEM = re.compile(r"^(?:[-*+•▪◦]|\d{1,3}[.)])[ ]+\S")
# Markdown, inline. Escapes are swapped for private-use characters first so that an escaped
# ``\*`` is never read as emphasis, then restored.
_ESCAPABLE = "\\`*_{}[]()#+-.!$|<>~\"'"
_ESCAPE = re.compile(r"\\([" + re.escape(_ESCAPABLE) + r"])")
_PROTECTED = re.compile("[\ue000-\ue0ff]")
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
_JOINING_WORDS = frozenset(
    """a an the and or nor but of to in on at by for from with without into onto upon over under
    about after before during against among between through across toward towards than as that
    which who whom whose where when while if because although though since until unless whether
    its their his her our your my this these those is are was were be been being has have had
    will would could should may might must can not also very such per via including said says
    some many most more less few several both each every any no""".split()
)
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


def normalize(text: str) -> str:
    """Repair mojibake and normalise whitespace, keeping every line break."""
    text = ftfy.fix_text(text, _FTFY)
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(_MANY_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip("\n")


def strip_markdown_inline(text: str) -> str:
    """Undo inline Markdown: escapes, links, images, emphasis, code spans."""
    if not any(c in text for c in "\\*_[`<~"):
        return text
    protected = _ESCAPE.sub(lambda m: chr(0xE000 + _ESCAPABLE.index(m.group(1))), text)
    protected = _IMAGE.sub("", protected)
    protected = _LINK.sub(r"\1", protected)
    protected = _REF_LINK.sub(r"\1", protected)
    protected = _AUTOLINK.sub(r"\1", protected)
    protected = _CODE.sub(r"\1", protected)
    for _ in range(3):  # nested emphasis: ***x*** or **_x_**
        before = protected
        protected = _STRONG.sub(r"\2", protected)
        protected = _STRIKE.sub(r"\1", protected)
        protected = _EM_STAR.sub(lambda m: m.group(1) or "", protected)
        protected = _EM_UNDER.sub(lambda m: m.group(1) or "", protected)
        if protected == before:
            break
    return _PROTECTED.sub(lambda m: _ESCAPABLE[ord(m.group(0)) - 0xE000], protected)


def clean(text: str, markdown: bool = True) -> str:
    """The cleaned article text: paragraphs separated by one blank line, no boilerplate."""
    paragraphs = [p for p in (_paragraph(b, markdown) for b in _BLOCK_SPLIT.split(normalize(text))) if p]
    paragraphs = _drop_boilerplate(paragraphs)
    paragraphs = _rejoin(paragraphs)
    return "\n\n".join(paragraphs)


def _paragraph(block: str, markdown: bool) -> str:
    """One block of lines as a paragraph: Markdown undone, wrapped lines joined."""
    lines: list[str] = []
    for line in block.split("\n"):
        if markdown:
            line = _markdown_line(line)
        if not line:
            continue
        if lines and not _LIST_ITEM.match(line):
            lines[-1] = _join_lines(lines[-1], line)
        else:
            lines.append(line)
    return _MANY_SPACES.sub(" ", "\n".join(lines)).strip()


def _markdown_line(line: str) -> str:
    """Undo block-level Markdown on one line, then inline Markdown."""
    line = _QUOTE_MARK.sub("", line)
    if _RULE.match(line) or _REF_DEF.match(line):
        return ""
    heading = _HEADING.match(line)
    if heading:
        line = heading.group(1)
    return strip_markdown_inline(line).strip()


def _join_lines(first: str, second: str) -> str:
    """Join two wrapped lines, undoing end-of-line hyphenation between lowercase letters."""
    if len(first) > 2 and first[-1] == "-" and first[-2].islower() and second[:1].islower():
        return first[:-1] + second
    return f"{first} {second}"


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[int, tuple[re.Pattern[str], ...]]:
    """The boilerplate patterns from sitroom/data/boilerplate.yaml, compiled once."""
    raw = yaml.safe_load(resources.files("sitroom.data").joinpath("boilerplate.yaml").read_text("utf-8"))
    if not isinstance(raw, dict) or not isinstance(raw.get("patterns"), list):
        raise ValueError("sitroom/data/boilerplate.yaml: expected 'max_chars' and a 'patterns' list")
    patterns = tuple(re.compile(entry["pattern"], re.I) for entry in raw["patterns"])
    return int(raw.get("max_chars", 240)), patterns


def _is_boilerplate(paragraph: str) -> bool:
    max_chars, patterns = _boilerplate()
    if len(paragraph) > max_chars:
        return False
    flat = paragraph.replace("\n", " ")
    return any(p.search(flat) for p in patterns)


def _drop_boilerplate(paragraphs: list[str]) -> list[str]:
    """Drop boilerplate paragraphs, then short lead-ins left dangling at the end ("... visit:")."""
    kept = [p for p in paragraphs if not _is_boilerplate(p)]
    while kept and len(kept[-1]) < 160 and kept[-1].endswith(":") and len(kept) < len(paragraphs):
        kept.pop()
    return kept


def _rejoin(paragraphs: list[str]) -> list[str]:
    """Join paragraphs that a page break split in the middle of a sentence."""
    out: list[str] = []
    for para in paragraphs:
        if out and _continues(out[-1], para):
            out[-1] = _join_lines(out[-1], para)
        else:
            out.append(para)
    return out


def _continues(prev: str, nxt: str) -> bool:
    """Whether ``nxt`` carries on the sentence ``prev`` broke off."""
    last_line = prev.rsplit("\n", 1)[-1]
    if prev[-1] in _TERMINAL or _LIST_ITEM.match(last_line) or _LIST_ITEM.match(nxt):
        return False
    if len(last_line.split()) < 6:  # headings, bylines, datelines
        return False
    if nxt[0].islower():
        return True
    if prev[-1] in ",-–":
        return nxt[0].isalnum()
    word = _LAST_WORD.search(prev)
    return bool(word and word.group(1).lower() in _JOINING_WORDS and nxt[0].isalnum())

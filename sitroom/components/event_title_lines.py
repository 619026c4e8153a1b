"""Where a web page repeats its own headline inside the text: the headline reports no act.

Ingest drops the headline when it opens the text; a web page often prints it again further down
(below a menu, a date or a picture) or inside a table cell ("| Storm damages harbour |"), and its
``<title>`` adds the site's name ("Storm damages harbour - City News", "News.com - Storm damages
harbour - Mar 3, 2005"). The act a headline names is the story's, which the body reports in its
own sentence, dated and argued; the headline's copy would count it twice, mostly in the present
tense of a headline and with its parties cut short. So the title's parts (split at the separators
of ``data/boilerplate.yaml`` ``title_separators``, each of at least ``title_min_words`` words) are
looked up in the text: an occurrence that ends its line (past a table's bars) without sentence
punctuation is the headline, no prose. An occurrence that a sentence goes on from is prose.
A page may print its headline in other words than its title ("Storm wrecks harbour" above the
text of "Harbour 'wrecked' by storm"): a line without sentence punctuation, no longer than
``title_line_words``, that holds every content word of a title's part but one (at least
``title_min_words`` of them, matched by their stems) is that headline too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS

from sitroom.data_yaml import load_yaml
from sitroom.errors import ConfigError

__all__ = ["title_lines"]

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
_LINE_END = re.compile(r"[ \t|]*(?:\n|$)")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ENDS = ".!?…;,"


@lru_cache(maxsize=1)
def _settings() -> tuple[re.Pattern[str], int, int]:
    raw = load_yaml(resources.files("sitroom.data").joinpath("boilerplate.yaml").read_text("utf-8"))
    try:
        seps = [str(s) for s in raw["title_separators"]]
        least, longest = int(raw["title_min_words"]), int(raw["title_line_words"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError("boilerplate.yaml: needs title_separators (a list), title_min_words and "
                          f"title_line_words ({exc})") from exc
    split = "|".join(re.escape(s) for s in sorted(seps, key=len, reverse=True))
    return re.compile(rf"\s+(?:{split})\s+"), least, longest


def _parts(title: str) -> list[str]:
    """The parts of a page's title that may be its headline, the site's name split off."""
    split, least, _ = _settings()
    parts = [p.strip(" \t|") for p in split.split(title.translate(_QUOTES))]
    return [p for p in parts if len(p.split()) >= least]


def title_lines(text: str, title: str | None) -> list[tuple[int, int]]:
    """The character ranges of ``text`` where the page repeats its headline: an occurrence of a
    part of ``title`` at a word's start that ends its line, past any table bars, with no
    sentence punctuation of its own (the title's last mark is the title's)."""
    if not title or not title.strip():
        return []
    folded = text.translate(_QUOTES).casefold()  # same length as the text: offsets carry over
    out = []
    for part in _parts(title):
        needle = " ".join(part.split()).casefold()
        if needle[-1:] in ".;,":
            continue  # a title that is a sentence of the text's own prose
        at = folded.find(needle)
        while at >= 0:
            end = at + len(needle)
            if (at == 0 or not folded[at - 1].isalnum()) and _LINE_END.match(folded, end):
                out.append((at, end))
            at = folded.find(needle, at + 1)
    return out + _reworded(text, title)


def _stems(words: str) -> set[str]:
    """The content words of a run, each cut to a rough stem ("wrecked", "wrecks" -> "wreck")."""
    out = set()
    for w in _WORD.findall(words.translate(_QUOTES).casefold()):
        w = re.sub(r"'s$", "", w)
        if w not in STOP_WORDS:
            out.add(re.sub(r"(?:ing|ed|es|s)$", "", w) if len(w) > 4 else w)
    return out


def _reworded(text: str, title: str) -> list[tuple[int, int]]:
    """The lines that print a title's part in other words: no sentence punctuation, at most
    ``title_line_words`` words, every content word of the part but one."""
    _, least, longest = _settings()
    parts = [s for s in (_stems(p) for p in _parts(title)) if len(s) >= least]
    if not parts:
        return []
    out, pos = [], 0
    for raw in text.split("\n"):
        line = raw.strip(" \t|")
        if line and len(line.split()) <= longest and line.rstrip("\"'”’)]* ")[-1:] not in _ENDS:
            have = _stems(line)
            if any(len(p - have) <= 1 and len(p & have) >= least for p in parts):
                out.append((pos + len(raw) - len(raw.lstrip()), pos + len(raw)))
        pos += len(raw) + 1
    return out

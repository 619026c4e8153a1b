"""An award named like a person, counted or owned where it stands: a thing, not a person.

"Eastwood took his second Oscar", "her first ever Grammy for her song", "to campaign for an
Oscar for his movie", "her second best actress Oscar", "at the Grammy ceremony": an award's name
(``titles.yaml`` ``named_things``: Oscar, Grammy, Emmy, Bafta) after an article, a possessive or a
number ("eight posthumous Grammy Awards"), with only adjectives, adverbs and an award's category
("best actress") between, is the statuette or the prize: a person is not had, won or counted so.
The pronoun after it ("for his movie") is the winner's, which kept the name a person's before. A
mention with a title, a role or a family word before it ("her uncle Oscar", "Mr Oscar") or "who"
after it keeps every mention of the name a person's, as does a fuller person's name holding it
("Oscar Pistorius ... Oscar"; not "Grammy Awards", itself an award's name).
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles
from sitroom.resolve.person_evidence import FAMILY_WORDS, titled

__all__ = ["award_names"]

(AWARDS,) = word_lists("titles", "named_things")
AWARD_KEYS = frozenset(a.casefold() for a in AWARDS)
DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "my", "our", "your"})
BETWEEN = frozenset({"ADJ", "ADV", "NUM"})  # "second", "first ever", "two"


def _counted(span: Span, titles: Titles) -> bool:
    """An article, a possessive or a number before the name, over adjectives, adverbs and a "best X"
    category only ("his second Oscar", "her best actress Oscar", "the Grammy ceremony", "eight
    posthumous Grammy Awards")."""
    doc = span.doc
    i, number = span.start - 1, False
    while i >= 0 and doc[i].is_lower and (doc[i].pos_ in BETWEEN or doc[i].lower_ in titles.occupations
                                          and i > 0 and doc[i - 1].lower_ == "best"):
        number = number or doc[i].like_num
        i -= 1
    return number or i >= 0 and doc[i].lower_ in DETERMINERS


def _person_cue(span: Span, titles: Titles, title: str | None) -> bool:
    """A title, role or family word right before the name, "who"/"whose" right after it (or after a
    comma)."""
    if title:
        return True
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and (titled(prev, titles) and not _role_fragment(prev, titles) or prev.lower_ in FAMILY_WORDS):
        return True
    nxt = doc[span.end : span.end + 2]
    return any(t.lower_ in {"who", "whose"} for t in nxt[: 2 if len(nxt) and nxt[0].text == "," else 1])


def _role_fragment(prev, titles: Titles) -> bool:
    """ "first" of "first lady": a lower-case word of a longer role, no title alone ("the first Grammy")."""
    low = prev.lower_.rstrip(".")
    return prev.is_lower and low not in titles.roles and low not in titles.honorifics and low not in titles.courtesy


def award_names(cleaned: list[tuple[Span, str | None]], titles: Titles, has_role) -> set[str]:
    """Names of ``cleaned`` (person spans, each with the title stripped from it) that are an award's,
    counted or owned at some mention, with no person's cue at any (see the module docstring)."""
    parts = {t.text for s, _t in cleaned if len(s) > 1 and s.text.casefold() not in AWARD_KEYS for t in s}
    by_name: dict[str, list[tuple[Span, str | None]]] = {}
    for s, t in cleaned:
        if s.text.casefold() in AWARD_KEYS and s.text not in parts:
            by_name.setdefault(s.text, []).append((s, t))
    return {name for name, spans in by_name.items()
            if any(_counted(s, titles) for s, _t in spans)
            and not any(_person_cue(s, titles, t) or has_role(s, t) for s, t in spans)}

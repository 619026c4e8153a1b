"""Titles that say which part of a one-word name is written: a given name or a family name.

A royal or religious style goes before a given name ("King Abdullah", "Prince Charles", "Imam
Hussein", "Sultan Haitham"): the word is no surname, so it joins only a full name of the story
that is written with the same style ("Sultan Haitham bin Tarik"), and a bare one keeps its style
in its name ("Prince Charles"), which no store-wide namesake of that surname takes in ("Ray
Charles", "Saddam Hussein"). A courtesy title goes before a family name ("Mr Howard"): the word
joins no full name by its first word when the story writes that name's surname after such a title
too ("Mr Flight" of "Howard Flight"): "Mr Howard" is another man. A peer's title goes before the
name of the peerage ("Baroness Greenfield"): it leaves the name where a full name of the story ends
in that word ("Susan Greenfield"), so the two are one person. Lists: ``data/person_styles.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_words import word_lists

__all__ = ["given_title", "join_bare_styled", "not_given_name", "peer_title", "styled_candidates", "surname_titled"]


def _lists() -> tuple[frozenset[str], frozenset[str]]:
    return word_lists("person_styles", "given_titles", "surname_titles")


def given_title(span: Span, title: str | None) -> str | None:
    """The royal or religious style written before ``span`` ("King", "Crown Prince"), as written:
    the title the name was cleaned of, else the title-case word right before it."""
    given, _surname = _lists()
    if title and title.split()[-1].casefold().rstrip(".") in given:
        return title
    if span.start > 0:
        prev = span.doc[span.start - 1]
        if prev.is_title and prev.lower_ in given:
            return prev.text
    return None


def peer_title(span: Span) -> bool:
    """``span`` opens with a peer's title (``peer_titles``) before one word that ends a full name of
    two or more words elsewhere in the document that opens with no title ("Lady Morgan" is the same
    peer again): "Baroness Greenfield" beside "Susan Greenfield"; not "Baroness Scotland" alone."""
    (peers,) = word_lists("person_styles", "peer_titles")
    if len(span) != 2 or span[0].lower_ not in peers \
            or not span[1].is_title:
        return False
    word = span[1].text
    honorifics, courtesy = word_lists("titles", "honorifics", "courtesy")
    openers = peers | {w.casefold().rstrip(".") for w in honorifics | courtesy}
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word and e.end != span.end
               and e[0].lower_.rstrip(".") not in openers for e in span.doc.ents)


def surname_titled(span: Span, title: str | None) -> bool:
    """A courtesy title that goes before a family name is written with ``span`` ("Mr Flight"): the
    title the name was cleaned of, else the title-case word right before it."""
    _given, courtesy = _lists()
    if title and title.casefold().rstrip(".") in courtesy:
        return True
    prev = span.doc[span.start - 1] if span.start > 0 else None
    return prev is not None and prev.is_title and prev.lower_.rstrip(".") in courtesy


def styled_candidates(style: str, candidates: list, styles: dict[str, set[str]]) -> list:
    """The full names ``candidates`` a styled given name may join: those written with the same
    style somewhere in the story (``styles``: person id -> the styles written before the name)."""
    key = style.split()[-1].casefold()
    return [c for c in candidates if key in styles.get(c.id, set())]


def not_given_name(title: str | None, starting: list, bare_words: set[str], surname) -> list:
    """``starting`` (full names that open with a one-word name) less those a courtesy title rules
    out: after "Mr", "Mrs", "Ms" the word is a family name, so it is no given name of a person
    whose surname the story also writes after such a title (``bare_words``: "Mr Howard" beside
    "Howard Flight" and "Mr Flight"). Names written family name first ("Mr Xie" of "Xie Xuren"),
    and a name the NER cut in two ("Ms Aissata" then "Sall" of "Aissata Tall Sall"), keep their join."""
    _given, courtesy = _lists()
    if not title or title.casefold().rstrip(".") not in courtesy:
        return starting
    return [c for c in starting if surname(c.name) not in bare_words]


def join_bare_styled(people: dict) -> None:
    """A bare one-word person of the story ("Abdullah") joins the one styled person of that given
    name ("King Abdullah") when there is exactly one: the same name written once with its style."""
    given, _surname = _lists()
    styled: dict[str, list] = {}
    for p in people.values():
        words = p.name.split()
        if len(words) >= 2 and " ".join(words[:-1]).split()[-1].casefold() in given and p.spans:
            styled.setdefault(words[-1].casefold(), []).append(p)
    if not styled:
        return
    for pid, p in list(people.items()):
        words = p.name.split()
        if len(words) == 1 and p.spans and len(styled.get(words[0].casefold(), [])) == 1:
            target = styled[words[0].casefold()][0]
            target.spans.extend(p.spans)
            target.spans.sort(key=lambda s: s.start)
            p.spans.clear()

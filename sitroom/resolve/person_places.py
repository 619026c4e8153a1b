"""A name the NER took for a person's that names a large place of the story's own country.

"in downtown Mashhad", "from Amazonia to Mato Grosso", "his first attempt to enter Westminster",
"the siege on Dayr al-Zawr": the statistical NER calls a place's name a person's now and then, and a
weak cue at one mention ("downtown" before it, "According to Fars, he said") then keeps it. A name
of one or two words that the gazetteer knows (by any of its names: "Westminster" of the City of
Westminster) as a first-level region or a city of 100,000 people or more *in the country the story
is about* (the country its actor mentions name most: countries, demonyms, capitals, bodies of a
country) is that place, unless the story marks the name as a person's: a given name first ("Nancy",
"Charles"), a word of a fuller person's name, a title, honorific, role or occupation word or a
family word right before it ("Lord Irvine", "frontman Bono", "brother Charles") or an occupation and
a comma ("China's first astronaut, Liu Yang", a Chinese name that GeoNames also lists for a city),
"who", "whose" or an age right after it, a verb of saying it is the subject of ("Strother said"), or
a role read around it. A surname that is also a town far from the story ("Chang Hua", a Taiwanese
city, in a story on China and Iran; "Bono", a Ghanaian region, in a story on Britain) is left alone:
only the story's own country counts.

A town of any country is a place too where the text itself puts it there: a name of two words (no
given name among them) that the gazetteer knows as a region or a town, with a preposition of place
right before one mention ("swept into Tal Afar", "residents remain in Khan Sheikhoun") or a town's
noun ("the rebel-held town, Khan Sheikhoun", "the town of X"), no possessive after it, and no
person's cue at any mention.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles
from sitroom.resolve.person_evidence import FAMILY_WORDS, titled
from sitroom.resolve.person_works import POSSESSIVES

__all__ = ["story_country", "place_names"]

PLACE_POP = 100_000  # a city this large is a name the story's readers know as a place
SAYING = frozenset({"say", "tell", "add", "admit", "deny", "insist", "claim", "explain", "write", "ask", "warn"})
# words right before a name that put a place there ("into Tal Afar"); not "to", "from", "with", "by",
# which people take as often ("a letter from Liu He")
PLACE_PREPS = frozenset({"in", "into", "at", "near", "atop", "outside", "inside", "across", "throughout"})
TOWN_NOUNS = frozenset({"town", "city", "village", "province", "region", "district"})


def story_country(at: dict[int, tuple[str, str, str | None]]) -> str | None:
    """The ISO code the document's actor mentions (token -> (id, name, country)) name most; None on a
    tie or when none has a country."""
    counts: Counter[str] = Counter()
    last = None
    for i in sorted(at):
        ref = at[i]
        if ref[2] and (last is None or last[0] != i - 1 or last[1] != ref[0]):
            counts[ref[2]] += 1  # one count per mention, not per token
        last = (i, ref[0])
    top = counts.most_common(2)
    if not top or len(top) > 1 and top[0][1] == top[1][1]:
        return None
    return top[0][0]


def _large_place(name: str, country: str) -> bool:
    from sitroom.resolve.gazetteer import default_gazetteer

    return any(c.cc == country and (c.level == 1 or c.level == 3 and c.pop >= PLACE_POP)
               for c in default_gazetteer().find(name))


def _known_place(name: str) -> bool:
    """The gazetteer knows the words as a region's or a town's name, in any country."""
    from sitroom.resolve.gazetteer import default_gazetteer

    return any(c.level in (1, 2, 3) for c in default_gazetteer().find(name))


def _place_cue(span: Span) -> bool:
    """A preposition of place or a town's noun puts the mention in the text as a place (see the module
    docstring); never before a possessive ("in Clint Eastwood's film")."""
    doc = span.doc
    if span.start < 2 or span.end < len(doc) and doc[span.end].text in POSSESSIVES:
        return False
    prev, before = doc[span.start - 1], doc[span.start - 2]
    return prev.lower_ in PLACE_PREPS or prev.text in {",", "of"} and before.lower_ in TOWN_NOUNS


def _person_cue(span: Span, titles: Titles, title: str | None) -> bool:
    """What marks this mention as a person's (see the module docstring)."""
    if title:
        return True
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and (titled(prev, titles) or prev.lower_ in titles.occupations
                             or prev.lower_.rstrip(".") in FAMILY_WORDS):
        return True
    if prev is not None and prev.text == "," and span.start > 1 and (
            doc[span.start - 2].lower_ in titles.occupations):
        return True  # an apposition to what a person does: "China's first astronaut, Liu Yang,"
    nxt = doc[span.end : span.end + 2]
    if len(nxt) and nxt[0].lower_ in {"who", "whose"}:
        return True
    if len(nxt) == 2 and nxt[0].text == "," and (nxt[1].lower_ in {"who", "whose"} or nxt[1].like_num):
        return True  # "Parry, who ...", "Parry, 45,"
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_ in SAYING or prev is not None and prev.lemma_ in SAYING \
        and len(nxt) and nxt[0].is_punct  # "Strother said", '..., said Strother.'


def place_names(cleaned: list[tuple[Span, str | None]], titles: Titles, country: str | None,
                has_role) -> set[str]:
    """Names of ``cleaned`` (person spans and the title stripped from each) that name a large place of
    ``country`` or a known town the text puts a mention in (see the module docstring), and have no
    person's cue at any mention; ``has_role(span, title)``: a role is read
    around the mention."""
    female, male = word_lists("given_names", "female", "male")
    parts = {t.text for s, _t in cleaned if len(s) > 1 for t in s}
    by_name: dict[str, list[tuple[Span, str | None]]] = {}
    for s, t in cleaned:
        by_name.setdefault(s.text, []).append((s, t))
    out: set[str] = set()
    for name, spans in by_name.items():
        words = name.split()
        if len(words) > 2 or words[0].casefold() in female or words[0].casefold() in male:
            continue
        if len(words) == 1 and name in parts or not words[0][:1].isupper():
            continue
        cued = len(words) == 2 and words[1].casefold() not in female | male and words[1][:1].isupper() \
            and any(_place_cue(s) for s, _t in spans)
        if not (country is not None and _large_place(name, country) or cued and _known_place(name)):
            continue
        if any(_person_cue(s, titles, t) or has_role(s, t) for s, t in spans):
            continue
        out.add(name)
    return out

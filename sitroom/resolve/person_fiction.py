"""Characters are no people: "Conleth Hill, who plays director Roger DeBris", "his role as Don
Corleone", "Den, played by Leslie Grantham", "the character Billy" (cues in data/characters.yaml),
"Llewyn Davis (Oscar Isaac)" (a film review's cast: the actor's full name in brackets after the role).

A character's name is dropped for the whole document, as a thing's is: its other mentions ("Billy's
father") name the same character."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.event_domain import cue_count
from sitroom.resolve.actor_data import DATA, _read_yaml, load_titles

__all__ = ["CharacterCues", "actor_in_brackets", "load_character_cues", "played_character"]

STAGE_CUES = 2  # distinct entertainment words (film, actor, theatre ...) that make a story one about shows
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
ARTICLES = frozenset({"the", "a", "an"})
MAX_ROLE_NOUNS = 2  # lower-case words between the cue and the name: "plays the director Roger DeBris"
MAX_SETTING = 4  # lower-case words between "played" and "by": "played in the film by"


@dataclass(frozen=True)
class CharacterCues:
    before: frozenset[tuple[str, ...]]
    play_verbs: frozenset[str]
    after: frozenset[tuple[str, ...]]


@lru_cache(maxsize=1)
def load_character_cues() -> CharacterCues:
    """Cues from ``sitroom/data/characters.yaml``."""
    data = _read_yaml(DATA / "characters.yaml")

    def phrases(key: str) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(str(p).casefold().split()) for p in data.get(key) or [])

    return CharacterCues(phrases("before"), frozenset(str(w).casefold() for w in data.get("play_verbs") or []),
                         phrases("after"))


def _ends_at(words: list[str], end: int, phrase: tuple[str, ...]) -> bool:
    return end >= len(phrase) and tuple(words[end - len(phrase):end]) == phrase


def _stage_story(doc) -> bool:
    """The story speaks of films, shows or music more than of sport ("will play Hewitt" in a
    tennis story names an opponent)."""
    stage = cue_count(doc, "entertainment")
    return stage >= STAGE_CUES and stage > cue_count(doc, "sport")


def played_character(span: Span, cues: CharacterCues | None = None) -> bool:
    """The name is a character's: a character cue before it (a role noun in lower case may stand
    between, and a courtesy title the name's own: "played Mrs Potts") or "played by" after it;
    "play" before a name says a character only in a story about films, shows or music."""
    cues = cues or load_character_cues()
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in POSSESSIVE:
        return False  # "who plays Cheadle's wife": the character is the wife, Cheadle the actor
    start = _styled_start(span)
    words = [t.lower_ for t in doc[max(0, start - 6):start]]
    ends = [len(words)]
    for k in range(1, MAX_ROLE_NOUNS + 1):  # "plays director X", "played the young X"
        t = start - k
        if t < 0 or not doc[t].is_lower or not doc[t].is_alpha or doc[t].is_stop and doc[t].lower_ not in ARTICLES:
            break  # "playing against Hewitt", "played golf with Abe": a preposition ends the role
        ends.append(len(words) - k)
    for end in ends:
        if any(_ends_at(words, end, p) for p in cues.before):
            return True
        if end > 0 and words[end - 1] in cues.play_verbs and _stage_story(doc):
            return True
    after = [t.lower_ for t in doc[span.end:span.end + 4] if t.text != ","]
    return any(tuple(after[:len(p)]) == p for p in cues.after) or _played_with_setting(span, cues) \
        or actor_in_brackets(span)


def _styled_start(span: Span) -> int:
    """Where the name starts with the courtesy title written before it ("Mrs" of "Mrs Potts", which the
    name's reading strips; ``titles.yaml`` ``courtesy``)."""
    doc, start = span.doc, span.start
    if start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_.rstrip(".") in load_titles().courtesy:
        return start - 1
    return start


def _played_with_setting(span: Span, cues: CharacterCues) -> bool:
    """ "Becky Sharp, played in the film by Reese Witherspoon": a cue of ``after`` with a few lower-case
    words of where between its verb and "by", in a story about films, shows or music (in a match
    report "Bent, played onside by Heinze" is a striker; "played for Chelsea by ...": a capital ends it)."""
    doc = span.doc
    j = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    verbs = {p[0] for p in cues.after if len(p) == 2 and p[1] == "by"}
    if j >= len(doc) or doc[j].lower_ not in verbs or not _stage_story(doc):
        return False
    for k in range(j + 1, min(j + 1 + MAX_SETTING + 1, len(doc))):
        if doc[k].lower_ == "by":
            return k > j + 1
        if not (doc[k].is_lower and doc[k].is_alpha):
            return False
    return False


def actor_in_brackets(span: Span) -> bool:
    """ "The protagonist, Llewyn Davis (Oscar Isaac), is ...": in a story about films, shows or music,
    a person's full name alone in brackets right after the name is the actor who plays it (not "Justice
    (John Paul) Stevens", where the brackets stand inside one man's name, nor "Ann Roe (D-Calif.)", nor
    a squad's "Tom Reid (Ayr Rugby)", where a club the NER took for a person stands in brackets)."""
    doc, j = span.doc, span.end
    if j + 3 >= len(doc) or doc[j].text != "(" or not _stage_story(doc):
        return False
    actor = next((e for e in doc.ents if e.start == j + 1 and e.label_ == "PERSON"), None)
    return actor is not None and len(actor) >= 2 and actor.end < len(doc) and doc[actor.end].text == ")" \
        and all(t.is_title or t.text in {".", "-"} for t in actor) and actor.text != span.text

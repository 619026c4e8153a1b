"""May an organisation the actor dictionary does not know stand as an event's party?

The NER's organisations outside the dictionary are too often a product ("App Store"), a team or
a tournament ("Davis Cup"), a publication ("Los Angeles Times"), a picture credit or a fragment
("Photo/Agencies] Trade") to take as doers. A name whose words say a body that acts is another
thing: its last word, or the word before its "of", is a body's head word ("the House Freedom
Caucus", "the Nigerian Union of Teachers", "Independent Electoral and Boundaries Commission";
``org_names.yaml`` ``head_words``, ``titles.yaml`` ``company_words``), or a body's noun renames it
in apposition at a mention ("Harbor Watch, an environmental group,"). Head words of publications,
broadcasters, teams, contests and meetings (``org_names.yaml`` ``not_party_heads``) say no body
that acts, and a name of head words alone ("the Department", "Co Inc") is a fragment. A mention that only
modifies a noun after it ("the Space Transport Services effort") names that thing, not the body.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import norm_key

__all__ = ["party_bodies", "party_mention", "party_name"]


@lru_cache(maxsize=1)
def _heads() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Head words (casefolded), the words that are no party's heads, the apposition nouns."""
    heads, shunned = word_lists("org_names", "head_words", "not_party_heads")
    company, nouns = word_lists("titles", "company_words", "company_nouns")
    heads = (heads | {norm_key(w) for w in company}) - shunned
    return frozenset(heads), frozenset(shunned), frozenset((heads | nouns) - shunned)


def party_name(name: str) -> bool:
    """Two or more words, the last one or the one before the first "of" a body's head word, one
    of them no head word."""
    words = [norm_key(w.strip(".,>")) for w in name.split()]
    words = [w for w in words if w]
    heads, shunned, _ = _heads()
    if len(words) < 2 or all(w in heads or w == "of" for w in words):
        return False  # "Department", "Co Inc" of "Bear, Stearns and Co Inc": a fragment
    if words[-1] in shunned:
        return False
    if words[-1] in heads:
        return True
    if "of" in words[1:-1]:
        return words[words.index("of", 1) - 1] in heads
    return False


def party_mention(span: Span) -> bool:
    """A mention that names the body itself, not one that modifies a noun after it ("NASA's
    Commercial Orbital Transportation Services effort", "his Harbor Fund earmark": the effort and
    the earmark are the things)."""
    return span.root.dep_ != "compound"


def _renamed(span: Span) -> bool:
    """A lower-case body's noun in apposition to the mention ("Harbor Watch, a ... group,")."""
    _, _, nouns = _heads()
    return any(t.dep_ == "appos" and t.is_lower and t.lemma_ in nouns for t in span.root.children)


def party_bodies(actors: Iterable[tuple[Span, object]]) -> frozenset[str]:
    """The ``org:`` ids among ``actors`` (span, EntityRef) whose name or a mention says a body."""
    spans: dict[str, list[Span]] = {}
    names: dict[str, str] = {}
    for span, ref in actors:
        if ref.id.startswith("org:"):
            spans.setdefault(ref.id, []).append(span)
            names[ref.id] = ref.name
    _, shunned, _ = _heads()
    return frozenset(i for i, ss in spans.items()
                     if party_name(names[i]) or (norm_key(names[i].split()[-1]) not in shunned
                                                 and any(_renamed(s) for s in ss)))

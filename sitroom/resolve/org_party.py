"""May an organisation the actor dictionary does not know stand as an event's party?

The NER's organisations outside the dictionary are too often a product ("App Store"), a team or
a tournament ("Davis Cup"), a publication ("Los Angeles Times"), a picture credit or a fragment
("Photo/Agencies] Trade") to take as doers. A name whose words say a public body is another
thing: its last word, or in a name with "of" the word before the first "of", is a public body's
head word ("the House Freedom Caucus", "the Nigerian Union of Teachers", "Independent Electoral
and Boundaries Commission"; ``org_names.yaml`` ``party_heads``), or such a noun renames it in
apposition at a mention ("Harbor Watch, a local party,"). A company, a bank or an association
passes its own test (``firm_bodies``: "Hecla Mining Co", "Bank of Japan", "Velmora, a shipping
company,") and is a party only in the acts and clauses ``components/event_firms`` allows: its
events are commercial or descriptive acts the event coder reads badly far more often ("increased
their presence", "agreed to merge"). Groups, services and funds stay out ("the lists, which ban
calls"). A name of head words alone ("the Department", "Co Inc") is a fragment,
and a mention that only modifies a noun after it ("the Space Transport Committee effort") names
that thing, not the body.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import norm_key

__all__ = ["firm_bodies", "firm_mention", "firm_name", "national_name", "party_bodies", "party_mention", "party_name",
           "renamed_by"]


@lru_cache(maxsize=1)
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """The head words of public bodies, and every head word of a body (a name of these alone is
    a fragment)."""
    party, heads, firm = word_lists("org_names", "party_heads", "head_words", "firm_heads")
    return party, party | heads | firm


@lru_cache(maxsize=1)
def _firms() -> tuple[frozenset[str], frozenset[str]]:
    """The head words of companies', banks' and associations' names, and the lower-case nouns that
    call a name such a body ("a Boston lender", "oil giant Yukos")."""
    return word_lists("org_names", "firm_heads", "firm_nouns")


def _head_word(name: str, kinds: frozenset[str]) -> bool:
    """Two or more words, one of them no head word, the last one (or, with "of", the one before
    the first "of") one of ``kinds``."""
    words = [norm_key(w.strip(",>").replace(".", "")) for w in name.split()]  # "N.V.", "Co."
    words = [w for w in words if w]
    _, heads = _heads()
    if len(words) < 2 or all(w in heads or w == "of" for w in words):
        return False  # "Department", "Co Inc" of "Bear, Stearns and Co Inc": a fragment
    if "of" in words[1:-1]:  # "Union of Teachers"; not "Affairs of the Russian Federation"
        return words[words.index("of", 1) - 1] in kinds
    return words[-1] in kinds


def party_name(name: str) -> bool:
    """A public body's name: "the House Freedom Caucus", "the Nigerian Union of Teachers"."""
    return _head_word(name, _heads()[0])


def firm_name(name: str) -> bool:
    """A company's, a bank's or an association's name: "Hecla Mining Co", "Wells Fargo & Co.",
    "Bank of Japan", "the National Association of Realtors"."""
    return _head_word(name, _firms()[0])


def party_mention(span: Span) -> bool:
    """A mention that names the body itself, not one that modifies a noun after it ("NASA's
    Commercial Orbital Transportation Services effort", "his Harbor Committee earmark": the
    effort and the earmark are the things)."""
    return span.root.dep_ != "compound"


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """One-word offices and the words that open a longer one ("Vice Governor", "Deputy Chairman")."""
    (roles,) = word_lists("titles", "roles")
    return frozenset(r.casefold() for r in roles if " " not in r) | {"vice", "deputy", "chief"}


def firm_mention(span: Span) -> bool:
    """A mention that names the firm itself: not a noun's modifier (``party_mention``), nor the
    employer before an official's office ("Central Bank of Ostland (CBO) Governor Ann Lee", "the
    Ridgeway Bank's Vice Chairman"), who is the one acting."""
    if not party_mention(span):
        return False
    doc, k = span.doc, span.end
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        k += 3  # an acronym in brackets
    if k < len(doc) and doc[k].lower_ in ("'s", "\u2019s"):
        k += 1
    return not (k < len(doc) and doc[k].lower_ in _role_words())


def renamed_by(span: Span, nouns: frozenset[str]) -> bool:
    """One of ``nouns``, lower case, in apposition to the mention ("IG Metall, Germany's largest
    union,"; "Lambda Legal, a national civil rights organization,")."""
    return any(t.dep_ == "appos" and t.is_lower and t.lemma_ in nouns for t in span.root.children)


def called_firm(span: Span) -> bool:
    """A lower-case company noun renames the mention or stands before it in its phrase ("Arbor
    Networks, a security firm,"; "US firm Arbor Networks"; "oil giant Yukos")."""
    _, nouns = _firms()
    return renamed_by(span, nouns) or any(
        t.dep_ in ("compound", "appos", "nmod") and t.is_lower and t.lemma_ in nouns and t.i < span.start
        for t in span.root.children)


def _bodies(actors: Iterable[tuple[Span, object]], says: Callable[[str, list[Span]], bool]) -> frozenset[str]:
    """The ``org:`` ids among ``actors`` (span, EntityRef) for which ``says(name, mentions)``."""
    spans: dict[str, list[Span]] = {}
    names: dict[str, str] = {}
    for span, ref in actors:
        if ref.id.startswith("org:"):
            spans.setdefault(ref.id, []).append(span)
            names[ref.id] = ref.name
    return frozenset(i for i, ss in spans.items() if says(names[i], ss))


def firm_bodies(actors: Iterable[tuple[Span, object]]) -> frozenset[str]:
    """The ``org:`` ids among ``actors`` (span, EntityRef) whose name or a mention says a company,
    a bank or an association, and no public body."""
    return _bodies(actors, lambda name, ss: firm_name(name) or any(called_firm(s) for s in ss))


def party_bodies(actors: Iterable[tuple[Span, object]]) -> frozenset[str]:
    """The ``org:`` ids among ``actors`` (span, EntityRef) whose name or a mention says a public
    body, or that a country's name opens (``national_name``)."""
    party, _ = _heads()
    actors = list(actors)
    national = frozenset(r.id for _, r in actors if r.id.startswith("org:") and national_name(r))
    return national | _bodies(actors, lambda name, ss: party_name(name) or any(renamed_by(s, party) for s in ss))


def national_name(ref) -> bool:
    """A body named after its country ("the US Secret Service", "the U.S. Postal Service"): a
    state's own agency, its head word one of ``national_heads`` (a "service" too)."""
    (heads,) = word_lists("org_names", "national_heads")
    words = ref.name.split()
    return bool(getattr(ref, "country", None)) and len(words) >= 3 and norm_key(words[-1]) in heads

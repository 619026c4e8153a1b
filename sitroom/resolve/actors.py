"""Actor identity across documents: aggregate per id, find likely duplicates, merge B into A.

Pure logic; the store does the SQL (``sitroom entities`` lists the store's rows, ``sitroom
merge A B`` folds B into A and remembers the alias; ``entities --duplicates`` proposes merges).
Ids are stable by construction: countries by ISO alpha-3, dictionary actors by key, people by
``person:`` + normalised full name, other organisations by ``org:`` + normalised name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from sitroom.resolve.actor_data import load_titles, norm_key
from sitroom.resolve.org_names import branch_word, extra_word, head_word, name_runs_on

__all__ = [
    "Candidate",
    "surname_key",
    "EntitySummary",
    "compatible",
    "duplicate_candidates",
    "given_names",
]

# kinds that may name the same body ("the Taliban" as organization in one text, armed_group in another)
GROUP_KINDS = frozenset({"organization", "armed_group", "military_unit", "media", "other"})


@dataclass(frozen=True, slots=True)
class EntitySummary:
    """One actor over a whole store: what ``sitroom entities`` lists."""

    id: str
    name: str
    kind: str
    country: str | None
    mentions: int
    documents: int
    role: str | None = None
    affiliation: str | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A likely duplicate: merge ``merge`` into ``keep``."""

    keep: str
    merge: str
    score: float  # 0-100
    reason: str


def compatible(a: EntitySummary, b: EntitySummary) -> bool:
    """Could ``a`` and ``b`` be one actor? Same kind family, no conflicting country or role."""
    if a.id == b.id:
        return False
    if a.kind != b.kind and not (a.kind in GROUP_KINDS and b.kind in GROUP_KINDS):
        return False
    if a.kind == "country":
        return False  # countries are keyed by ISO code: two codes are two states
    if a.country and b.country and a.country != b.country:
        return False
    if a.kind == "person" and a.affiliation and b.affiliation and a.affiliation != b.affiliation:
        return a.role is None or b.role is None or norm_key(a.role) == norm_key(b.role)
    return True


def _same_given(x: str, y: str) -> bool:
    """ "v" and "vladimir" can be the same given name; "vladimir" and "viktor" cannot."""
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
STOP = frozenset({"the", "of", "for", "and", "a", "an", "de", "al"})


def _words(name: str) -> list[str]:
    """A name's words split on spaces only: "Ban Ki-moon" -> ["ban", "ki-moon"]."""
    return [norm_key(w) for w in name.split() if norm_key(w)]


def surname_key(name: str) -> str:
    """The family name of a person's name: last word before "Jr."/"III" ("Ki-moon" stays whole)."""
    words = _words(name)
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    return words[-1] if words else ""


def _person_score(a: str, b: str) -> tuple[float, str]:
    """ "Putin" vs "Vladimir Putin", "V. Putin" vs "Vladimir Putin", spelling variants."""
    wa, wb = _words(a), _words(b)
    if {w for w in wa if w in SUFFIXES} != {w for w in wb if w in SUFFIXES}:
        return 0.0, ""  # "Donald Trump Jr." is not "Donald J. Trump": a generation apart
    if wa and wb and surname_key(a) == surname_key(b):
        short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        if len(short) == 1:
            return 92.0, "surname of a full name"
        if all(_same_given(x, y) for x, y in zip(short[:-1], long_[:-1], strict=False)):
            return 95.0, "same surname, compatible given names"
    return float(fuzz.token_sort_ratio(" ".join(wa), " ".join(wb))), "similar name"


def _org_score(a: str, b: str) -> tuple[float, str]:
    """ "201st Army Division" / "201st Division" (one name inside the other, one word more) or a
    spelling variant word by word; never two names that differ in a whole word ("New York Times"
    / "New York Mets")."""
    wa = [w for w in _words(a) if w not in STOP]
    wb = [w for w in _words(b) if w not in STOP]
    if not wa or not wb:
        return 0.0, ""
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) >= 2 and len(long_) - len(short) == 1 and _in_order(short, long_):
        if _another_body(a if len(wa) > len(wb) else b, short):
            return 0.0, ""
        return 90.0, "one name inside the other"
    if len(wa) == len(wb) and all(fuzz.ratio(x, y) >= 85 for x, y in zip(wa, wb, strict=True)):
        pairs = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
        if len(wa) == 1 and pairs and {pairs[0][0] + "s", pairs[0][1] + "s"} & {pairs[0][0], pairs[0][1]}:
            return 0.0, ""  # "Times" / "Time": one word and its plural are two titles
        role_words = load_titles().words
        if any((x in role_words) != (y in role_words) for x, y in pairs):
            return 0.0, ""  # "Minister of Foreign Affairs" / "Ministry of ...": an office and its body
        return float(fuzz.ratio(" ".join(wa), " ".join(wb))), "spelling variant"
    return 0.0, ""


def _another_body(long_name: str, short: list[str]) -> bool:
    """The word the longer name adds makes it another body: one joined with "and" ("Ministry of
    Education and Culture" is not the "Ministry of Education") or a country's or region's branch
    ("League of Women Voters of Pennsylvania" is not the national league)."""
    raw = long_name.split()
    keys = [norm_key(w) for w in raw]
    rest = list(short)
    for i, k in enumerate(keys):
        if rest and k == rest[0]:
            rest.pop(0)
        elif k and k not in STOP:
            before = keys[i - 1] if i > 0 else ""
            if before == "and":
                return True
            return before == "of" and i == len(raw) - 1 and raw[i][:1].isupper() and _region(raw[i])
    return False


def _region(word: str) -> bool:
    """A country's or a first- or second-level region's name ("Iran", "Pennsylvania")."""
    from sitroom.resolve.gazetteer import default_gazetteer

    return any(c.level in (0, 1, 2) and norm_key(c.name) == norm_key(word) for c in default_gazetteer().find(word))


def _in_order(short: list[str], long_: list[str]) -> bool:
    it = iter(long_)
    return all(any(w == x for x in it) for w in short)


def _dominant(single: EntitySummary, block: list[EntitySummary], full: EntitySummary) -> bool:
    """A bare surname joins a full name only when that person is the block's clear first."""
    others = sorted((e.documents for e in block if e.id != full.id and len(_words(e.name)) > 1
                     and surname_key(e.name) == surname_key(single.name)
                     and _person_score(e.name, full.name)[0] < 95), reverse=True)
    return full.documents >= 2 * (others[0] if others else 0)


def given_names(people: Iterable[EntitySummary]) -> frozenset[str]:
    """First words of the store's full-named people: "Charles" of "Charles Kennedy"."""
    return frozenset(_words(e.name)[0] for e in people if e.kind == "person" and len(_words(e.name)) > 1)


def _keep_first(a: EntitySummary, b: EntitySummary) -> tuple[EntitySummary, EntitySummary]:
    """(keep, merge) of two spellings: the fuller name, then the one in more documents."""
    keep, merge = sorted((a, b), key=lambda e: (-len(_words(e.name)), -e.documents, -e.mentions, e.id))
    return keep, merge


def _lower(name: str) -> bool:
    """A name with a lower-case word ("Department of Transport document", "daily Economic Times")."""
    return any(w[:1].islower() and norm_key(w) not in STOP for w in name.split())


def _inside(a: EntitySummary, b: EntitySummary, names: frozenset[str],
            tails: Mapping[str, list[str]]) -> tuple[EntitySummary, EntitySummary] | None:
    """(keep, merge) of two bodies, one name inside the other, or None when they are two: the
    fuller name is kept unless it is cut (its mentions run on into a longer name), made by an
    artefact, or the shorter one is in twice as many documents; a longer name whose extra last word is no body's head is
    a span cut too long ("Department of Transport Document"), one with another word inside is
    another body ("Joint Economic Commission"), but not one that spells out an abbreviated name
    of the store ("House of Representatives Intelligence Committee") or a service ("201st Army
    Division"); one that runs on "of" a country or region is that place's branch."""
    short, long_ = (a, b) if len(_words(a.name)) < len(_words(b.name)) else (b, a)
    word, where = extra_word([w for w in _words(short.name) if w not in STOP], long_.name, STOP)
    if where == "middle" and not branch_word(word):
        prefix = long_.name[: long_.name.index(word) + len(word)]
        if norm_key(re.sub(r"['’]s?$", "", prefix)) not in names:  # "House of Representatives’"
            return None
    runs = {e.id: name_runs_on(tails.get(e.id, [])) for e in (short, long_)} if tails else {}
    run_long = runs.get(long_.id, "")
    if run_long.startswith(("of ", "for ")) and _region(run_long.split(maxsplit=1)[1].removeprefix("the ")):
        return None  # "Federal Reserve Bank" of New York: a place's branch
    if (where == "last" and not head_word(word)) or set(long_.name) & set("<>()[]"):
        return short, long_  # "Tehran Zoo Animal", "Rolls Royce Plc>" (a ticker's bracket)
    if _lower(long_.name) != _lower(short.name):  # a lower-case word marks a span, not a name
        return (short, long_) if _lower(long_.name) else (long_, short)
    if runs.get(short.id) or run_long:  # a cut name is kept over no one
        return (long_, short) if runs.get(short.id) else (short, long_)
    # the fuller name of one body ("201st Army Division"), unless the shorter is the name the
    # sources use: in at least twice as many documents ("Wells Fargo" over "Wells Fargo Bank")
    return (short, long_) if short.documents >= 2 * long_.documents else (long_, short)


def duplicate_candidates(entities: Iterable[EntitySummary], threshold: float = 88.0,
                         tails: Mapping[str, list[str]] | None = None) -> list[Candidate]:
    """Pairs of compatible actors with similar names, best first; the one mentioned more is kept.

    A bare name that is also a given name in the store ("Charles": Ray Charles or Charles Kennedy)
    joins no one; a dictionary actor is never folded into a free organisation's name that contains
    it ("US-REPUBLICANS" into "Republican Party of Minnesota": a branch is not the whole).
    ``tails`` (entity id -> the text after each mention, ``org_names.mention_tails``) tells a
    name cut inside a longer one."""
    items = [e for e in entities if e.kind != "country" and not e.id.startswith("sector:")]  # generic groups
    given = given_names(items)
    names = frozenset(norm_key(e.name) for e in items)
    blocks: dict[str, list[EntitySummary]] = defaultdict(list)
    for e in items:
        words = _words(e.name) or [norm_key(e.name)]
        # people meet on their surname, others on their first letters: avoids comparing all pairs
        blocks[("p:" + surname_key(e.name)) if e.kind == "person" else ("o:" + words[0][:3])].append(e)
    seen, out = set(), []
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if not compatible(a, b) or (a.id, b.id) in seen:
                    continue
                seen.add((a.id, b.id))
                if a.kind == "person":
                    score, reason = _person_score(a.name, b.name)
                    single = a if len(_words(a.name)) == 1 else b if len(_words(b.name)) == 1 else None
                    if single is not None and not _dominant(single, block, b if single is a else a):
                        continue  # "Clinton": Bill or Hillary? no default
                    if single is not None and _words(single.name)[0] in given:
                        continue  # "Charles": a surname of Ray Charles, a given name of Charles Kennedy
                elif not (a.id.startswith("org:") or b.id.startswith("org:")):
                    continue  # two dictionary actors are two actors by construction
                else:
                    score, reason = _org_score(a.name, b.name)
                if score < threshold:
                    continue
                if reason == "one name inside the other":
                    pair = _inside(a, b, names, tails or {})
                    if pair is None:
                        continue
                    keep, merge = pair
                else:
                    keep, merge = _keep_first(a, b)
                if not merge.id.startswith(("org:", "person:")) and keep.id.startswith("org:"):
                    if reason == "one name inside the other":
                        continue  # a dictionary actor stays what the dictionary says
                    keep, merge = merge, keep  # a spelling variant joins the dictionary's actor
                out.append(Candidate(keep.id, merge.id, score, reason))
    return sorted(out, key=lambda c: (-c.score, c.keep, c.merge))



"""People across documents: a bare surname joins the most likely full-named person of the store.

A document that writes only "Trump" or "Putin" gives ``person:trump``; across the store that is
Donald Trump when (1) he is the full-named person with that surname in the most documents, at
least twice as many as the next one and in two or more, (2) he is no family member (a role such
as "first lady" or "wife" never makes a default), (3) country and affiliation do not conflict,
and (4) there is evidence beyond the name: the surname's documents and his share a co-mentioned
actor that is not a country or a generic sector actor, or both have the same role. A name that
follows "bin" or "ibn" in a full name is the father's ("Mohammed bin Salman" is no default for a
bare "Salman"). The merge is
``sitroom merge`` (an alias is kept, so later documents join directly) and is listed by
``sitroom entities --duplicates`` first.
"""

from __future__ import annotations

from collections import defaultdict

from sitroom.resolve.actor_data import norm_key
from sitroom.resolve.actors import Candidate, EntitySummary, compatible, surname_key
from sitroom.resolve.person_evidence import FAMILY_WORDS, patronym

__all__ = ["link_surnames", "surname_candidates"]


def _family(e: EntitySummary) -> bool:
    role = (e.role or "").casefold()
    return "first lady" in role or any(w in FAMILY_WORDS for w in role.split())


def surname_candidates(people: list[EntitySummary], comentions: dict[str, set[str]]) -> list[Candidate]:
    """(full name, surname) merges the evidence supports; ``comentions`` maps an entity id to the
    named actors co-mentioned in its documents."""
    by_surname: dict[str, list[EntitySummary]] = defaultdict(list)
    bare = []
    for e in people:
        words = e.name.split()
        if len(words) == 1:
            bare.append(e)
        elif not patronym(e.name, words[-1].casefold()):
            by_surname[surname_key(e.name)].append(e)  # not "Mohammed bin Salman" for a bare "Salman": his father
    out = []
    for s in bare:
        full = sorted((f for f in by_surname.get(norm_key(s.name), []) if not _family(f)),
                      key=lambda f: (-f.documents, f.id))
        if not full:
            continue
        best = full[0]
        runner = full[1].documents if len(full) > 1 else 0
        if best.documents < 2 or best.documents < 2 * runner or not compatible(best, s):
            continue
        shared = comentions.get(s.id, set()) & comentions.get(best.id, set())
        same_role = bool(s.role and best.role and norm_key(s.role) == norm_key(best.role))
        if shared or same_role:
            reason = "surname of the store's most likely person" + (", same role" if same_role else "")
            out.append(Candidate(best.id, s.id, 93.0, reason))
    return out


def _comentions(store, ids: list[str]) -> dict[str, set[str]]:
    """Named, non-country actors mentioned in the same documents as each of ``ids``."""
    out: dict[str, set[str]] = {}
    for eid in ids:
        rows = store.rows(
            "SELECT DISTINCT o.entity_id AS id FROM mentions m JOIN mentions o ON o.doc_id = m.doc_id"
            " JOIN entities e ON e.id = o.entity_id WHERE m.entity_id = ? AND o.entity_id <> ?"
            " AND e.kind <> 'country' AND e.id NOT LIKE 'sector:%'", (eid, eid))
        out[eid] = {r["id"] for r in rows}
    return out


def link_surnames(store, apply: bool = True) -> list[Candidate]:
    """Find (and with ``apply``, make) the surname merges the evidence supports."""
    from sitroom.resolve.actors import EntitySummary as Summary

    people = [Summary(r.id, r.name, r.kind, r.country, r.mentions, r.documents, r.role, r.affiliation)
              for r in store.entities(kind="person")]
    bare = {e.id for e in people if len(e.name.split()) == 1}
    if not bare:
        return []
    names = {norm_key(e.name) for e in people if e.id in bare}
    involved = [e.id for e in people if e.id in bare or (len(e.name.split()) > 1 and surname_key(e.name) in names)]
    found = surname_candidates(people, _comentions(store, involved))
    if apply:
        for c in found:
            store.merge_entities(c.keep, c.merge)
    return found

"""A company, a bank or an association stands as a party only in the acts such a body does.

The actor dictionary does not know most companies, banks and associations; their names and the
nouns that rename them say what they are (``org_party.firm_bodies``). Such a body agrees, offers,
asks, sues, rejects, gives, meets, yields: "Wells Fargo & Co. agreed to pay", "Deutsche Bank
rebuffed efforts", "the National Association of Realtors, which opposes". It never fights,
attacks, mobilises or coerces: an event the coder put in such a category has read a commercial
clause badly ("the banks have increased their presence" is no mobilisation; "the association had
sanctioned the events" licensed them), so the body is no party of it there
(``org_names.yaml`` ``firm_doer_categories``, ``firm_target_categories``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from sitroom.components.event_draft import Draft
from sitroom.components.event_words import word_lists

__all__ = ["firm_roles"]


@lru_cache(maxsize=1)
def _categories() -> tuple[frozenset[str], frozenset[str]]:
    """The categories in which a company may be the doer, and those in which it may be the target."""
    return word_lists("org_names", "firm_doer_categories", "firm_target_categories")


def firm_roles(drafts: Iterable[Draft], firms: frozenset[str]) -> list[Draft]:
    """``drafts`` with the ``firms`` taken out of the acts that do not fit them."""
    out = list(drafts)
    if not firms:
        return out
    doer, target = _categories()
    for d in out:
        if d.category not in doer and any(a in firms for a in d.actors):
            d.actors = tuple(a for a in d.actors if a not in firms)
        if d.category not in target and any(a in firms for a in d.targets):
            d.targets = tuple(a for a in d.targets if a not in firms)
    return out

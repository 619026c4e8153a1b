"""A private commentator's "must" states a view, no demand (used by the events component).

PLOVER REQUEST is a party's demand: "Britain said that Libya must hand over the suspects" (the
`complement_aux` reading of verbs of saying in events.yaml). The same words from an analyst, an
economist or a banker ("the central bank must hold rates, said the chief economist of a
brokerage", "Jane Roe, an expert on trade, said Peru must open its ports") say what the speaker
thinks should happen: no party asks anything of another, a statement that PLOVER does not code.
The speaker is such a commentator when every actor is a person who holds no state office and
whose role names a private trade (``event_parties.private_role_words``: analyst, economist,
expert ...) or a company ("director of Halden Bank Ltd", ``company_name_ends``), or whom an
apposition to the subject calls one. A state official's, a body's or a state's "must" stays a
demand, and so does one whose speaker's role the text does not give.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_args import Args, DocIndex
from sitroom.components.event_domain import state_official
from sitroom.components.event_lexicon import LexEntry
from sitroom.components.event_words import word_lists

__all__ = ["commentary"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _private_role(role: str | None, private: set[str], companies: set[str]) -> bool:
    """The role's last word (before any "of") names a private trade ("chief economist", not
    "Attorney General" or "co-chair"), or a company word follows "of" ("director of Halden Bank
    Ltd")."""
    if not role:
        return False
    head, of, rest = role.lower().partition(" of ")
    words = head.split()
    return bool(words and words[-1] in private) or bool(of and set(rest.split()) & companies)


def commentary(span: Span, entry: LexEntry, args: Args, idx: DocIndex) -> bool:
    """The trigger is a "must" that private commentators say: an opinion, no REQUEST."""
    if not entry.complement_aux or not args.actors:
        return False
    private, companies = word_lists("event_parties", "private_role_words", "company_name_ends")
    described = {a.lemma_.lower() for s in span.root.children if s.dep_ in _SUBJECTS
                 for a in s.children if a.dep_ == "appos"}
    for ident in args.actors:
        ref = idx.refs.get(ident)
        if ref is None or ref.kind != "person" or state_official(ref):
            return False
        if not (_private_role(ref.role, private, companies) or described & private):
            return False
    return True

"""Promises made in an election campaign (used by the events component): a candidate's promise
is made to voters, no party in an accord, and is no PLOVER AGREE ("promised on the campaign trail
to scrap the tax", "pledged as a candidate to close the border", "promised that once elected
she would double pensions", "campaigned for mayor in Leeds and pledged to close the casino",
"repeated his campaign pledge"). The act promised, where the coder reads it on its own word, stays
as a planned act. A promise made to a party, and one only dated by an election ("pledged after the
election to form a coalition"), are kept. Word lists in ``sitroom/data/vows.yaml``."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_args import DocIndex
from sitroom.components.event_draft import Draft
from sitroom.components.event_words import word_lists

__all__ = ["campaign_pledges"]

_CLAUSES = frozenset({"xcomp", "ccomp", "advcl"})


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _race(noun: Token) -> bool:
    """A run for an office: "his presidential race", "a bid for the presidency"."""
    (marks,) = word_lists("vows", "race_marks")
    near = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    near += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
             for p in c.children if p.dep_ == "pobj"]
    return any(_lemma(t) in marks or t.lower_ in marks for t in near)


def _sets_campaign(verb: Token) -> bool:
    """A phrase on the verb sets it in a campaign: "on the campaign trail", "as a candidate",
    "during the campaign", "before the last election", "during his presidential race"."""
    settings, elections, before, races = word_lists(
        "vows", "campaign_settings", "election_nouns", "election_preps", "race_nouns")
    # a phrase on the verb, or on an adverb of time on it ("ahead of the vote")
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [p for c in verb.children if c.dep_ == "advmod" for p in c.children if p.dep_ == "prep"]
    for prep in preps:
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            lemma = _lemma(noun)
            if lemma in settings or any(_lemma(c) in settings for c in noun.children if c.dep_ == "compound"):
                return True
            if lemma in elections and (prep.lower_ in before or prep.head.lower_ in before):
                return True
            if lemma in races and _race(noun):
                return True
    return False


def _coordinated(verb: Token) -> list[Token]:
    """The verb and the verbs it is coordinated with ("he said ... and promised"); where the first
    of them is what a verb of saying reports, that verb too: "during the campaign he said the
    refugees were a risk and promised checks" is parsed with the promise inside what was said."""
    heads = [verb]
    while heads[-1].dep_ == "conj" and heads[-1].head.i != heads[-1].i:
        heads.append(heads[-1].head)
    if len(heads) > 1 and heads[-1].dep_ == "ccomp":
        heads.append(heads[-1].head)
    return heads


def _if_elected(verb: Token) -> bool:
    """What is promised holds on an election: "promised that once elected she would ..."."""
    verbs, marks = word_lists("vows", "elected_verbs", "elected_marks")
    for clause in (c for c in verb.children if c.dep_ in _CLAUSES):
        for tok in clause.subtree:
            if tok.dep_ == "advcl" and _lemma(tok) in verbs and any(
                    c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in tok.children):
                return True
    return False


def _electoral_verb(verb: Token) -> bool:
    """A verb of promising set in a campaign, made by a candidate or to the electorate."""
    candidates, voters, campaigning = word_lists("vows", "candidate_nouns", "electorate_nouns", "campaign_verbs")
    heads = _coordinated(verb)
    if any(_sets_campaign(h) for h in heads) or _if_elected(verb):
        return True
    if any(_lemma(h) in campaigning for h in heads[1:]) or (
            verb.dep_ in _CLAUSES and _lemma(verb.head) in campaigning):
        return True  # "campaigned ... but also promised", "campaigned on a platform, promising"
    if any(c.dep_ == "advcl" and _lemma(c) in campaigning for c in verb.children):
        return True  # "promised, campaigning in Ohio, to ..."
    subjects = [c for h in heads for c in h.children if c.dep_ == "nsubj"]
    if any(_lemma(s) in candidates for s in subjects):
        return True
    return any(_lemma(r) in voters for r in _receivers(verb))


def _receivers(promise: Token) -> list[Token]:
    """Whom the promise may be made to: "promised voters", "promised Chile that ...", "a pledge
    to Peru" (an object that is no party, "promised lower taxes", is what is promised)."""
    found = [c for c in promise.children if c.dep_ in ("dative", "dobj")]
    return found + [p for c in promise.children if c.dep_ == "prep" and c.lower_ == "to"
                    for p in c.children if p.dep_ == "pobj"]


def _to_party(promise: Token, idx: DocIndex) -> bool:
    """The promise is made to a party, not to the electorate ("promised Chile ...")."""
    (voters,) = word_lists("vows", "electorate_nouns")
    return any(_lemma(r) not in voters and (r.i in idx.actor_at or r.i in idx.place_at or r.pos_ == "PROPN")
               for r in _receivers(promise))


def _electoral_noun(noun: Token) -> bool:
    """A promise noun marked electoral: "his campaign pledge", "election promises"."""
    (marks,) = word_lists("vows", "electoral_modifiers")
    return any(c.dep_ in ("compound", "amod") and (_lemma(c) in marks or c.lower_ in marks)
               for c in noun.children)


def _electoral(d: Draft, idx: DocIndex) -> bool:
    root = d.span.root
    (verbs,) = word_lists("figurative", "promise_verbs")
    (nouns,) = word_lists("vows", "promise_nouns")
    if d.category != "AGREE" or _to_party(root, idx):
        return False  # a promise made to a party stays one
    if root.pos_ == "VERB" and _lemma(root) in verbs:
        return _electoral_verb(root)
    if root.pos_ == "NOUN" and _lemma(root) in nouns:
        return _electoral_noun(root) or _sets_campaign(root)
    return False


def campaign_pledges(drafts: list[Draft], idx: DocIndex) -> list[Draft]:
    """Drop the AGREE of a promise made in an election campaign (to voters, no party)."""
    return [d for d in drafts if not _electoral(d, idx)]

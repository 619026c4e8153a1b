"""A person's role read from a phrase of words beside the name: the longest office the vocabulary
knows, the title words that belong to it, and whose office it is (the actor owning it, the body an
"of" phrase names, where a diplomat is sent).

:mod:`sitroom.resolve.person_roles` finds the phrases around a name (a title before it, an apposition
after or before it); this module reads what such a phrase says into a :class:`PersonRole`.
Works on spaCy tokens only (no regex over the text).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles
from sitroom.resolve.person_field_owner import state_field_role
from sitroom.resolve.person_offices import QUALIFIERS, lesser_start, past

__all__ = ["DETERMINERS", "FINITE", "HYPHENS", "NOT_YET", "ActorAt", "PersonRole", "phrase_role", "posted_role",
           "sender_of"]

# what an actor at a token position resolves to: (entity id, name, country) or None
ActorAt = Callable[[int], "tuple[str, str, str | None] | None"]
DETERMINERS = frozenset({"the", "a", "an"})
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})  # finite verbs end an apposition; participles do not
HYPHENS = frozenset({"-", "\u2010"})
# words hyphenated after an office that say it is not held yet: "Vice President-elect", "Governor-designate"
NOT_YET = frozenset({"elect", "designate"})
# nouns that end an organisation's name as written ("Chase Manhattan bank", "the Plaid Cymru group"):
# the "of" phrase still names the organisation
ORG_KINDS = frozenset({"bank", "group", "party", "company", "corporation", "university", "council"})


@dataclass(frozen=True, slots=True)
class PersonRole:
    """Role, affiliation (entity id) and country read around a name."""

    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    title: str | None = None  # honorific (Mullah, General) kept when no other role is given


def _role_at(tokens: list[Token], titles: Titles) -> tuple[int, int] | None:
    """Longest vocabulary role inside ``tokens`` as (i, j) indexes, earliest first."""
    words = [t.lower_ for t in tokens]
    best = None
    for i in range(len(words)):
        for n in range(titles.max_role_words + 2, 0, -1):  # hyphens count as tokens
            j = i + n
            if j > len(words):
                continue
            phrase = "".join(t.text_with_ws for t in tokens[i:j]).strip().casefold()
            if phrase in titles.roles:
                if best is None or (j - i) > (best[1] - best[0]):
                    best = (i, j)
                break
        if best is not None:
            last = tokens[best[1] - 1]
            if last.dep_ == "compound" and last.head.i > last.i and best[1] < len(words):
                later = _role_at(tokens[best[1]:], titles)  # "Justice Department spokeswoman"
                if later is not None and later[0] == 0 and tokens[best[1]].text[:1].isupper():
                    # "Director General": one title of two role words, the second capitalised;
                    # not "Defense Secretary spokesman" (fixpl38)
                    return best[0], best[1] + later[1]
                if later is not None:
                    return best[1] + later[0], best[1] + later[1]
            return best
    return best


def _whole_title(tokens, i: int, j: int) -> int:
    """ "chief investigative correspondent", "chief US economist", "chief co-ordinator", "general
    counsel", "deputy managing director": a bare "chief", "deputy" or "general" before more title
    words is their head, not the title."""
    if tokens[j - 1].lower_ not in {"chief", "deputy", "senior", "general"}:
        return j
    k = j
    while k < len(tokens) and k - j < 4 and (
        tokens[k].pos_ in {"NOUN", "ADJ", "PROPN"} and tokens[k].is_alpha and not tokens[k].ent_type_ == "PERSON"
        or tokens[k].tag_ == "VBG" and tokens[k].is_lower and k + 1 < len(tokens) and tokens[k + 1].pos_ == "NOUN"
        or tokens[k].text in {"-", "\u2010"} and k + 1 < len(tokens) and not tokens[k].whitespace_
    ):
        k += 1
    while k > j and not (tokens[k - 1].pos_ == "NOUN" and tokens[k - 1].is_lower):
        k -= 1  # end on a common noun ("economist"), not on a name or an adjective
    return k


def _adjective_before_thing(word: Token, last: Token) -> bool:
    """A lower-case rank word used as an adjective before a noun that names an act, a state or a
    quality (``titles.yaml`` ``abstract_noun_endings``): "general election", "major reform"; not
    "general counsel", "general manager"."""
    if not (word.is_lower and word.pos_ == "ADJ"):
        return False
    endings = word_lists("titles", "abstract_noun_endings")[0]
    return any(last.lower_.endswith(e) for e in endings)


def _owns(tok: Token, role_start: Token) -> bool:
    """ "Russia's pundit", "Russian journalist" own the role; "pro-Kremlin journalist" does not."""
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in {"'s", "’s"}:
        return True
    return tok.i + 1 == role_start.i and not (tok.i > 0 and doc[tok.i - 1].text == "-")


def _possessive(tok: Token) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in {"'s", "\u2019s"}


def posted_role(last: Token, titles: Titles) -> bool:
    """A diplomat's role ("special envoy", "ambassador"): one country's office sent to a place."""
    return last.lower_ in titles.posted_roles


def sender_of(doc: Doc, at: int, owner: tuple, actor_at: ActorAt) -> tuple | None:
    """The actor named right before a diplomat's role at ``at``, or, when a possessive comes before
    it ("Putin's Afghanistan envoy", "Moscow's U.S. ambassador"), the one owning the office: the
    place is where he is sent (a person owning the office names no country)."""
    k = at
    while k > 0 and actor_at(k - 1) == owner:
        k -= 1
    if k == 0 or doc[k - 1].lower_ not in {"'s", "\u2019s"}:
        return owner
    sender = actor_at(k - 2) if k >= 2 else None
    return sender if sender and sender[0] != owner[0] else None


def phrase_role(phrase: list[Token], titles: Titles, actor_at: ActorAt) -> PersonRole | None:
    """Role and affiliation from an apposition like "the head of Russia's GRU"."""
    if not phrase:
        return None
    found = _role_at(phrase[:8], titles)
    if found is None:
        return None
    i, j = found
    lead = 1 if phrase[0].lemma_ == "be" and i > 0 else 0  # ", is Trump's Secretary of Education"
    if any(t.pos_ == "ADP" or t.tag_ in {"VBD", "VBZ", "VBP"} for t in phrase[lead:i]):
        return None  # "the subject of Liverpool's captain", "appointed by President X": not his
    if j < len(phrase) and (phrase[j].ent_type_ == "PERSON" or phrase[j].lower_ in {"'s", "\u2019s"}):
        return None  # "President Donald Trump's son-in-law", "Prince's sister": another's role
    whole = _whole_title(phrase, i, j)
    if whole > j and _adjective_before_thing(phrase[j - 1], phrase[whole - 1]):
        return None  # "a May general election, Mr Howard": "general" is no rank there
    j = whole
    if j < len(phrase) and phrase[j].lower_ in {"'s", "\u2019s"}:
        return None  # "the new deputy office's plans, X": the title owns the head noun, no apposition
    if j + 1 < len(phrase) and phrase[j].text in HYPHENS and phrase[j + 1].lower_ in NOT_YET:
        j += 2  # "the vice president-elect": the office is not held yet
    # qualifiers and compound words right before the role word ("foreign policy pundit")
    while i > 0 and (phrase[i - 1].lower_ in QUALIFIERS or phrase[i - 1].pos_ == "NOUN"):
        if actor_at(phrase[i - 1].i):
            break
        i -= 1
    lead = lesser_start(phrase[0].doc, phrase[i].i, titles)
    if lead is not None and lead >= phrase[0].i:
        i = lead - phrase[0].i  # "assistant chief constable of X" is no chief constable
    # "journalist and historian", "State Councilor and foreign minister of China": a second role
    if j + 1 < len(phrase) and phrase[j].lower_ == "and":
        second = _role_at(phrase[j + 1 : j + 1 + titles.max_role_words], titles)
        if second is not None and second[0] == 0:
            j = _whole_title(phrase, j + 1, j + 1 + second[1])  # "and general counsel", "and chief architect"
    role = past("".join(t.text_with_ws for t in phrase[i:j]).strip(), phrase[:i])
    affiliation = country = None
    posted = posted_role(phrase[j - 1], titles)
    owning = [t for t in phrase[:i] if actor_at(t.i) and _owns(t, phrase[i])]
    if posted and any(_possessive(t) for t in owning):
        owning = [t for t in owning if _possessive(t)]  # "Moscow's U.S. ambassador": sent to the U.S.
    owners = [actor_at(t.i) for t in owning]
    if owners and posted:
        owners[-1] = sender_of(phrase[0].doc, owning[-1].i, owners[-1], actor_at)
        owners = [o for o in owners if o]
    if owners:  # "Russia's leading pundit", "the Taliban's deputy head"
        affiliation, _name, country = owners[-1]
    field = _field_head(phrase, i, j)  # "head of oil research at Y": a head of no body
    if field and (owned := state_field_role(phrase, i, field, owners, actor_at)):
        role, field = past(owned, phrase[:i]), 0  # "director of legislative affairs at the ministry"
    if j < len(phrase) and phrase[j].lower_ in {"of", "for", "at", "from", "in"}:
        rest = phrase[j + 1 :]
        if posted:  # "special envoy of the president for Afghanistan": "for" names his remit
            rest = rest[: next((k for k, t in enumerate(rest) if t.lower_ == "for"), len(rest))]
            if phrase[j].lower_ == "for":
                rest = []
        after = [actor_at(t.i) for t in rest]
        tail = [a for a in after if a]
        if tail and owners and phrase[j].lower_ == "for":
            tail = []  # "Iran's special envoy for Afghanistan": the owner's office, "for" names its remit
        if tail:
            # "head of Russia's GRU": an organisation in the "of" phrase beats the country owning it
            org = next((a for a in tail if a[0] != a[2]), tail[0])
            affiliation, org_name, org_country = org
            country = org_country or country or (tail[0][2] if tail else None)
            if phrase[j].lower_ == "of" and _whole_object(phrase[j + 1 :], org, actor_at):
                role = _joined(role, org_name)
    # a head of a field shows no role; the body the phrase names is still whom he works for
    return PersonRole(role=None if field else role, affiliation=affiliation, country=country)


def _field_head(phrase: list[Token], i: int, j: int) -> int:
    """ "head of oil market research at Y", "worldwide head of contemporary art": a head (``titles.yaml``
    ``bodiless_heads``) of a field of work (``field_nouns``) written bare, not of a body: the role names
    no office. "head of the Iran center", "head of the GRU", "head of the security services" name
    what he heads. The index in ``phrase`` right after the field's words, or 0."""
    heads, fields = word_lists("titles", "bodiless_heads", "field_nouns")
    if phrase[j - 1].lower_ not in heads or j + 1 >= len(phrase) or phrase[j].lower_ not in {"of", "for"}:
        return 0
    if phrase[j + 1].pos_ in {"DET", "PRON"}:
        return 0  # "head of the security services", "head of its sales arm": a body
    if any(t.pos_ in {"NOUN", "PROPN"} for t in phrase[i : j - 1]):
        return 0  # "staff director of monetary policy": a title of its own
    k = j + 1
    while k < len(phrase) and (phrase[k].pos_ not in {"ADP", "PUNCT", "VERB", "AUX", "PART"}
                               or phrase[k].text in HYPHENS and not phrase[k - 1].whitespace_) \
            and phrase[k].ent_type_ not in {"ORG", "PERSON", "FAC"}:
        k += 1  # "head of Asia-Pacific flow strategy": a hyphen inside a word goes on
    nouns = [t for t in phrase[j + 1 : k] if t.pos_ == "NOUN" and t.is_lower]
    return k if nouns and nouns[-1].lower_ in fields and nouns[-1].i == phrase[k - 1].i else 0


def _joined(role: str, org: str) -> str:
    """ "Minister" and the body "Minister of Foreign Affairs" -> "Minister of Foreign Affairs": the
    words that end the role and open the body's name before its "of" (the NER took them in) are
    written once."""
    words, name = role.split(), org.split()
    k = next((k for k in range(min(len(words), len(name) - 1), 0, -1) if name[k] == "of"
              and [w.casefold() for w in words[-k:]] == [w.casefold() for w in name[:k]]), 0)
    return " ".join(words + name[k:]) if k else f"{role} of {org}"


def _whole_object(after: list[Token], org: tuple, actor_at: ActorAt) -> bool:
    """ "head of the GRU": the actor is what the "of" phrase names; "head of Iran's Red Crescent",
    "leader of Britain First": it only owns it or starts its name (the office is not Iran's head)."""
    k = 0
    while k < len(after) and k < 10 and actor_at(after[k].i) != org:
        tok, owner = after[k], actor_at(after[k].i)
        if tok.lower_ in DETERMINERS or tok.lower_ in {"'s", "\u2019s", "-", "\u2010"}:
            k += 1
        elif owner is not None:  # "of Russia's GRU", "of the influential Chinese Global Times"
            while k < len(after) and actor_at(after[k].i) == owner:
                k += 1
        elif tok.is_lower and tok.pos_ not in {"ADP", "CCONJ", "AUX"} and tok.tag_ not in FINITE:
            k += 1  # "of civil rights group Liberty", "of super-regulator Ofcom": words that say what it is
        else:  # "of President Reagan's Council of Economic Advisers": a name owning it
            poss = next((m for m in range(k, min(k + 4, len(after))) if after[m].lower_ in {"'s", "\u2019s"}), None)
            if poss is None or not all(after[m].text[:1].isupper() for m in range(k, poss)):
                return False
            k = poss + 1
    if k >= len(after) or actor_at(after[k].i) != org:
        return False
    while k < len(after) and actor_at(after[k].i) == org:
        k += 1
    nxt = after[k] if k < len(after) else None
    if nxt is not None and not nxt.is_sent_start and (
            nxt.is_lower and nxt.pos_ == "NOUN" and nxt.lower_ not in ORG_KINDS
            or nxt.text in {"-", "\u2010"} and not after[k - 1].whitespace_):
        return False  # "head of the Iran center", "director of Aberdeen-based X": the actor only names what he heads
    return nxt is None or nxt.is_sent_start or not (
        nxt.lower_ in {"'s", "’s"} or nxt.text[:1].isupper() and nxt.is_alpha)

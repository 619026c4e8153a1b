"""Roles of a person read around a name: a title before it, appositions after or before it, the
organisation it heads; offices left or not yet held.

Works on spaCy tokens only (no regex over the text).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles
from sitroom.resolve.person_context import context_words, next_person_titled, person_listed_after
from sitroom.resolve.person_glued import posting_words, short_title_after_office
from sitroom.resolve.person_groups import kind_words
from sitroom.resolve.person_offices import (PAST_PREFIXES, QUALIFIERS, acted, co_start, domain_start, lesser_start,
                                            membership_only, past, standing_only)

__all__ = ["ActorAt", "PersonRole", "office_not_yet", "read_role"]

# what an actor at a token position resolves to: (entity id, name, country) or None
ActorAt = Callable[[int], "tuple[str, str, str | None] | None"]
DETERMINERS = frozenset({"the", "a", "an"})
CONJUNCTIONS = frozenset({"and", "or", "but", "nor"})  # ", and the head of ...": a list goes on
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})  # finite verbs end an apposition; participles do not
STOP = frozenset({",", ";", ":", "(", ")", "\"", "“", "”", "'", "‘", "’", ".", "!", "?", "—", "–"})
HYPHENS = frozenset({"-", "\u2010"})
# words hyphenated after an office that say it is not held yet: "Vice President-elect", "Governor-designate"
NOT_YET = frozenset({"elect", "designate"})


def office_not_yet(tok: Token, titles: Titles) -> bool:
    """ "Elect" of "President Elect Trump": a word saying an office is not held yet, spelt apart
    after a title word; part of the role, never of the name."""
    return tok.lower_ in NOT_YET and tok.i > 0 and tok.doc[tok.i - 1].lower_ in titles.words


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
                if later is not None:
                    return best[1] + later[0], best[1] + later[1]
            return best
    return best


def _held_office(phrase: str) -> str:
    """ "governor-elect" -> "governor": the office a role not held yet names (for the vocabulary)."""
    for word in NOT_YET:
        if phrase.endswith("-" + word) or phrase.endswith(" " + word):  # "president elect" spelt apart
            return phrase[: -len(word) - 1]
    return phrase


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


def _adjective_of_noun_after(words: list[Token]) -> bool:
    """The role read is one lower-case word that the parse makes an adjective of a noun past the
    name, which is no person's: "a major Biden foreign policy failure" (the name modifies
    "failure" there; "major" is no rank). "former general Michael Flynn" keeps its rank: the
    adjective's head is the name."""
    if len(words) != 1:
        return False
    tok = words[0]
    return (tok.is_lower and tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.i > tok.i
            and tok.head.ent_type_ != "PERSON" and tok.head.pos_ == "NOUN")


def _adjective_before_thing(word: Token, last: Token) -> bool:
    """A lower-case rank word used as an adjective before a noun that names an act, a state or a
    quality (``titles.yaml`` ``abstract_noun_endings``): "general election", "major reform"; not
    "general counsel", "general manager"."""
    if not (word.is_lower and word.pos_ == "ADJ"):
        return False
    endings = word_lists("titles", "abstract_noun_endings")[0]
    return any(last.lower_.endswith(e) for e in endings)


def _dateline_word(tok: Token) -> bool:
    """ "TEHRAN- Defence Minister X": a town in capitals glued to the dash that ends a dateline."""
    word = tok.text[:-1]
    return tok.text[-1:] in {"-", "–", "—"} and len(word) > 2 and word.isalpha() and word.isupper()


def _owns(tok: Token, role_start: Token) -> bool:
    """ "Russia's pundit", "Russian journalist" own the role; "pro-Kremlin journalist" does not."""
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in {"'s", "’s"}:
        return True
    return tok.i + 1 == role_start.i and not (tok.i > 0 and doc[tok.i - 1].text == "-")


def _possessive(tok: Token) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in {"'s", "\u2019s"}


def _posted(last: Token, titles: Titles) -> bool:
    """A diplomat's role ("special envoy", "ambassador"): one country's office sent to a place."""
    return last.lower_ in titles.posted_roles


def _sender(doc: Doc, at: int, owner: tuple, actor_at: ActorAt) -> tuple | None:
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


def _from_phrase(phrase: list[Token], titles: Titles, actor_at: ActorAt) -> PersonRole | None:
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
            j += 1 + second[1]
    role = past("".join(t.text_with_ws for t in phrase[i:j]).strip(), phrase[:i])
    affiliation = country = None
    posted = _posted(phrase[j - 1], titles)
    owning = [t for t in phrase[:i] if actor_at(t.i) and _owns(t, phrase[i])]
    if posted and any(_possessive(t) for t in owning):
        owning = [t for t in owning if _possessive(t)]  # "Moscow's U.S. ambassador": sent to the U.S.
    owners = [actor_at(t.i) for t in owning]
    if owners and posted:
        owners[-1] = _sender(phrase[0].doc, owning[-1].i, owners[-1], actor_at)
        owners = [o for o in owners if o]
    if owners:  # "Russia's leading pundit", "the Taliban's deputy head"
        affiliation, _name, country = owners[-1]
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
    return PersonRole(role=role, affiliation=affiliation, country=country)


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


# nouns that end an organisation's name as written ("Chase Manhattan bank", "the Plaid Cymru group"):
# the "of" phrase still names the organisation
ORG_KINDS = frozenset({"bank", "group", "party", "company", "corporation", "university", "council"})
BARE_HEADS = frozenset({"chief", "head", "boss"})  # heads of something a role names before them
COPULAS = frozenset({"be", "become", "remain", "seem"})
# words that open a clause put before the sentence's subject ("While ..., X is")
SUBORDINATORS = frozenset({"while", "whereas", "although", "though", "if", "when", "because", "since",
                           "unless", "once", "as", "after", "before", "until"})


def _pre_title(doc: Doc, start: int, titles: Titles, actor_at: ActorAt) -> PersonRole | None:
    """ "Russian Defense Minister Sergei Shoigu", "Hamas leader X", "U.S. Secretary of State X"."""
    i = start
    people = [e for e in doc.ents if e.label_ == "PERSON"]  # each reading of doc.ents builds every span anew
    named = {t.i for e in people if not e.start <= start < e.end for t in e}
    surnames = {t.text for e in people if len(e) > 1 for t in e if t.text[:1].isupper()}
    while i > 0 and start - i < titles.max_role_words + 3:
        tok = doc[i - 1]
        if tok.lower_ in NOT_YET and i >= 2 and doc[i - 2].text in HYPHENS and not doc[i - 2].whitespace_:
            i -= 1  # "Governor-elect Ralph Northam": the hyphen and the rest of the role come next
            continue
        if i >= 2 and office_not_yet(tok, titles):
            i -= 1  # "President Elect Trump": spelt apart, still an office not held yet
            continue
        if tok.i in named or (tok.text in surnames and tok.lower_ not in titles.words):
            break  # "Trump Vice President Mike Pence": a name is no part of the role
        if tok.text in STOP or tok.lower_ in DETERMINERS or tok.lower_ in titles.not_names or actor_at(tok.i) \
                or acted(tok):
            break  # "who used to head X's bodyguards": a verb, no office
        if tok.ent_type_ in {"DATE", "TIME"} and tok.lower_ not in titles.words and doc[i].lower_ in titles.words:
            break  # "as recently as Thursday President X": a date is no part of the role ("Sunday Telegraph" is)
        inner_of = tok.lower_ == "of" and i - 2 >= 0 and doc[i - 2].text[:1].isupper() and i < start
        co = i + 1 < len(doc) and co_start(doc, i + 1) == tok.i  # "Tory co-chairman X"
        if not (tok.text[:1].isupper() or tok.text == "-" or tok.lower_ in QUALIFIERS
                or tok.lower_ in titles.words or inner_of or co):
            break
        if (tok.pos_ and not inner_of and not co and tok.pos_ not in {"PROPN", "NOUN", "ADJ", "PUNCT"}
                                         and tok.lower_ not in titles.words and tok.lower_ not in QUALIFIERS):
            break  # "Though President X", "On House Speaker X", "Trump Vice President X"
        i -= 1
    words = list(doc[i:start])
    end = start
    for n in (2, 1):  # "Foreign Minister Prince X", "intelligence chief Prince X", "Chief Justice Lord X":
        # an honorific after an office is the person's title, no part of the office; not an academic
        # title, which names what the person is there ("Harvard Law School professor X")
        tail = "".join(t.text_with_ws for t in words[-n:]).strip().casefold().rstrip(".")
        if len(words) > n and tail in titles.honorifics and tail not in context_words().occupation_titles \
                and words[-n - 1].text not in {"-", "\u2010"}:
            words, end = words[:-n], start - n
            break
    if short_title_after_office(words, titles):  # "Committee chairman Sen. X": "Sen." is his title
        words, end = words[:-1], end - 1
    found = None
    for k in range(len(words)):  # the longest run that is, or (from its start) ends in, a role
        if k > 1 and words[k - 1].text in {"-", "\u2010"} and not words[k - 1].whitespace_ \
                and words[k - 2].lower_ in titles.roles:
            continue  # "general" of "director-general" is no role of its own ("then-President" is one)
        phrase = _held_office("".join(t.text_with_ws for t in words[k:]).strip().casefold())
        last = phrase.split()[-1] if phrase else ""
        if phrase in titles.roles or (k == 0 and last in titles.roles):
            found = k
            break
    if found is None or _adjective_of_noun_after(words[found:]):
        return None
    while found > 0 and words[found - 1].lower_ in QUALIFIERS and words[found - 1].text not in {"-", "\u2010"}:
        found -= 1  # "Deputy Secretary of State X" is no Secretary of State
    if found >= 2 and co_start(doc, words[found].i) == words[found - 2].i:
        found -= 2  # "co-chief executive X" shares the office
    dashes = [k for k in range(found, len(words))
              if k > found and words[k].text in {"-", "–", "—"} and words[k - 1].whitespace_
              or _dateline_word(words[k])]
    if dashes:
        found = dashes[-1] + 1  # "TEHRAN - Army Chief X": a dateline before a spaced dash is no part of it
    while found < len(words) - 1 and (words[found].lower_ == "of" or words[found].text in kind_words().company_forms):
        found += 1  # "Two of President X's nominees": "of" opens no role; nor does the legal form that
        # ends a firm's name cut before it ("Kidder Peabody and Co analyst X": "analyst")
    lead = lesser_start(doc, words[found].i, titles)
    if lead is not None:  # "Treasury Under Secretary X", "Assistant information commissioner X"
        words, found = list(doc[min(lead, words[0].i) : words[-1].i + 1]), max(0, lead - words[0].i)
    role = "".join(t.text_with_ws for t in words[found:]).strip().strip("-–— ")
    if not role or role.casefold().rstrip(".") in titles.honorifics and role.casefold() not in {"general", "president"}:
        return None
    head, _, rank = role.partition(" ")
    ranked = head.casefold() in BARE_HEADS and rank.casefold() in context_words().ranks  # "army chief General X"
    if role.casefold() in BARE_HEADS or ranked:
        # "budget chief Mick Mulvaney", "school inspection chief David Bell": a bare "chief" is no
        # office; the common nouns before it name what he heads (and a rank after it is no part of it)
        k = words[found].i
        while k > 0 and words[found].i - k < 3 and doc[k - 1].is_lower and doc[k - 1].is_alpha \
                and doc[k - 1].pos_ == "NOUN" and doc[k - 1].lower_ not in titles.not_names:
            k -= 1
        if k < words[found].i:
            words = list(doc[k : words[found].i + 1 if ranked else end])
            found = 0
            role = "".join(t.text_with_ws for t in words).strip()
    elif words[found].is_lower and (k := domain_start(doc, words[found].i, titles, actor_at)) < words[found].i:
        words, found = list(doc[k : words[-1].i + 1]), 0  # "Nortel's chief technology officer X"
        role = "".join(t.text_with_ws for t in words).strip().strip("-–— ")
    # "former Secretary of State X", "former Exxon Mobil chief executive X", "ex-chief X"
    at = words[found].i + (1 if words[found].text in {"-", "\u2010"} else 0)  # "then-acting ..."
    role = past(role, list(doc[max(0, at - 6) : at]))
    before = words[found].i - 1
    if before > 0 and doc[before].lower_ in {"'s", "’s"}:
        before -= 1  # "Russia's President Vladimir Putin"
    owner = actor_at(before) if before >= 0 else None
    if owner and _posted(doc[end - 1], titles):
        owner = _sender(doc, before, owner, actor_at)
    affiliation = country = None
    if owner:
        affiliation, _name, country = owner
    return PersonRole(role=role, affiliation=affiliation, country=country)


def _post_apposition(doc: Doc, end: int, titles: Titles, actor_at: ActorAt) -> PersonRole | None:
    """ "Igor Sergun, the head of Russia's GRU" / "Fyodor Lukyanov, who is Russia's leading pundit"."""
    while end < len(doc) and doc[end].text in titles.post_nominals:
        end += 1  # "Paul Boateng MP, Labour's Chief Secretary to the Treasury"
    if end >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    was = False
    if i + 1 < len(doc) and doc[i].lower_ in {"who", "which"} and doc[i + 1].lemma_ == "be":
        # ", who was Secretary of State": an office held before; not ", who was named minister"
        was = doc[i + 1].tag_ == "VBD" and i + 2 < len(doc) and doc[i + 2].tag_ not in {"VBN", "VBG"}
        i += 2
    if i + 1 < len(doc) and doc[i].lower_ == "then" and doc[i + 1].pos_ in {"NOUN", "PROPN", "ADJ", "DET"}:
        was, i = True, i + 1  # "Rafsanjani, then speaker of parliament": the office he held at the time
    if i < len(doc) and doc[i].lower_ in CONJUNCTIONS:
        return None  # "envoy X, and Syria's top opposition leader, Y": the next item of a list, Y's office
    if i < len(doc) and doc[i].lower_ in DETERMINERS:
        i += 1
    phrase = []
    while i < len(doc) and doc[i].text not in STOP and len(phrase) < 16:
        if doc[i].tag_ in FINITE and phrase:
            break
        phrase.append(doc[i])
        i += 1
    if i < len(doc) and doc[i].tag_ in FINITE and len(phrase) <= 3:
        return None  # "to support Moore, an official said": a new clause's subject, no apposition
    if _list_goes_on(doc, i, titles):
        return None  # "met X, the minister of culture, the foreign minister's deputy and the governor":
        # the phrase is the next item of a list of people, not X's office
    words = [t.lower_ for t in phrase]
    if len(words) > 1 and words[1] == "among":
        return None  # "problems that have afflicted Tillerson, chief among them a boss ...": no apposition
    if any(w in {"candidate", "nominee", "contender"} and nxt == "for" for w, nxt in zip(words, words[1:])):
        return None  # "the Republican candidate for U.S. senator" does not hold the seat
    if " as well as " in " ".join(words):
        return None  # "Bill Clinton, the King of Belgium as well as ...": the next item of a list
    if next_person_titled(phrase, titles):
        return None  # "X, Minister of Sports Jane Roe": the title of the next name of a list
    found = _from_phrase(phrase, titles, actor_at)
    if was and found is not None and found.role and not found.role.casefold().startswith(PAST_PREFIXES):
        return PersonRole(f"former {found.role}", found.affiliation, found.country, found.title)
    return found


def _list_goes_on(doc: Doc, i: int, titles: Titles) -> bool:
    """After a phrase that follows a name: a comma, then another person named by an office with an
    article ("the foreign minister's deputy"), and an "and" before the clause goes on: the phrases
    are items of a list of people. Not when the next office has its own name after it ("the head
    of X, Jane Roe, and ..."): then each name has its office beside it."""
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in DETERMINERS:
        return False
    sent_end = doc[i].sent.end if doc.has_annotation("SENT_START") else len(doc)
    office = False
    for tok in doc[i + 2 : min(sent_end, i + 20)]:
        if tok.tag_ in FINITE or tok.text in {";", ":", "(", ")"} or tok.ent_type_ == "PERSON":
            return False
        if tok.lower_ == "and":
            return office
        office = office or tok.lower_ in titles.roles
    return False


def _pre_apposition(doc: Doc, start: int, titles: Titles, actor_at: ActorAt) -> PersonRole | None:
    """ "The head of Russia's GRU military intelligence agency, Igor Sergun" (phrase, comma, name)."""
    while start > 0 and (doc[start - 1].lower_.rstrip(".") in titles.honorifics
                         or doc[start - 1].lower_ in titles.words):
        start -= 1  # "Pakistan's army chief, General Qamar Javed Bajwa"
    if start < 2 or doc[start - 1].text != ",":
        return None
    i = start - 1
    sent_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    while i > sent_start and doc[i - 1].text not in STOP and start - i < 16:
        if doc[i - 1].tag_ in FINITE or doc[i - 1].tag_ == "VBN" or (
            doc[i - 1].pos_ == "ADP" and doc[i - 1].lower_ not in {"of", "for", "at", "from", "in"}
        ):
            break
        i -= 1
    if sent_start < i <= sent_start + 2 and doc[i - 1].pos_ == "ADP" \
            and doc[i - 1].lower_ not in {"as", "of", "for", "at", "from", "in"}:
        # "According to the former ambassador, Kushner's push": a phrase fronting the sentence (a
        # source), not an apposition; "a delegation led by the Taliban's deputy head, X" still is
        return None
    phrase = list(doc[i : start - 1])
    if _ends_fronted_clause(doc, sent_start, i):
        return None  # "While Jones wanted to appear as a tough leader, Smith is ...": the end of a
        # clause put before the sentence's subject, not a phrase standing beside the name
    k = next((n for n, t in enumerate(phrase) if t.lower_ in DETERMINERS), None)
    if k is not None and k > 0 and phrase[k - 1].lemma_ in COPULAS:
        return None  # "Smith will be an excellent senator, Jones said": what someone is, no apposition
        # (a verb's object keeps one: "will succeed the previous High Commissioner, Ann Grant")
    if k == 1 and phrase[0].pos_ == "ADP":
        return None  # "in the coming general election campaign, X has said": a fronted phrase, no apposition
    if k is None:
        # no article: only a phrase that opens the sentence ("Pakistan's army chief, General X")
        return _from_phrase(phrase, titles, actor_at) if i == sent_start else None
    return _from_phrase(phrase[k + 1 :], titles, actor_at)


def _ends_fronted_clause(doc: Doc, sent_start: int, i: int) -> bool:
    """The sentence opens with a subordinating word ("While", "Although", "If") and a verb stands
    between it and the phrase: the phrase ends that clause."""
    first = doc[sent_start]
    if first.lower_ not in SUBORDINATORS or first.dep_ != "mark":
        return False
    return any(t.pos_ in {"VERB", "AUX"} for t in doc[sent_start + 1 : i])


def _from_org(doc: Doc, end: int, actor_at: ActorAt) -> PersonRole | None:
    """ "Andrei Kazantsev from the Moscow Higher School of Economics": affiliation only."""
    if end + 1 >= len(doc) or doc[end].lower_ not in {"from", "of", "at"}:
        return None
    i = end + 1 + (doc[end + 1].lower_ in DETERMINERS)
    found = actor_at(i) if i < len(doc) else None
    if found is None:
        return None
    return PersonRole(affiliation=found[0], country=found[2])


def read_role(
    span: Span, titles: Titles, actor_at: ActorAt, title: str | None = None, outer: Span | None = None
) -> PersonRole:
    """Role from a title before the name, then appositions after or before it, then the honorific.

    ``outer`` is the entity before honorifics were stripped ("Mullah Abdul Ghani Baradar"): the
    context before the name is read before it.
    """
    doc = span.doc
    first = (outer or span).start
    # "Iranian ambassador to Doha Hamid Dehghani": the office stands before the posting cut off the name
    posted = outer is not None and first < span.start and posting_words(doc, first, outer.end, titles) > 0
    readings = [
        r
        for r in (
            (_pre_title(doc, span.start, titles, actor_at) if span.start != first else None)
            or _pre_title(doc, first, titles, actor_at)
            or (_pre_title(doc, first - 1, titles, actor_at) if posted else None),
            _post_apposition(doc, span.end, titles, actor_at),
            None if person_listed_after(doc, span.end) else _pre_apposition(doc, first, titles, actor_at),
            _from_org(doc, span.end, actor_at),
        )
        if r is not None
    ]
    # "X, a member of the Senate Judiciary panel": the body is his, the membership no office
    # "championship leader X": a standing in a contest, no office either
    readings = [PersonRole(None, r.affiliation, r.country, r.title) if membership_only(r.role) or standing_only(r.role)
                else r for r in readings]
    head = title.split()[0].casefold().rstrip(".") if title else ""
    if head in titles.courtesy or head not in titles.honorifics or title.casefold() not in titles.roles:
        # "Mrs Clinton": a courtesy title is no role; nor a stray word ("State"), nor an honorific
        # that is no office ("Ayatollah Khamenei", "Sheikh X", "Lord Falconer"; "King X" is one)
        title_role = None
    else:
        title_role = title
    if not readings:
        return PersonRole(role=title_role, title=title)
    # a bare rank ("General X") yields to an apposition that says whose ("Pakistan's army chief")
    role = next((r for r in readings if r.affiliation and r.role), readings[0])
    return PersonRole(role.role or readings[0].role or title_role, role.affiliation, role.country, title)

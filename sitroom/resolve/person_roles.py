"""Roles of a person read around a name: a title before it, appositions after or before it, the
organisation it heads; offices left or not yet held.

What a phrase found here says (the office, whose it is) is read by
:mod:`sitroom.resolve.person_role_phrase`. Works on spaCy tokens only (no regex over the text).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitroom.resolve.actor_data import Titles
from sitroom.resolve.person_body_titles import body_title_start
from sitroom.resolve.person_context import context_words, next_person_titled, person_listed_after
from sitroom.resolve.person_glued import posting_words, short_title_after_office
from sitroom.resolve.person_groups import kind_words
from sitroom.resolve.person_offices import (PAST_PREFIXES, QUALIFIERS, acted, co_start, domain_start, lesser_start,
                                            membership_only, past, standing_only)
from sitroom.resolve.person_role_phrase import (DETERMINERS, FINITE, HYPHENS, NOT_YET, ActorAt, PersonRole,
                                                phrase_role, posted_role, sender_of)

__all__ = ["office_not_yet", "read_role"]

CONJUNCTIONS = frozenset({"and", "or", "but", "nor"})  # ", and the head of ...": a list goes on
STOP = frozenset({",", ";", ":", "(", ")", "\"", "“", "”", "'", "‘", "’", ".", "!", "?", "—", "–"})
BARE_HEADS = frozenset({"chief", "head", "boss"})  # heads of something a role names before them
COPULAS = frozenset({"be", "become", "remain", "seem"})
# words that open a clause put before the sentence's subject ("While ..., X is")
SUBORDINATORS = frozenset({"while", "whereas", "although", "though", "if", "when", "because", "since",
                           "unless", "once", "as", "after", "before", "until"})


def office_not_yet(tok: Token, titles: Titles) -> bool:
    """ "Elect" of "President Elect Trump": a word saying an office is not held yet, spelt apart
    after a title word; part of the role, never of the name."""
    return tok.lower_ in NOT_YET and tok.i > 0 and tok.doc[tok.i - 1].lower_ in titles.words


def _held_office(phrase: str) -> str:
    """ "governor-elect" -> "governor": the office a role not held yet names (for the vocabulary)."""
    for word in NOT_YET:
        if phrase.endswith("-" + word) or phrase.endswith(" " + word):  # "president elect" spelt apart
            return phrase[: -len(word) - 1]
    return phrase


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


def _dateline_word(tok: Token) -> bool:
    """ "TEHRAN- Defence Minister X": a town in capitals glued to the dash that ends a dateline."""
    word = tok.text[:-1]
    return tok.text[-1:] in {"-", "–", "—"} and len(word) > 2 and word.isalpha() and word.isupper()


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
    if (body := body_title_start(doc, words[found].i, start + 3, titles, actor_at)) is not None:
        words, found = list(doc[body : words[-1].i + 1]), 0  # "Housing and Urban Development Secretary X"
        role = "".join(t.text_with_ws for t in words).strip()
    # "former Secretary of State X", "former Exxon Mobil chief executive X", "ex-chief X"
    at = words[found].i + (1 if words[found].text in {"-", "\u2010"} else 0)  # "then-acting ..."
    role = past(role, list(doc[max(0, at - 6) : at]))
    before = words[found].i - 1
    if before > 0 and doc[before].lower_ in {"'s", "’s"}:
        before -= 1  # "Russia's President Vladimir Putin"
    owner = actor_at(before) if before >= 0 else None
    if owner and posted_role(doc[end - 1], titles):
        owner = sender_of(doc, before, owner, actor_at)
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
    found = phrase_role(phrase, titles, actor_at)
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
        return phrase_role(phrase, titles, actor_at) if i == sent_start else None
    return phrase_role(phrase[k + 1 :], titles, actor_at)


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

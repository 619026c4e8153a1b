"""People in one document: names cleaned of titles, surnames merged, roles read from titles and appositions.

Works on spaCy tokens only (no regex over the text), so it costs a few token lookups per person.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles, norm_key
from sitroom.resolve.person_checks import PARTICLES
from sitroom.resolve.person_couples import couple_names
from sitroom.resolve.person_evidence import (Evidence, choose, evidence_for, full_forms, kin_before, merged,
                                            patronym, pronoun_gender, title_before, title_gender)
from sitroom.resolve.person_bearers import kin_starts, main_bearer, named_relatives, only_relatives, sole_relative
from sitroom.resolve.person_furniture import furniture_trim
from sitroom.resolve.person_glued import (NAME_SUFFIXES, glued_common_words, list_punctuation, posting_words,
                                          story_word)
from sitroom.resolve.person_namesakes import listed_namesakes, outside_lists
from sitroom.resolve.person_role_phrase import PersonRole
from sitroom.resolve.person_roles import office_not_yet, read_role
from sitroom.resolve.person_spelled import spelled_full_names
from sitroom.resolve.person_styles import (given_title, join_bare_styled, not_given_name, peer_title,
                                          styled_candidates, surname_titled)

__all__ = ["Person", "PersonRole", "clean_name", "merge_surnames", "person_id", "read_role"]


@dataclass
class Person:
    """One person of a document and the token spans that mention them."""

    id: str
    name: str
    spans: list[Span]
    role: PersonRole


def person_id(name: str) -> str:
    """Cross-document id of a person: ``person:`` + normalised full name."""
    return "person:" + norm_key(plain_name(name))


def plain_name(text: str) -> str:
    """A name without editorial brackets: "[Donald] Trump" -> "Donald Trump"."""
    return " ".join(text.translate(str.maketrans("", "", "[]{}")).split())


def clean_name(span: Span, titles: Titles) -> tuple[Span, str | None]:
    """Strip honorifics and possessives: ("Mullah Abdul Ghani Baradar") -> (Abdul Ghani Baradar, Mullah)."""
    start, end, title = span.start, span.end, None
    doc = span.doc
    if _surname_left_out(doc, start, end):
        end += 1  # "Deputy Foreign Minister Seyyed Abbas Araghchi said": the NER stopped before the surname
    start, end = furniture_trim(doc, start, end)  # "Above Clinton", "Meghan Markle Rex": a page's furniture
    while start < end - 1 and doc[start].is_stop and doc[start].pos_ != "PROPN" and not doc[start].is_upper:
        start += 1  # "Above Clinton": a word the NER took into the name
    while start < end - 1 and (doc[start].lower_.rstrip(".") in titles.honorifics
                               or doc[start].lower_ in titles.words and doc[start].lower_ not in {"chief"}
                               or doc[start].lower_ in titles.abbreviations):
        title = doc[start].text if title is None else f"{title} {doc[start].text}"
        start += 1  # "Mullah", and role words the NER took into the name ("State Clinton", "Gen. Soleimani")
    if title is None and peer_title(doc[start:end]):
        title, start = doc[start].text, start + 1  # "Baroness Greenfield" beside "Susan Greenfield": one peer
    if start < end - 1 and office_not_yet(doc[start], titles):
        title = None if title is None else f"{title}-{doc[start].lower_}"
        start += 1  # "President Elect Trump": the office not held yet, read with the title before the name
    if title is not None and _stage_name(doc, start, end, title):
        start, title = start - 1, None  # "Lady Gaga": a stage name, no honorific before "Gaga"
    if title is None and start < end - 2 and _bare_abbreviation(doc, start):
        title = doc[start].text  # "Sen Dan Inouye": "Sen." without its full stop, before a given name
        start += 1
    if start < end - 1 and doc[start].tag_ == "VBG" and doc[start].lower_.endswith("ing") \
            and doc[start + 1].is_title and doc[start].lower_ not in titles.words:
        start += 1  # "Addressing Biden, Ghalibaf said", "Losing Assad as an ally": a gerund opening the clause
    if start < end - 1 and doc[start].text[:1].isupper() and doc[start].lower_ in link_verbs():
        start += 1  # "Watch Obama's speech", "Email Tariq Malik at ...": a link's verb, no given name
    if start < end - 2 and doc[start].text[:1].isupper() and doc[start].lower_ in titles.occupations:
        start += 1  # "Comedian Chris Morris" opening a sentence: his job, not his name
    elif start == end - 2 and doc[start].lower_ in titles.occupations and _surname_of_full_name(doc, doc[end - 1]):
        start += 1  # "the Republican McConnell" beside "Mitch McConnell": his party, not a given name
    if start < end - 2 and _in_office_name(doc, start, titles):
        start += 1  # "Ambassador to Moscow Mehdi Sanaei", "Minister of Energy and Water Ali Gul": the office's word
    else:
        start += posting_words(doc, start, end, titles)  # "Iranian ambassador to Baku Mohsen Pakaein": his posting
    while end > start + 2 and end < len(doc) and doc[end].lower_ == "of" and doc[end - 1].is_title \
            and doc[end - 1].lower_ in titles.words:
        end -= 1  # "said Anna Petrova Head of the Customs Service": her office after the name
    start, end = list_punctuation(doc, start, end, titles)  # "M Corry (Leicester", "Chris Martin, Dido"
    poss = next((i for i in range(start + 1, end - 1) if doc[i].lower_ in {"'s", "’s"}), None)
    if poss is not None and not (end < len(doc) and doc[end].like_num):
        end = poss  # "President Bush’s Mesopotamian misadventure": the name ends at its possessive
        # (not "Tony Hawk's Underground 2": a product's title)
    dash = next((i for i in range(start + 1, end)
                 if doc[i].text in {"-", "–", "—"} and doc[i - 1].whitespace_), None)
    if dash is not None:
        end = dash  # "Mark Green - Trump's nominee ...": a spaced dash ends the name
    while end > start + 1 and (doc[end - 1].lower_ in {"'s", "’s", "'"} or doc[end - 1].is_punct
                               or end > start + 2 and doc[end - 1].text in titles.post_nominals):
        end -= 1  # "Paul Boateng MP": letters after the name
    while start < end - 2 and _caps_word(doc[start]) and doc[start + 1].is_title and doc[start + 2].is_title:
        start += 1  # "GETTY Max Verstappen", "TRUMP Donald Trump": a credit or caption word glued on
    credit = [i for i in range(start, end - 1) if doc[i].lower_ in titles.credit_words]
    if credit:
        start = credit[-1] + 1  # "Getty Images Putin": a picture credit glued before the name
    return doc[start:end], title



def _stage_name(doc, start: int, end: int, title: str) -> bool:
    """One word after a stage name's honorific (``titles.yaml`` ``stage_name_titles``: "Lady") that
    is no given name, no common family name and no surname of another person of the story: "Lady
    Gaga" is the name; not "Lady Thatcher", "Lady Diana", "Lady Cooper" beside "Diana Cooper"."""
    if end - start != 1 or title not in word_lists("titles", "stage_name_titles")[0]:
        return False
    word = doc[start]
    female, male, either, common = (*word_lists("given_names", "female", "male", "either"),
                                    *word_lists("surnames", "common"))
    low = word.lower_
    return (word.is_alpha and word.is_title and not any(low in names for names in (female, male, either, common))
            and not _surname_of_full_name(doc, word, besides=title))


def _bare_abbreviation(doc, start: int) -> bool:
    """A role's abbreviation written without its full stop (``titles.yaml`` ``bare_abbreviations``)
    opens the name and a given name follows it: "Sen Tom Coburn", not "Sen Sok" nor "Hun Sen"."""
    if doc[start].text not in word_lists("titles", "bare_abbreviations")[0]:
        return False
    female, male, either = word_lists("given_names", "female", "male", "either")
    given = doc[start + 1].lower_
    return doc[start + 1].is_title and (given in female or given in male or given in either)


def link_verbs() -> frozenset[str]:
    """Verbs of a page's links ("Watch", "Read", "Meet"): ``data/boilerplate.yaml`` ``link_verbs``."""
    return word_lists("boilerplate", "link_verbs")[0]


def _surname_left_out(doc, start: int, end: int) -> bool:
    """The name of two or more words is followed, with nothing between, by one capitalised proper
    noun of no entity and then a verb ("Bijan Namdar Zanganeh said", "Ursula von der Leyen said"):
    the surname the NER left out. A day or a firm after a name is an entity of its own ("Trump
    Monday said"), a pronoun is no proper noun."""
    if end - start < 2 or end + 1 >= len(doc) or not doc[end - 1].whitespace_:
        return False
    tok, nxt = doc[end], doc[end + 1]
    return (tok.ent_type_ == "" and tok.pos_ == "PROPN" and tok.is_alpha and tok.is_title and not tok.is_stop
            and not doc[end - 1].is_punct and nxt.pos_ == "VERB" and nxt.tag_ in {"VBD", "VBZ"})


_OFFICE_LINKS = frozenset({"to", "of", "for", "and", "&"})


def _in_office_name(doc, i: int, titles: Titles) -> bool:
    """``doc[i]`` ends the name of an office: it follows "to", "of", "for" or "and" that a role
    word heads through capitalised words only ("Ambassador to Moscow", "Minister of Energy and
    Water", "Deputy Minister for Foreign Trade and Industry"). A person's name before "and"
    ("Minister Ali Zand and Reza Amiri") stops the walk: the name after it is a second person."""
    if i < 2 or doc[i - 1].lower_ not in _OFFICE_LINKS:
        return False
    for j in range(i - 2, max(i - 9, -1), -1):
        tok = doc[j]
        if tok.ent_type_ == "PERSON":
            return False
        if tok.is_title and tok.lower_ in titles.words and tok.lower_ not in _OFFICE_LINKS:
            return True
        if not (tok.is_title or tok.lower_ in _OFFICE_LINKS or tok.lower_ == "the"):
            return False
    return False


def _surname_of_full_name(doc, last, besides: str | None = None) -> bool:
    """``last`` ends a person's name of two or more words elsewhere in the document; with
    ``besides``, a name that is only that title before ``last`` does not count (the story's
    second "Lady Gaga" is no full name that makes "Gaga" a surname)."""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == last.text and e.end != last.i + 1
               and not (besides is not None and e[:-1].text == besides)
               for e in doc.ents)


def glued_prefix(spans: list[Span], is_place, titles: Titles | None = None) -> dict[tuple[int, int], Span]:
    """Names that carry glued words around another full name of the same document: "Virginia
    Donald Trump" (a place from the line before), "STREET BEATING Donald Trump" (a headline of a
    related-stories box) when "Donald Trump" is named on its own. Only words that are no given
    name are dropped: a state or country's name, or all capitals. With ``titles``, also common words
    of the story before or after it ("Fire Ron Johnson", "Daniel Pearl Filmmaking":
    ``person_glued.glued_common_words``). (start, end) -> the name."""
    names = {s.text.casefold() for s in spans if len(s) >= 2}
    lasts = {s[-1].lower_ for s in spans if len(s) >= 2}
    named = {s.text.casefold() for s in spans}
    out = {}
    for s in spans:
        for k in range(1, len(s) - 1):
            if s[k:].text.casefold() in names and all(
                    _caps_word(t) or t.text[:1].isupper() and is_place(t.text)
                    or titles is not None and story_word(t, s, titles) for t in s[:k]):
                out[(s.start, s.end)] = s[k:]
                break
        else:
            head = glued_common_words(s, named - {s.text.casefold()}, lasts, titles) if titles else s
            if head is not s:
                out[(s.start, s.end)] = head
    return out

def _caps_word(tok: Token) -> bool:
    """An all-capitals word of three or more letters (not initials, not "MC" or "DJ")."""
    return tok.is_alpha and tok.is_upper and len(tok) >= 3


def merge_surnames(spans: list[tuple[Span, str | None]], titles: Titles) -> list[Person]:
    """Group name spans into people: a later (or earlier) "Karzai" joins "Hamid Karzai".

    Names written family name first ("Hua Chunying", then "Hua") join too: a single word that
    ends no full name but starts exactly one. So does a single word that ends and starts none but
    is an inner word of one name of three or more ("Lechin" of "Juan Lechin Oquendo", "Lula" of
    "Luiz Inacio Lula da Silva"): a paternal or a compound surname, or a name the person goes by.
    """
    full: dict[str, Person] = {}
    first: dict[str, int] = {}
    by_last: dict[str, list[Person]] = {}
    by_first: dict[str, list[Person]] = {}
    by_inner: dict[str, list[Person]] = {}
    seen: dict[str, list[Evidence]] = {}
    styles: dict[str, set[str]] = {}  # person id -> the royal styles written before the full name
    starts = sorted(s.start for s, _t in spans)
    canon = full_forms([plain_name(s.text) for s, _t in spans if len(s) > 1])  # "Amir Abdollahian" -> in full
    full_spans = [s for s, _t in spans if not _one_word(s)]
    listed = listed_namesakes(full_spans, lambda s: _surname(s)[0])  # "Siraj Haqqani, Ibrahim Haqqani and ..."
    full_starts: dict[str, list[int]] = {}
    for span, title in spans:
        if not _one_word(span):
            name = plain_name(span.text)
            shown = canon.get(name, name)
            pid = person_id(shown)
            full_starts.setdefault(pid, []).append(span.start)
            if pid not in full:
                full[pid] = Person(pid, shown, [], PersonRole())
                first[pid] = span.start
                # a given name borne by one sex only, else the first pronoun after the name
                seen[pid] = [Evidence(gender=_name_gender(shown) or pronoun_gender(span, starts))]
            # every variant's words, a hyphenated one both whole and by its last token ("al-Assad": "Assad")
            for index, keys in ((by_last, _surname(span)), (by_first, _given_keys(span)),
                                (by_inner, _inner_words(span))):
                for word in keys:
                    if not any(p is full[pid] for p in index.setdefault(word, [])):
                        index[word].append(full[pid])
            seen[pid].append(evidence_for(span, title, titles))
            style = given_title(span, title)
            if style:
                styles.setdefault(pid, set()).add(style.split()[-1].casefold())
    # "Joe and Hunter Biden": "Joe" is Joe Biden, named in full where the couple is
    couples = {start: canon.get(name, name) for start, name in couple_names(spans, set(by_last), titles).items()}
    for start, name in couples.items():
        if person_id(name) in full:
            full_starts[person_id(name)].append(start)
    evidence = {pid: merged(items[1:] + items[:1]) for pid, items in seen.items()}
    # from titles, words and given names, no pronoun
    said_of = {pid: merged(items[1:]).gender or _name_gender(full[pid].name) for pid, items in seen.items()}
    people = dict(full)
    # surnames written alone after "Mr", "Mrs", "Ms" ("Mr Flight"): a family name, by the title
    bare_words = {_words(s)[0] for s, t in spans if _one_word(s) and surname_titled(s, t)}
    # "Bailly" whose full name the NER took for an organisation ("Amanda Bailly"): by the text
    alone = {_words(s)[0] for s, _t in spans if _one_word(s)} - set(by_last) - set(by_first) - set(by_inner)
    named = alone | set(by_last)
    spelled = spelled_full_names(spans[0][0].doc, alone, named, titles) if alone else {}
    # "Ms. Chan" beside "Tat Chan", a man: the full name the text spells for her
    shared = {_words(s)[0] for s, _t in spans if _one_word(s)} & set(by_last)
    spelled_shared = spelled_full_names(spans[0][0].doc, shared, named, titles,
                                        frozenset(p.name.casefold() for p in full.values())) if shared else {}
    bare = [(s.start, _words(s)[0]) for s, _t in spans if _one_word(s)]
    kin_of: dict[str, set[int]] = {}  # a bare surname -> where relatives given beside it are named
    for span, title in spans:
        if not _one_word(span):
            name = plain_name(span.text)
            people[person_id(canon.get(name, name))].spans.append(span)
            continue
        if span.start in couples:  # "Jim" of "Jim and Margaret Cuthbert": Jim Cuthbert, not a person "Jim"
            pid = person_id(couples[span.start])
            people.setdefault(pid, Person(pid, couples[span.start], [], PersonRole())).spans.append(span)
            continue
        word = _words(span)[0]
        title = title or title_before(span)  # "Mr Blair", the NER's entity only "Blair"
        candidates = by_last.get(word) or []
        if candidates and title:
            # "King Salman" beside "Mohammed bin Salman": with a title, a name that follows "bin" in a
            # full name is the father's, not the son's surname ("Javaid" of "Osama bin Javaid" stays)
            candidates = [c for c in candidates if not patronym(c.name, word)]
        if candidates and kin_before(span):
            # "her father, Murray": a relative sharing the surname, not the Murray named in full
            candidates = [c for c in candidates if evidence[c.id].family]
        if candidates and _elder_after(span):
            # "Verstappen senior" beside "Max Verstappen": the father, never the son named in full
            candidates = [c for c in candidates if evidence[c.id].family]
        last = span[-1].text  # as the text writes it, the surname's own word
        if candidates and last not in kin_of:  # one scan of the document per surname, not per mention
            kin_of[last] = kin_starts(span.doc, last)
        relatives = only_relatives(kin_of.get(last, set()), candidates, full_starts)
        if relatives and not title:  # "Teague, the brother of Jeff Teague" and no other Jeff: never Jeff
            candidates = [c for c in candidates if c not in relatives]
        if len(candidates) > 1:  # "Teague, the brother of Jeff Teague": not Jeff, a namesake left is
            kin = named_relatives(span.doc, span.start, span.end, full_starts)
            candidates = [c for c in candidates if c.id not in kin] or candidates
        style = given_title(span, title)
        if style:  # "King Abdullah": a given name, never a surname of the story
            named = candidates + [c for c in by_first.get(word, []) if all(c is not x for x in candidates)]
            candidates = styled_candidates(style, named, styles)
        starting = not_given_name(title, by_first.get(word) or [], bare_words, lambda n: n.split()[-1].casefold())
        if starting and kin_before(span) and not _kin_given(starting, evidence, by_last, first, span.start):
            starting = []  # "his son Nick": not "student Nick Vaughan", named later
        if not candidates and not style and (len(starting) == 1
                                             or len([c for c in starting if not evidence[c.id].family]) == 1):
            candidates = starting  # "Kim" with "Kim Jong Un" and "his father Kim Jong Il": never the family member
        inner = by_inner.get(word) or []
        if not candidates and not starting and not style and len(inner) == 1:
            candidates = inner  # "Lechin" with "Juan Lechin Oquendo"; never a guess between two names
        shown = plain_name(span.text)
        if not candidates and not starting and not style and not kin_before(span) and word in spelled \
                and not _other_sex(title, spelled[word]):
            shown = spelled[word]  # the full name the text spells where the NER saw no person
        if candidates:
            # on evidence (title, gender, family, office), else the nearest full name before it
            said = evidence_for(span, title, titles)
            target = choose(said, candidates, evidence, first, span.start,
                            main_bearer(span.doc, full_starts, span.start))
            named_alone = outside_lists(candidates, listed, full_starts)
            if target is None and 0 < len(named_alone) < len(candidates):
                # "Jalaluddin Haqqani" beside "his successors Siraj Haqqani, Ibrahim Haqqani ...":
                # the namesakes listed side by side are not the bearer a bare "Haqqani" means
                target = choose(said, named_alone, evidence, first, span.start)
            if target is None and not (title or said.gender or said.family or said.office) \
                    and candidates == by_last.get(word):
                # "her wife, Dora Kessel, before Kessel died": the relative is the story's only bearer
                target = sole_relative(span.doc, candidates, evidence, first, bare, word, span.start)
            if target is not None:
                target.spans.append(span)
                continue
            if word in spelled_shared and said.gender and not kin_before(span) and not style \
                    and all(evidence[c.id].gender not in {None, said.gender} for c in candidates) \
                    and _name_gender(spelled_shared[word]) in {None, said.gender}:
                # "Ms. Lund" beside "attorney Maria Lund and her father, Per Lund" (the NER's person
                # only "Lund"): no namesake of her sex is named as a person, the text spells her name
                shown = spelled_shared[word]
            elif title and said.gender and all(said_of[c.id] not in {None, said.gender} for c in candidates):
                # "Mrs Howard" beside "Michael Howard's wife": another member of his family, kept with
                # her title so that no store-wide "Howard" (his surname) takes her in; not on a pronoun
                # alone ("Kimberly Quinn ... he"), which may be another person's
                shown = f"{title} {shown}"
        if style and not shown.startswith(style):
            shown = f"{style} {shown}"  # "Prince Charles" alone: kept with his style, no namesake's surname
        pid = person_id(shown)
        people.setdefault(pid, Person(pid, shown, [], PersonRole())).spans.append(span)
    join_bare_styled(people)
    return [p for p in people.values() if p.spans]



SUFFIXES = NAME_SUFFIXES


def _kin_given(candidates: list[Person], evidence: dict[str, Evidence], by_last: dict[str, list[Person]],
               first: dict[str, int], at: int) -> list[Person]:
    """The full names a given name that a family word names ("his son Nick", "her daughter Emma")
    may be: one named before it ("Jared Kushner ... his older brother Jared"), one the story says
    is someone's relative ("Lana Clarkson, whose mother ...") or one whose family name another
    person of the story bears ("Sharon Osbourne" beside "Ozzy Osbourne"). When none is, the only
    full names are strangers named later who share the given name ("his son Nick" ... "politics
    student Nick Vaughan"): the name stays alone. When one is, the usual choice decides."""
    def family_name(name: str) -> str:
        words = name.casefold().split()
        while len(words) > 2 and words[-1].rstrip(",") in SUFFIXES:
            words.pop()
        return words[-1]

    return [c for c in candidates if first[c.id] < at or evidence[c.id].family
            or len(by_last.get(family_name(c.name), [])) > 1]


def _elder_after(span: Span) -> bool:
    """ "senior" or "snr" in lower case right after a bare surname: the elder of the family; not
    "senior" opening an office after the name ("Trump senior adviser Dan Scavino": the office is
    the next man's, the surname the employer's)."""
    doc = span.doc
    if not (span.end < len(doc) and doc[span.end].text in {"senior", "snr", "snr."}):
        return False
    nxt = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ")


def _other_sex(title: str | None, name: str) -> bool:
    """ "Mrs Howard" and "Michael Howard": the title and the given name say different sexes."""
    said = title_gender(title)
    own = _name_gender(name)
    return said is not None and own is not None and said != own


def _name_gender(name: str) -> str | None:
    """ "m" or "f" when a full name opens with a given name borne by men or by women only
    (``data/given_names.yaml``: "Alan Garvey" is a man, so "Mrs Garvey" is not he)."""
    words = name.split()
    if len(words) < 2:
        return None
    female, male = word_lists("given_names", "female", "male")
    first = words[0].casefold()
    return "f" if first in female else "m" if first in male else None



def _one_word(span: Span) -> bool:
    """A name written as one word, hyphens and apostrophes included ("Karzai", "Hassan-Nia",
    "Aynsley-Green"): spaCy splits "Hassan-Nia" into three tokens with no space between them."""
    return all(not t.whitespace_ for t in span[:-1])


def _words(span: Span) -> list[str]:
    """The words of a name as written between spaces, lower-cased: "Abdolhashem Hassan-Nia" ->
    ["abdolhashem", "hassan-nia"]."""
    return "".join(t.lower_ + t.whitespace_ for t in span).split()


def _given_keys(span: Span) -> tuple[str, ...]:
    """The first word of a full name and its first token ("Amir-Hossein": both)."""
    return tuple(dict.fromkeys((span[0].lower_, _words(span)[0])))


def _inner_words(span: Span) -> tuple[str, ...]:
    """The words between the first and the last of a clean name of three or more words ("Juan
    Lechin Oquendo": "lechin"; "Luiz Inacio Lula da Silva": "inacio", "lula"): capitalised words of
    three or more letters, no particle or initial. A name with a lower-case word or punctuation in
    it ("Lechin and Victor Lopez", "Modares, Export Guarantee Fund") is no clean name: none."""
    words = span.text.split()
    while len(words) > 2 and words[-1].casefold() in SUFFIXES:
        words.pop()
    if len(words) < 3 or not all(w[:1].isupper() or w.casefold() in PARTICLES for w in words) \
            or any(ch in w for w in words for ch in ",;:()/&"):
        return ()
    return tuple(w.casefold() for w in words[1:-1]
                 if len(w) >= 3 and w.casefold() not in PARTICLES and "." not in w and w[1:].islower())


def _surname(span: Span) -> tuple[str, ...]:
    """The family name of a full name, before "Jr."/"III": its last token and its last word when a
    hyphen joins more ("Bashar al-Assad": "assad", "al-assad"; "Hassan-Nia" whole)."""
    words = [t.lower_ for t in span]
    while len(words) > 2 and words[-1] in SUFFIXES:
        words.pop()
    whole = _words(span[: len(words)])[-1]
    return tuple(dict.fromkeys((words[-1], whole)))

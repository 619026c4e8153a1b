"""Words of the sentence that the NER ran into a person's name, in front of it.

- A diplomat's posting: a posted role (``titles.yaml``: ``posted_roles``: envoy, ambassador,
  representative, emissary) is sent *to* a place, so the capitalised words right after "ambassador
  to" open the place's name; when the NER ran the place and the diplomat's name into one person
  ("Baku Mohsen Pakaein", "Moscow Mehdi Sanaei"), the place's words are cut off.
  ``people._in_office_name`` already cuts a place after a role written in capitals ("Ambassador to
  Moscow Mehdi Sanaei"); this reads the role in lower case, where it stands outside the name. The
  place must be known to the gazetteer and be no given name (``given_names.yaml``: "envoy to
  Vladimir ..." is never cut), and at least two words must be left of the name.
- A verb of saying put first ("Said Mr Bysshe: ...", '..." Said Safari, adding ...'): the quotative
  inversion of "Mr Bysshe said", written with a capital. Cut when the name stands in a quotation's
  frame (after its closing mark, or before a colon or an opening mark), the verb is one the document
  writes in lower case as a verb of saying, and what is left is a courtesy title and a name, or
  ends another person's full name of the document that does not open with the same word ("Mehdi
  Safari"): "Said" is also a given name ("Said Jalili" stays when no other Jalili is named).
- A descriptor the NER made a person of its own, right before a full name ("Sex Pistol John Lydon",
  "Legal Scholar Alan Dershowitz", "Rt Rev Dr Tom Wright"): two person names never stand side by
  side with nothing between them, so the first, when none of its words is a given name, is what the
  second person is, not someone else. A given name in it, a word of it (titles aside) written again
  in the document ("Seyyed Mansour Seyyed Sajadi": one name cut in two; "Presley" named again), or
  a one-word second name ("Trump Putin summit") keeps it.
- A list's punctuation inside the name (team sheets, credits): a comma ("Chris Martin, Dido";
  not before "Jr."), an opening bracket never closed in it ("M Corry (Leicester": his club) end
  the name, when it opens with a given name or an initial ("Border Wall, Military" is a list of
  causes). A colon is left: what follows it may be no name ("@handle : - Yesterday").
- A common word of the story run into a name that the document also writes on its own: "Stars
  Hiddleston" beside "Tom Hiddleston", "Fire Ron Johnson" (a headline's verb) beside "Ron Johnson",
  "Daniel Pearl Filmmaking" beside "Daniel Pearl". The word is cut when the document writes it in
  lower case elsewhere, in some inflection ("fired", "star", "filmmaking"), and it is no given name
  (``given_names.yaml``), no common family name (``surnames.yaml``), no title and no particle: a
  word that is also a name ("Hope Smith", "Stone", "Martin Luther King") is never cut, nor a verb
  of saying ("Said Hamdan": ``saying_before`` reads it).
"""

from __future__ import annotations

from spacy.attrs import IS_LOWER, LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles

__all__ = ["common_word_before", "descriptor_before", "descriptor_word", "run_together", "glued_common_words", "posting_words", "saying_before",
           "short_title_after_office"]

POSTED_TO = frozenset({"to", "in"})  # "ambassador to Baku", "Iran's envoy in Kabul"
MAX_PLACE = 3  # words of a place's name ("New Delhi", "Sri Lanka")
SAYING = frozenset({"say", "add", "ask", "write", "note", "explain", "insist", "recall", "reply"})


def _is_place(name: str) -> bool:
    from sitroom.resolve.gazetteer import default_gazetteer

    return bool(default_gazetteer().find(name))


def posting_words(doc: Doc, start: int, end: int, titles: Titles) -> int:
    """How many words at ``doc[start:end]``'s front name the place a lower-case posted role before
    it is sent to ("ambassador to Doha Hamid Dehghani": 1); 0 when none."""
    if start < 2 or doc[start - 1].lower_ not in POSTED_TO:
        return 0
    role = doc[start - 2]
    if not role.is_lower or role.lower_ not in titles.posted_roles:
        return 0
    female, male = word_lists("given_names", "female", "male")
    for k in range(min(MAX_PLACE, end - start - 2), 0, -1):
        words = doc[start : start + k]
        if not all(t.is_alpha and t.is_title for t in words) or not doc[start + k].is_title:
            continue
        if words[0].lower_ in female or words[0].lower_ in male:
            return 0  # "envoy to Vladimir ...": a given name first is the man's own
        if _is_place(words.text):
            return k
    return 0


QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def _quote_frame(span: Span) -> bool:
    """The name stands where a quotation's speaker does: right after a closing quotation mark
    ('..." Said Safari, adding') or right before a colon or a quotation mark ("Said Mr Bysshe: ..."),
    not as the subject of a clause ("Said Hamdan met the minister")."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and (prev.text in QUOTES or prev.text == "," and span.start > 1
                             and doc[span.start - 2].text in QUOTES):
        return True
    nxt = doc[span.end : span.end + 2]
    return len(nxt) > 0 and (nxt[0].text == ":" or nxt[0].text in QUOTES
                             or nxt[0].text == "," and len(nxt) > 1 and nxt[1].text in QUOTES)


def saying_before(span: Span, titles: Titles) -> Span:
    """The name without a verb of saying put before it ("Said Mr Bysshe" -> "Mr Bysshe"); the span
    itself when there is none."""
    first, doc = span[0], span.doc
    if len(span) < 2 or not first.is_alpha or not first.is_title:
        return span
    low = first.lower_
    if not _quote_frame(span):
        return span
    if not any(t.text == low and t.pos_ == "VERB" and t.lemma_ in SAYING for t in doc):
        return span
    rest = doc[span.start + 1 : span.end]
    if rest[0].lower_.rstrip(".") in titles.courtesy:
        return rest  # "Said Mr Bysshe"; "Said Mr" with the surname apart: a title alone, no one's name
    last = rest[-1].text
    if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == last and e[0].text != first.text
           and e.start != span.start for e in doc.ents):
        return rest  # "Said Safari" beside "Mehdi Safari"
    return span


def _title_word(text: str, titles: Titles) -> bool:
    """ "Ayatollah", "Dr", "Sen.": a title, written again before other names of the document."""
    low = text.casefold()
    return low in titles.roles or low.rstrip(".") in titles.honorifics or low.rstrip(".") in titles.courtesy


def descriptor_before(ent: Span, titles: Titles) -> bool:
    """The person entity stands right before another person's full name on the same line and has no
    given name: a descriptor written with capitals ("Sex Pistol John Lydon"), no one's name. A word
    of it (titles aside) written again in the document keeps it: a name cut in two ("Seyyed Mansour
    Seyyed Sajadi"), a surname named again ("Presley" after "Elvis Presley Jerry Lee Lewis")."""
    doc = ent.doc
    if ent.end >= len(doc) or "\n" in ent[-1].whitespace_ or not ent[-1].whitespace_:
        return False
    nxt = next((e for e in doc.ents if e.start == ent.end and e.label_ == "PERSON"), None)
    if nxt is None or len(nxt) < 2 or not all(t.is_alpha and t.is_title or t.is_punct for t in nxt):
        return False
    female, male = word_lists("given_names", "female", "male")
    if any(t.lower_ in female or t.lower_ in male for t in ent):
        return False
    own = {t.text for t in ent if not _title_word(t.text, titles)}
    return not any(t.text in own for t in doc if not ent.start <= t.i < ent.end)



def short_title_after_office(words: list, titles: Titles) -> int:
    """1 when a short title ends the words of a role before a name right after an office in lower
    case ("Committee chairman Sen.", "police official Gen."): the man's title, no part of the office
    (as "Foreign Minister Prince X"); "Kentucky Republican Gov." is one title, 0."""
    return int(len(words) > 1 and words[-1].text.endswith(".") and words[-1].lower_ in titles.roles
               and words[-2].is_lower and words[-2].is_alpha)


# the words that end a person's name after it ("Jr.", "III"), read by ``people`` too
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "jnr", "snr", "ii", "iii", "iv"})


def list_punctuation(doc: Doc, start: int, end: int, titles: Titles) -> tuple[int, int]:
    """The bounds of the name left by a list's comma or unclosed bracket inside it, when the name
    before it opens with a given name or an initial ("Border Wall, Military": a list of causes)."""
    female, male = word_lists("given_names", "female", "male")
    first = doc[start]
    if not (first.lower_ in female or first.lower_ in male or len(first.text.rstrip(".")) == 1 and first.is_upper):
        return start, end
    for i in range(start + 1, end - 1):
        tok = doc[i]
        if tok.text == "(" and not any(doc[j].text == ")" for j in range(i + 1, end)):
            return start, i  # "M Corry (Leicester": his club in brackets
        if tok.text == "," and doc[i + 1].lower_ not in NAME_SUFFIXES and doc[i + 1].text not in titles.post_nominals:
            return start, i  # "Chris Martin, Dido": the next name of a list
    return start, end


INFLECTIONS = ("s", "es", "ing", "ed", "d")
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "ben", "abu", "de", "del", "della", "der", "den", "van",
                            "von", "da", "dos", "das", "do", "di", "du", "la", "le", "st", "st."})


def story_word(tok: Token, span: Span, titles: Titles) -> bool:
    """A capitalised word of ``span`` that the document writes in lower case outside it, in some
    inflection ("Fire" beside "fired", "Stars" beside "star"), and that is no given name, no common
    family name, no title and no particle: a common word of the story, no part of a name."""
    if not (tok.is_alpha and tok.is_title) or len(tok) < 3:
        return False
    low = tok.lower_
    female, male, either = word_lists("given_names", "female", "male", "either")
    if low in female or low in male or low in either or low in word_lists("surnames", "common")[0] \
            or low in NAME_PARTICLES or _title_word(tok.text, titles):
        return False
    forms = {low} | {low[: -len(s)] for s in INFLECTIONS if low.endswith(s) and len(low) - len(s) >= 3}
    if low == "said" or forms & SAYING:
        return False  # "Said Hamdan": a given name too, that ``saying_before`` reads in a quotation's frame
    # the tokens whose ids show a lower-case form or lemma among ``forms`` are the only ones that
    # can pass; only they are built and tested (the same answer as testing every token)
    doc, ids = tok.doc, {hash_string(f) for f in forms}
    rows = doc.to_array([IS_LOWER, LOWER, LEMMA]).tolist()
    return any(t.is_lower and (t.lower_ in forms or t.lemma_ in forms)
               for t in (doc[i] for i, (is_low, lower, lemma) in enumerate(rows)
                         if is_low and (lower in ids or lemma in ids))
               if not span.start <= t.i < span.end)


def common_word_before(span: Span, titles: Titles) -> Span:
    """The name without a common word of the story put before it ("Stars Hiddleston", "Publisher
    Kushner") when the rest ends another full name of the document that does not open with that
    word ("Tom Hiddleston"); the span itself otherwise."""
    if len(span) < 2 or not story_word(span[0], span, titles):
        return span
    doc, first, last = span.doc, span[0].text, span[-1].text
    if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == last and e[0].text != first
           and not e.start <= span.start < e.end for e in doc.ents):
        return doc[span.start + 1 : span.end]
    return span


def descriptor_word(span: Span, english: frozenset[str], not_actors: frozenset[str], titles: Titles) -> Span:
    """The name without a word glued before it that cannot open a person's name; the span itself
    otherwise. The word is a platform or a name the dictionary holds as no actor ("Instagram Maria
    Lopez": a caption's source run into the name), or says what the person is: an occupation
    (``titles.yaml`` ``occupations``) or a noun of the English index that ends as a person's noun
    does (``person_context.yaml`` ``person_noun_endings``: "Ringleader", "Olympian", "Welshman").
    Such a word must be no given name and no common family name and come before a given name and
    a surname ("Amine Mohammad X", a given name that is also a noun, and "Salem Abdullah X" stay);
    an occupation also before a lone given name that opens another full name of the document
    ("Comedienne Rita" beside "Rita Vance")."""
    if len(span) < 2 or not (span[0].is_alpha and span[0].is_title):
        return span
    low, nxt = span[0].lower_, span[1].lower_
    female, male, either = word_lists("given_names", "female", "male", "either")
    if low in female or low in male or low in either or low in word_lists("surnames", "common")[0]:
        return span
    rest = span.doc[span.start + 1 : span.end]
    if low in not_actors and len(span) > 2:
        return rest  # "Instagram Lady X": the name after it, whatever opens it
    if not (nxt in female or nxt in male or nxt in either):
        return span
    (endings,) = word_lists("person_context", "person_noun_endings")
    if not (low in titles.occupations
            or low in english and any(low.endswith(e) and len(low) > len(e) + 2 for e in endings)):
        return span
    if len(span) > 2:
        return rest if span[2].is_title else span
    if low not in titles.occupations:
        return span  # "Olivier Bernard": a noun of the index may be a surname too (Olivier is)
    given = span[1].text
    if any(e.label_ == "PERSON" and len(e) > 1 and e[0].text == given and e.start != span.start
           for e in span.doc.ents):
        return rest
    return span


def run_together(span: Span) -> tuple[Span | None, Span]:
    """Two people's names the NER ran into one ("Louis Marlow Mira Cole talks about ...", a
    credit's name before the subject's): (the first name, or None when only its surname was taken
    in; the second name). The second opens with a given name after a word that is none, and both
    surnames are written on their own elsewhere: the second's without the word before it in the run
    ("Cole, 26, said"), the first's without the given name after it ("Marlow said"). The
    first opens with a given name, or is one word that ends another full name of the document
    ("Marlow Mira Cole" beside "Louis Marlow"). (None, span) when the span is one name: "Anna
    Maria Rossi", and "Amir Ali Kazemi" written so again."""
    female, male, either = word_lists("given_names", "female", "male", "either")
    doc = span.doc
    if len(span) < 3 or not all(t.is_alpha and t.is_title for t in span):
        return None, span

    def given(t: Token) -> bool:
        return t.lower_ in female or t.lower_ in male or t.lower_ in either

    def apart(i: int, before: str | None, after: str | None) -> bool:
        """``span[i]``'s word written outside the span, not after ``before`` nor before ``after``."""
        word = span[i].text
        return any(t.text == word and not span.start <= t.i < span.end
                   and (before is None or t.i == 0 or doc[t.i - 1].text != before)
                   and (after is None or t.i + 1 >= len(doc) or doc[t.i + 1].text != after) for t in doc)

    for k in range(1, len(span) - 1):
        if not given(span[k]) or given(span[k - 1]):
            continue
        if k == 1 and (given(span[0]) or not any(
                e.label_ == "PERSON" and len(e) > 1 and e[-1].text == span[0].text
                and not span.start <= e.start < span.end for e in doc.ents)):
            continue  # "Mira Cole": one name; "Shah Mahmoud X": no one else's surname first
        if k > 1 and not given(span[0]):
            continue
        if not apart(k - 1, None, span[k].text) or not apart(len(span) - 1, span[-2].text, None):
            continue
        head = doc[span.start : span.start + k] if k > 1 else None
        return head, doc[span.start + k : span.end]
    return None, span


def glued_common_words(span: Span, names: set[str], lasts: set[str], titles: Titles) -> Span:
    """The name left when words of the story follow a name that the document writes on its own
    ("Daniel Pearl Filmmaking", "Bush Cuts Short Vacation": a headline's words); the span itself
    otherwise. ``names``: the document's other names, casefolded; ``lasts``: the last words of its
    full names. A one-word name must be no given name ("Ken Doctor" beside "Ken" stays), the word
    after the name no given name, family name or title ("Martin Luther King"), and one of the words
    after it a word the story writes in lower case."""
    female, male, either = word_lists("given_names", "female", "male", "either")
    for k in range(1, len(span)):
        head, tail = span[:k], span[k:]
        low = head.text.casefold()
        if k == 1 and (low in female or low in male or low in either or low not in names | lasts):
            continue
        if k > 1 and low not in names:
            continue
        nxt = tail[0].lower_
        if nxt in female or nxt in male or nxt in either or nxt in word_lists("surnames", "common")[0] \
                or _title_word(tail[0].text, titles) or not all(t.is_alpha and t.is_title for t in tail):
            return span
        if any(story_word(t, span, titles) for t in tail):
            return head
        return span
    return span

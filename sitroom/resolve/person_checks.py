"""Is a PERSON entity a person mention? Kind checks and page furniture, on spaCy tokens.

The statistical NER calls many things PERSON that an analyst would not: companies and products
("SpaceX", "F-15K", "Galaxy S9"), teams and families ("the Cubs", "the Clintons"), animals and
other named things ("Harambe, the gorilla"), fragments of hyphenated names ("Mar" of
"Mar-a-Lago"), villages ("the village of Nabi Saleh"). Photo credits ("Name/Getty Images",
"Photo: Name"), bylines ("By Name") and datelines ("TEHRAN —", "WASHINGTON (Reuters) -") are
furniture, not mentions; hashtags ("#MAGA") and peoples ("a Hutu businessman") are no one's name.
The word lists are data (``titles.yaml``: ``not_person_nouns``, ``credit_words``, ``peoples``).
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles
from sitroom.resolve.person_assets import asset_named, founders_firm, market_cue
from sitroom.resolve.person_bodies import pronoun_bodies
from sitroom.resolve.person_cues import club_names, lone_name_cue
from sitroom.resolve.person_evidence import titled
from sitroom.resolve.person_furniture import in_source_parens, is_credit, is_dateline
from sitroom.resolve.person_groups import (body_office_after, bracketed_company, bracketed_in_roster, firm_joined,
                                           legal_form_names, listed_work, plural_subject, sport_body,
                                           team_before_player)
from sitroom.resolve.person_furniture import doubled_name
from sitroom.resolve.person_kinds import kind_named
from sitroom.resolve.person_storms import storm_named
from sitroom.resolve.person_teams import team_name
from sitroom.resolve.person_uses import only_titles, placed
from sitroom.resolve.person_works import possessed_work

__all__ = ["club_names", "company_names", "is_credit", "is_dateline", "is_ship", "lone_name_cue", "not_a_person",
           "not_this_mention", "opening_word", "place_of", "speaker_label", "split_glued"]

# surname prefixes that explain a capital inside a name ("McConnell", "DeVos", "O'Brien")
PREFIXES = ("Mc", "Mac", "O'", "O’", "D'", "D’", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Al", "El",
            "Fitz", "St")
PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "ben", "abu", "de", "del", "della", "der", "den",
                       "van", "von", "da", "dos", "das", "do", "di", "du", "la", "le", "ul", "ud", "y", "e",
                       "zu", "ter", "st", "'s", "’s"})
PLACE_NOUNS = frozenset({"village", "town", "city", "district", "province", "region", "neighbourhood",
                         "neighborhood", "suburb", "camp", "island", "county", "municipality", "valley",
                         "constituency", "borough", "ward", "governorate"})
INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")  # "T.", "J.J."
VERB_ING = re.compile(r"..(?:is|iz|ys|yz)ing$")  # "Sinicising", "Democratizing": a verb's form, no name
SON_MARKS = frozenset({"jr", "jr.", "sr", "sr."})  # a generation after a comma: another man of the name
SPEAKER_LABELS = ("Q.", "A.")  # an interview printed as questions and answers


def _word_ok(text: str) -> bool:
    """One word of a person's name: letters (with hyphens, apostrophes, a final dot for initials),
    no digits, no capital inside unless a surname prefix explains it ("SpaceX" and "iPhone" fail)."""
    for part in re.split(r"[-‐]", text):
        part = part.rstrip(".")
        if any(ch.isdigit() for ch in part) or any(not (ch.isalpha() or ch in "'’.") for ch in part):
            return False  # "F-15K", "S9", "Donald]"
        if "." in part and not all(len(x) <= 1 and x.isupper() for x in part.split(".") if x):
            return False  # "Dailymail.com"; initials ("J.J.") pass
        if not part or part.isupper() or part.casefold() in PARTICLES:
            continue  # initials ("J."), all-caps text, "bin", "al-", "van der"
        if not part[0].isupper():
            return False
        rest = next((part[len(p):] for p in PREFIXES if part.startswith(p) and len(part) > len(p) + 1), part)
        if any(ch.isupper() for ch in rest[1:]):
            return False
    return True


def not_a_person(span: Span, titles: Titles, not_actors: frozenset[str]) -> bool:
    """True when the name cannot be a person's: see the module docstring."""
    doc = span.doc
    if span.text.casefold() in not_actors:
        return True
    if not all(_word_ok(t.text) for t in span if not t.is_punct) or any(t.text == "@" for t in span):
        return True  # "F-15K", "iPhone"; "CA @ Shoreline Amphitheatre" (a tour date's venue)
    if span.start > 0 and doc[span.start - 1].text == "#" and not doc[span.start - 1].whitespace_:
        return True  # "#MAGA", "#Hanukkah": a hashtag, not a name
    if span.start > 1 and doc[span.start - 1].text in {"-", "‐"} and not doc[span.start - 1].whitespace_ \
            and not doc[span.start - 2].whitespace_ and not doc[span.start - 2].is_space:
        return True  # "-a-Lago" side of a hyphenated name; not "- Charles Gant" of a list's line
    if span.end < len(doc) and doc[span.end].text in {"-", "‐"} and not span[-1].whitespace_:
        return True  # "Mar" of "Mar-a-Lago"
    if len(span) == 1 and span.text.casefold() in titles.peoples and not _part_of_full_name(span):
        return True  # "a prominent Hutu businessman", "whether Kurd or Arab": a people, not a name
    if len(span) == 1 and span[0].lower_ in titles.words:
        return True  # "Editor's note"
    if _acronym(span):
        return True  # "TEPCO said", "told KTRK", "512GB": a company, station or unit, no one's name
    if only_titles(span, titles):
        return True  # "Lord" alone, "Tory Lord": a courtesy title and what someone is, no name
    if len(span) > 1 and span[-1].lower_ in titles.peoples and span[-1].lower_.endswith("s"):
        return True  # "Salafi Muslims", "Iraqi Kurds", "Hazara Shias" (the tagger's NNP or NNS alike): a
        # community, not a person (every word of ``peoples`` ending in "s" is a plural)
    if len(span) > 1 and span[-1].lower_ in titles.not_person_nouns:
        return True  # "Chibok Girls", "Harambe Gorilla": a group or a thing
    if storm_named(span, titles):
        return True  # "Hurricane Sandy", "when Wilma hit" where the story names Hurricane Wilma
    if span[-1].lower_ in titles.credit_words and span[-1].text[:1].isupper():
        return True  # "Getty Images", "Xinhua Photos": a picture agency's credit
    if span.end + 1 < len(doc) and doc[span.end].is_digit and len(doc[span.end]) <= 2 \
            and doc[span.end + 1].is_alpha and doc[span.end + 1].text[:1].isupper() is False \
            and not INITIALS.match(span[0].text):
        return True  # "Pixel 2 and ...": a product and its model number ("Klinsmann 23 ," scored);
        # an initialled name is a batsman's ("T. Worrall 80 not out")
    if len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ == "the" \
            and (span[0].tag_ == "NNPS" or (span.text.endswith("s") and span[0].tag_ != "NNP"
                                             and not span.text.endswith("ss"))):
        return True  # "the Cubs", "the Clintons": a team or a family
    if span[-1].text in titles.company_words or (
            span.end < len(doc) and doc[span.end].text.rstrip(".") in titles.company_words):
        return True  # "Jana Partners", "Acme Holdings", "X LLC"
    if len(span) == 1 and not span.text.isupper() and _common_word(span, titles):
        return True  # "Heroin is readily available": a capitalised common noun
    if len(span) > 1 and _common_phrase(span):
        return True  # "the biggest Tax Cuts" in a text that also writes "tax cuts"
    if span.start > 0 and doc[span.start - 1].tag_ == "JJS":
        return True  # "the greatest Witch Hunt": no one is the greatest of a name
    if len(span) == 1 and span[0].tag_ in {"VBN", "VBD"} and span[0].is_sent_start \
            and span.end < len(doc) and doc[span.end].lower_ == "by":
        return True  # "Hounded by the press, ...": a participle opening a sentence
    if len(span) > 1 and span[0].is_title and span[0].lower_ in titles.work_kinds:
        return True  # "Comedy Fat Albert - co-written by ...": a work named with its kind
    if len(span) > 1 and span[0].text in titles.place_prefixes:
        return True  # "Cape Erimo", "Mount Sinjar": a place's name
    if len(span) > 1 and span[-1].text in titles.place_suffixes:
        return True  # "Shahid Rajaee Port", "Evin Prison": a place's or a building's name
    if len(span) > 1 and span[-1].text in titles.place_suffixes_known and _gazetteer_region(span.text):
        return True  # "Jefferson Parish": a region the gazetteer knows; not "Mitchell Parish", a songwriter
    if len(span) > 1 and VERB_ING.search(span[0].text) and _gazetteer_region(span[1:].text, (0, 1)):
        return True  # "the objective of Sinicising Tibet": a verb ("-ising", "-izing") and a country or a state
    if span[0].text in {"St", "St.", "Saint"} and span.end + 1 < len(doc) and doc[span.end].lower_ in {"'s", "’s"}:
        return True  # "St George's hospital"
    if len(span) > 1 and span[-1].text in titles.place_suffixes_in_place and placed(span, titles):
        return True  # "on Ben Yehuda Street", "at Wallace Hall": a street or a building, not a person
    if team_name(span):
        return True  # "Sale Sharks", "Houston Astros", "Neath RFC": a club named after its town
    if kind_named(span):
        return True  # "the rhythm game Donkey Konga", "products group Reckitt Benckiser", "1989's Shirley Valentine"
    if asset_named(span) or doubled_name(span):
        return True  # "Bitcoin Cash"; "Equifax Equifax" (a headline's word run into the text)
    return _named_thing(span, titles)



def is_ship(ent: Span, titles: Titles) -> bool:
    """ "USS Carl Vinson", "HMS Queen Elizabeth": a ship named after a person (the entity as the
    NER found it, before honorifics are stripped)."""
    doc = ent.doc
    return ent[0].text in titles.ship_prefixes or (ent.start > 0 and doc[ent.start - 1].text in titles.ship_prefixes)


def split_glued(ent: Span) -> list[Span]:
    """Two full names the NER ran together ("Hillary Clinton Donald Trump" in a caption): split
    where both halves are names of two words or more whose last words end other person names of
    the document (as surnames); any other name is left whole ("Martin Luther King Jr.")."""
    if len(ent) < 4 or not all(t.is_alpha and t.is_title for t in ent):
        return [ent]
    doc = ent.doc
    outside = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and not ent.start <= e.start < ent.end}
    for k in range(ent.start + 2, ent.end - 1):
        first, second = doc[ent.start : k], doc[k : ent.end]
        if first[-1].text in outside and second[-1].text in outside \
                and second[0].lower_ not in PARTICLES and first[-1].lower_ not in PARTICLES:
            return [first, second]
    return [ent]


def join_split(first: Span, second: Span, titles: Titles) -> bool:
    """ "Foreign Minister Bilawal Bhutto | Zardari", "Amy Berman | Jackson", "Mohammed bin
    Abdulrahman | Al Thani": two person entities with one space between them that the NER cut out of
    one name. Joined when the second is one word (or opens with a particle: "Al Thani") that ends no
    other person's name of the document (a name whose words are all in the joined one is the same
    person: "Ebrahim Raisi" after "Seyed Ebrahim Raisi"), and the first holds only capitalised words,
    no role or job ("Legal Scholar | Alan Dershowitz") and no line break."""
    doc = first.doc
    if first.end != second.start or doc[first.end - 1].whitespace_ != " " or second[0].is_sent_start:
        return False
    words = second.text.split()
    if not (len(words) == 1 or len(words) == 2 and second[0].lower_ in PARTICLES):
        return False
    if not all(t.is_title and t.is_alpha or t.text in {"-", "\u2010"} or t.lower_ in PARTICLES for t in first) \
            or any(t.lower_ in titles.words or t.lower_ in titles.occupations for t in first):
        return False
    joined = {t.text for t in doc[first.start : second.end]}
    return not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == second[-1].text
                   and not {t.text for t in e} <= joined for e in doc.ents)


def opening_word(span: Span) -> Span:
    """ "Documents Mueller filed ...", "Information Simpson provided ...": a capitalised common noun
    opening the sentence that the NER took into a name. Cut when the word is written in lower case
    as a noun elsewhere in the document and the rest ends another full name of the document
    ("Robert Mueller") that does not start with that word; a given name ("Bill Nelson") stays."""
    first, doc = span[0], span.doc
    if len(span) < 2 or not first.is_sent_start or not first.is_alpha or not first.is_title:
        return span
    low = first.lower_
    if not any(t.text == low and t.pos_ == "NOUN" for t in doc):
        return span
    last = span[-1].text
    if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == last and e[0].text != first.text
           and e.start != span.start for e in doc.ents):
        return doc[span.start + 1 : span.end]
    return span



def speaker_label(span: Span) -> Span | None:
    """ "Q. Imran Khan led ...", "A. Ruth Dee was ill": in an interview printed as questions and
    answers, "Q." or "A." opening a sentence is the speaker's label, not an initial of the name. Cut
    when the document opens two or more sentences with "Q." ("A. Smith said" elsewhere is a man);
    None when what is left is one word the document also writes in lower case ("Q. Recently, ...")."""
    first, doc = span[0], span.doc
    if len(span) < 2 or first.text not in SPEAKER_LABELS or not _opens_sentence(doc, span.start):
        return span
    if sum(1 for t in doc if t.text == SPEAKER_LABELS[0] and _opens_sentence(doc, t.i)) < 2:
        return span
    rest = doc[span.start + 1 : span.end]
    return None if len(rest) == 1 and any(t.text == rest.text.casefold() for t in doc) else rest


def _opens_sentence(doc: Doc, i: int) -> bool:
    """The token starts the text, a line, or follows a sentence's final mark."""
    return i == 0 or doc[i - 1].is_space or doc[i - 1].text in {".", "?", "!", "\"", "”"}


def _part_of_full_name(span: Span, titles: Titles | None = None) -> bool:
    """The word is part of a fuller person's name in the document ("Price" after "Tom Price"); with
    ``titles``, not of a place's name the NER tagged as a person's ("ITI Corridor", "Chabahar Port")."""
    return any(e.label_ == "PERSON" and len(e) > 1 and span.text in {t.text for t in e}
               and not (titles and (e[-1].text in titles.place_suffixes or e[0].text in titles.place_prefixes))
               for e in span.doc.ents)


def _gazetteer_region(name: str, levels: tuple[int, ...] = (1, 2, 3)) -> bool:
    """The gazetteer knows the name as a place of one of the levels (0 a country, 1 a state, 2 a
    county or a district, 3 a town)."""
    from sitroom.resolve.gazetteer import default_gazetteer

    return any(c.level in levels for c in default_gazetteer().find(name))


def _acronym(span: Span) -> bool:
    """One word in capitals in a sentence of lower-case prose, and no word of a person's name
    written otherwise in the document ("TRUMP" beside "Donald Trump" is his surname in a caption)."""
    word = span.text
    if len(span) > 1 or not (word.isalpha() and word.isupper() and len(word) >= 2) \
            or not any(t.is_lower and t.is_alpha for t in span.sent):
        return False
    return not any(e.label_ == "PERSON" and e.start != span.start and word.casefold() in {t.lower_ for t in e}
                   and not e.text.isupper() for e in span.doc.ents)


def _common_word(span: Span, titles: Titles | None = None) -> bool:
    """The word also appears in lower case in the document: a common noun, not a name."""
    low, doc = span.text.casefold(), span.doc
    if _part_of_full_name(span, titles):
        return False  # "Price" after "Tom Price" is his surname, whatever "price" means; "Corridor" of
        # "ITI Corridor" beside "transport corridor" is the word
    at = np.flatnonzero(doc.to_array(ORTH) == get_string_id(low))
    return bool(np.count_nonzero(at != span.start))


def _common_phrase(span: Span) -> bool:
    """Every word capitalised and the same words also in lower case in the document."""
    words = [t.text for t in span]
    if not all(w[:1].isupper() and w[1:].islower() for w in words if w.isalpha()):
        return False
    low = np.array([get_string_id(w.casefold()) for w in words], dtype=np.uint64)
    orths = span.doc.to_array(ORTH)
    n = len(low)
    return any(np.array_equal(orths[i : i + n], low) for i in np.flatnonzero(orths == low[0]))


def _named_thing(span: Span, titles: Titles) -> bool:
    """ "the gorilla Harambe", "Harambe the gorilla", "Harambe, a 17-year-old gorilla", "the film
    Alexander", "the wizard series, Harry Potter", "Nathan Barley - a character from ..."."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in titles.not_person_nouns:
        return True
    if i >= 0 and doc[i].is_lower and doc[i].tag_ in {"NN", "NNS"} and doc[i].lower_ in titles.thing_before_words:
        return True  # "the film Finding Neverland", "weedkiller Roundup": a work or a product
    if _thing_apposition(span, titles):
        return True
    k = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    if k + 1 < len(doc) and doc[k].lower_ in {"played", "portrayed", "voiced"} and doc[k + 1].lower_ == "by":
        return True  # "Den, played by Leslie Grantham": a character in a film or a series
    j = span.end
    dets = {"the", "a", "an"}
    if j < len(doc) and doc[j].text in {",", "-", "–", "—"}:
        j += 1
    elif j + 1 < len(doc) and doc[j].lower_ in {"is", "was"} and doc[j + 1].lower_ in {"his", "her", "their"}:
        j, dets = j + 1, {"his", "her", "their"}  # "Kill Bill was his best film"
    if j < len(doc) and doc[j].lower_ in dets:
        for k in range(j + 1, min(j + 5, len(doc))):
            if doc[k].lower_ in titles.not_person_nouns:
                return True
            if doc[k].pos_ in {"VERB", "AUX", "ADP"} or doc[k].is_punct:
                break
    return False


def _thing_apposition(span: Span, titles: Titles) -> bool:
    """ "the last private Uruguayan bank, La Caja Obrera,", "the wizard series, Harry Potter": the
    name renames a thing or a company the phrase before the comma heads; not "a spokesman for the
    bank, John Smith," (the role word heads it) nor "his children, Ivanka and Eric" (people)."""
    doc = span.doc
    i = span.start - 1
    if i < 2 or doc[i].text != "," or (len(span) == 1 and _part_of_full_name(span)):
        return False
    if span.end < len(doc) and doc[span.end].text not in APPOSITION_ENDS:
        return False  # "... would be a foreign bank, Alpert said", "a new book, Brown's Britain": a clause goes on
    sent = doc[span.start].sent.start if doc.has_annotation("SENT_START") else 0
    opening = doc[sent].pos_ in {"ADP", "SCONJ", "ADV"} or doc[sent].tag_ in {"VBG", "VBN"} \
        or doc[sent].lower_ == "according"
    if opening and not any(t.text == "," for t in doc[sent:i]):
        return False  # "In a statement on the band's website, Lightbody said": an opening phrase, no apposition
    if any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in doc[sent:i]):
        return False  # "Police searched the vehicle, John Smith and ...": a clause before, no renamed noun
    after = doc[span.end + 1 : span.end + 6] if span.end < len(doc) and doc[span.end].text == "," else []
    if len(after) and after[0].lower_ in {"a", "an", "the"} and any(
            t.lower_ in titles.words or t.lower_ in titles.occupations for t in after[1:]):
        return False  # "..., Abbas Abdi, a political analyst,": his own apposition says a person
    noun = doc[i - 1]
    low = noun.lower_
    if not noun.is_lower or noun.pos_ not in {"NOUN", "PROPN"} or low in titles.people_nouns or not (
            low in titles.not_person_nouns or low in titles.company_nouns or low in titles.thing_before_words):
        return False
    k = i - 2
    while k >= 0 and (doc[k].pos_ in {"ADJ", "NOUN", "PROPN", "DET", "NUM", "ADV"} or doc[k].text in {"-", "'s", "’s"}) \
            and doc[k].text not in STOP_WORDS_APPOS:
        k -= 1
    if k >= 1 and doc[k].pos_ == "ADP" and (doc[k - 1].lower_ in titles.words or doc[k - 1].lower_ in titles.roles
                                            or doc[k - 1].lower_ in titles.occupations):
        return False  # "a spokesman for the bank, John Smith": the role word heads the phrase
    return True


STOP_WORDS_APPOS = frozenset({",", ";", ":", "(", ")"})
APPOSITION_ENDS = frozenset({",", ")", "and", "-", "–", "—", ";", ":", "."})


def place_of(span: Span) -> bool:
    """ "the village of Nabi Saleh", "the provinces of X, Y and Z", "Nabi Saleh village": a place
    the NER took for a person."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and (
        doc[span.start - 2].lower_ in PLACE_NOUNS or doc[span.start - 2].lower_.removesuffix("s") in PLACE_NOUNS
        or doc[span.start - 2].lower_.removesuffix("es") in PLACE_NOUNS
    ):
        return True
    return span.end < len(doc) and doc[span.end].lower_ in PLACE_NOUNS and doc[span.end].text.islower()


def not_this_mention(span: Span, titles: Titles) -> bool:
    """This mention names no person though the name may elsewhere: "the Ambani family", "James
    Bond fans" (a group), "in the Bernabeu" (a lone name after "the" that heads no noun: a place or
    a thing; "the Trump administration" stays a mention of Trump)."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.text.islower() and nxt.lower_ in titles.not_person_nouns:
        return True
    if nxt is not None and nxt.text in titles.named_after_words:
        return True  # "Trump Tower", "Kennedy Airport", "Lincoln Avenue": named after the person
    if nxt is not None and nxt.text == "," and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in SON_MARKS:
        return True  # "his son, Michael Flynn, Jr.": the son, not the father the name resolves to
    if len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ == "the":
        return nxt is None or nxt.pos_ not in {"NOUN", "PROPN", "ADJ"}
    if len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ in {"in", "at"} \
            and not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == span.text for e in doc.ents):
        return True  # "at Anfield": a lone name where something happens is a place, not a man
    return False


def _phrase_at(doc: Doc, i: int, phrases: frozenset[str], forward: bool = True) -> bool:
    """One of the (casefolded) phrases starts at token ``i`` (``forward``) or ends before it."""
    for n in (1, 2, 3, 4):
        words = doc[i : i + n] if forward else doc[max(0, i - n) : i]
        if len(words) == n and words.text.casefold() in phrases:
            return True
    return False


TICKER = re.compile(r"^[A-Z0-9]{1,6}\.[A-Z]{1,2}$")


def _person_after_job_word(span: Span, prev: Token) -> bool:
    """ "veteran broadcaster Cyril Fletcher": a noun that names a firm and a person's job alike
    (``titles.yaml`` ``job_or_firm_words``) before a full name opening with a given name
    (``given_names.yaml``) is his job; "broadcaster Virgin Radio" stays a company."""
    if prev.lower_ not in word_lists("titles", "job_or_firm_words")[0] or len(span) < 2 or not span[-1].is_title:
        return False
    female, male, either = word_lists("given_names", "female", "male", "either")
    return span[0].is_title and span[0].lower_ in female | male | either


def _company_cue(span: Span, titles: Titles) -> bool:
    """ "Yukos chief executive ...", "Samsung's shares", "shares of Samsung", "Coincheck, a
    Tokyo-based exchange", "oil giant Yukos", "Zions Bancorp (ZION.O)", "X Association (Elspa)":
    words around a name that only a company or an organisation takes."""
    doc = span.doc
    j = span.end
    if j + 2 < len(doc) and (doc[j].text, doc[j + 2].text) in {("(", ")"), ("<", ">")} \
            and TICKER.match(doc[j + 1].text):
        return True  # a stock ticker: "(ZION.O)", Reuters' "<AZPI.MI>"
    if len(span) == 1 and span.start >= 2 and j < len(doc) and doc[span.start - 1].text == "(" \
            and doc[j].text == ")" and doc[span.start - 2].ent_type_ == "ORG":
        return True  # "the ... Publishers Association (Elspa)": the short name of an organisation
    if bracketed_company(span) or plural_subject(span) or team_before_player(span) or firm_joined(span) \
            or listed_work(span) or bracketed_in_roster(span) or sport_body(span) or body_office_after(span) \
            or possessed_work(span) or market_cue(span) or founders_firm(span):
        return True  # "maker <Poclain>", "Duran Duran are", "Sale Sharks prop X", "games such as Dungeon
        # Keeper", "Backs: Tom Reid (Glasgow Warriors), Sam Hale (Leeds Tykes), ...": the club;
        # "Glasgow Rugby" (a name ending in a sport); "the Lib Dem leader said" (an office only a body has);
        # "Hannah Dorsey's Silver Lantern" (a work after its maker's possessive); "Bitcoin prices", "a surge in
        # Bitcoin" (what a market prices); "leaked Mossack Fonseca documents" (a firm named for its founders)
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ == "of" and span.start >= 3 and _ends_full_name(doc, span.start - 1):
        return True  # "analyst Mike Powell of Dresdner Kleinwort Wasserstein": whose he is, not a person
    if prev is not None and prev.is_lower and prev.text in titles.company_before_words \
            and not _person_after_job_word(span, prev):
        return True  # "oil giant Yukos", "technology firms Earthlink", "Mexican outfit X"
    if prev is not None and prev.is_lower and prev.text in titles.org_before_one_word and len(span) == 1:
        return True  # "military contractor Blackwater", "pop quartet Abba" (not "contractor Edward Snowden")
    root = span.root
    if root.dep_ == "conj" and root.head.i < span.start and root.head.i > 0 \
            and doc[root.head.i - 1].is_lower and doc[root.head.i - 1].text in titles.company_before_words:
        return True  # "technology firms Earthlink and Webroot": the second firm
    if j < len(doc) and doc[j].lower_ in {"'s", "’s"}:
        j += 1
    if j < len(doc) and _phrase_at(doc, j, titles.company_after):
        return True
    if _phrase_at(doc, span.start, titles.company_before, forward=False):
        return True
    if span.end + 2 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ in {"a", "an", "the"}:
        for k in range(span.end + 2, min(span.end + 8, len(doc))):
            tok = doc[k]
            if tok.lower_ in titles.company_nouns:
                return True
            if tok.is_punct and tok.text not in {"-", "‐"} or tok.pos_ in {"VERB", "AUX", "ADP"}:
                break
    return False


def _ends_full_name(doc: Doc, end: int) -> bool:
    """A person's name of two words or more ends right before token ``end``."""
    return any(e.label_ == "PERSON" and e.end == end and len(e) > 1 for e in doc.ents)


def company_names(doc: Doc, people: list[Span], ents: list[Span], titles: Titles,
                  org_heads: frozenset[str] = frozenset()) -> set[str]:
    """Names the NER tagged as people that the document treats as companies: a company cue at any
    mention, or the same name tagged as an organisation elsewhere (or heading an organisation's
    name, "Argonaut" of "Argonaut Games", "Stern" of "Stern School of Business"), or written right
    before a legal form ("Diamond Shamrock Corp", "Wessanen NV"). A surname of a fuller name in the document is left alone
    ("the Karzai regime" after "Hamid Karzai"), unless that name is itself a firm's ("Becor" beside
    "Becor Western", written before "Inc")."""
    firms = legal_form_names(doc, {p.text for p in people})
    parts = {t.text for p in people if len(p) > 1 and p.text not in firms for t in p}
    # the same words tagged as an organisation elsewhere, unless a mention has a title or a role
    # right before it ("Foreign Minister X Y Z", with "X Y Z" an ORG at another mention)
    titled_names = {p.text for p in people if p.start > 0 and titled(doc[p.start - 1], titles)}
    orgs = {e.text for e in ents if e.label_ == "ORG"} - titled_names
    heads = {e[0].text for e in ents if e.label_ == "ORG" and len(e) > 1
             and any(t.text in titles.company_words or t.lower_ in org_heads for t in e[1:])}
    out = set()
    for span in people:
        if span.text in parts or span.text in out:
            continue
        if span.text in orgs or (len(span) == 1 and span.text in heads) or _company_cue(span, titles):
            out.add(span.text)
    return out | {n for n in firms if n not in parts} | pronoun_bodies(people, titles)  # "Euronext said it will"

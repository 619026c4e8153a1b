"""Which full-named person a bare surname stands for, on evidence in the document.

"Obama" after "Barack Obama" and "first lady Michelle Obama" is Barack unless the mention says
otherwise ("Mrs Obama", "the first lady"); "Trump" is never Melania by default. Evidence read on
spaCy tokens:

- gender: a courtesy title with the mention ("Mr", "Mrs", "Ms"), a gendered role word ("first
  lady", "wife", "husband"), or the first personal pronoun after the full name's first mention
  (before another person is named);
- family: a family word next to the full name ("his wife, Melania Trump", "daughter Ivanka
  Trump", "Melania Trump, the president's wife"): a family member is never the default;
- office: a role word before the mention ("President Trump") prefers the candidate holding one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles
from sitroom.resolve.actors import SUFFIXES

if TYPE_CHECKING:  # annotations only: the store's identity pass imports this without spaCy
    from spacy.tokens import Span, Token

__all__ = ["Evidence", "choose", "evidence_for", "full_forms", "kin_before", "merged", "patronym", "person_after",
           "pronoun_gender", "title_before", "title_gender", "titled"]

(FEMALE_TITLES, MALE_TITLES, FEMALE_WORDS, MALE_WORDS, _EITHER_FAMILY, MALE_IN_LAW, KIN_ADJECTIVES,
 YOUNGER_WORDS, ELDER_WORDS, FEMALE_PRONOUNS, MALE_PRONOUNS) = word_lists(
    "kinship", "female_titles", "male_titles", "female_words", "male_words", "family_words", "male_in_law",
    "kin_adjectives", "younger_words", "elder_words", "female_pronouns", "male_pronouns")
FAMILY_WORDS = FEMALE_WORDS | MALE_WORDS | _EITHER_FAMILY
# a spouse word after a name's possessive says the name's gender: "Michael Howard's wife" is a man
SPOUSE_OF = {"wife": "m", "widow": "m", "husband": "f", "widower": "f"}


@dataclass(frozen=True, slots=True)
class Evidence:
    gender: str | None = None  # "f", "m"
    family: bool = False
    office: bool = False
    generation: str | None = None  # "younger", "elder": a family word's or a kin adjective's
    kin_other: bool = False  # the family word is of a person of another surname ("Jane Roe and her husband, Tom Poe")


def _gender_of_words(words: list[str]) -> str | None:
    if "first" in words and "lady" in words:
        return "f"
    if any(w in FEMALE_WORDS for w in words):
        return "f"
    if any(w in MALE_WORDS for w in words):
        return "m"
    return None


_COMPLEMENT = frozenset({"of", "for"})  # "a member of X", "a spokesman for X"


def _around(span: Span) -> tuple[list[str], list[str]]:
    """Lower-case words just before the name (same clause) and in an apposition after it; a family
    word that names another person's relative is left out (see ``_kin_of_other``), and so is every
    word before "of" or "for" right before the name: the name completes another person's noun ("a
    member of Jenny Roe's chambers", "a lawyer for Tom Roe": the member, the lawyer is not Roe).
    A family or gender word past a verb or a relative pronoun is left out too (see ``_clause_edge``):
    "... his wife, said Tom Roe", "Tom Roe, who lives with his wife": the wife is another person."""
    doc = span.doc
    before = []
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in _COMPLEMENT:
        i = -1
    crossed = False
    while i >= 0 and len(before) < 4 and doc[i].text not in {".", ";", "\n", "(", ")"} and "\n" not in doc[i].text:
        crossed = crossed or _clause_edge(doc[i])
        before.append("" if _kin_of_other(doc[i], after=False) or crossed and _kin_word(doc[i]) else doc[i].lower_)
        i -= 1
    after = []
    j = span.end
    crossed = False
    if j < len(doc) and doc[j].text == ",":
        j += 1
        while j < len(doc) and len(after) < 6 and doc[j].text not in {",", ".", ";", "\n"}:
            crossed = crossed or _clause_edge(doc[j])
            after.append("" if _kin_of_other(doc[j], after=True) or crossed and _kin_word(doc[j]) else doc[j].lower_)
            j += 1
    return before, after


_RELATIVES = frozenset({"who", "whose", "whom", "which", "that"})


def _clause_edge(tok: Token) -> bool:
    """A verb or a relative pronoun: the words beyond it belong to another clause than the name's
    apposition ("his wife, said Tom Roe": the wife is the object of another sentence's verb; "Tom
    Roe, who lives with his wife": of the relative clause). Only on a tagged Doc."""
    return tok.pos_ in {"VERB", "AUX"} or tok.lower_ in _RELATIVES


def _kin_word(tok: Token) -> bool:
    """A family word ("wife", "son"; FAMILY_WORDS holds the gendered ones too)."""
    return tok.lower_ in FAMILY_WORDS


def _kin_of_other(tok: Token, after: bool) -> bool:
    """A family word that is not this person's relation: "the widow of Ian Curtis" (Curtis is the
    one she is the widow of; after the name, "X, mother of Y" is X's own), "children's author Judy
    Blume", "his father's friend X", "Trump's son-in-law Jared Kushner" (a man's in-law bears
    another family's name), "professor of child health X" (the word qualifies a common noun: no one's
    relative)."""
    if tok.lower_ not in FAMILY_WORDS:
        return False
    doc, k = tok.doc, tok.i + 1
    if k < len(doc) and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ == "NOUN":
        return True  # "child health", "mother tongue", "son preference": a modifier, no kin
    nxt = [t.lower_ for t in doc[k : k + 4]]
    if nxt[:1] in (["'s"], ["’s"], ["'"]) or not after and nxt[:1] == ["of"]:
        return True
    return tok.lower_ in MALE_IN_LAW and nxt[:3] == ["-", "in", "-"] and nxt[3:] == ["law"]


def title_gender(title: str | None) -> str | None:
    """ "f" or "m" when the title's first word is a woman's or a man's ("Mrs", "Sir"; kinship.yaml)."""
    words = (title or "").split()
    t = words[0].casefold().rstrip(".") if words else ""
    return "f" if t in FEMALE_TITLES else "m" if t in MALE_TITLES else None


def evidence_for(span: Span, title: str | None, titles: Titles, role_before: bool = False) -> Evidence:
    """Evidence about the person a mention names (its title, the words around it)."""
    before, after = _around(span)
    words = before + after
    gender = None
    title = title or title_before(span)
    if title:
        gender = title_gender(title)
    gender = gender or _gender_of_words(words) or _spouse_owner(span)
    family = any(w in FAMILY_WORDS for w in words) or ("first" in before and "lady" in before) \
        or bool(before) and before[0] in KIN_ADJECTIVES  # "the elder Kim": the father, not the son
    office = not family and (role_before or any(w in titles.words and w not in FAMILY_WORDS for w in words))
    return Evidence(gender, family, office, _generation(before, words), family and _kin_of_other_name(span))


_OWNER_PRONOUNS = frozenset({"his", "her", "their"})


def _kin_of_other_name(span: Span) -> bool:
    """The family word before the name is the relative of a person named with another surname:
    "Jane Roe and her husband, Tom Poe", "Roe's sister, Ann Poe" (the owner of "her":
    ``_pronoun_owner``; of "Roe's", that name). Such a relative is
    the only one of the story bearing the surname, no protagonist's kin: a bare "Poe" is Tom Poe.
    False when no owner is named in the sentence ("his wife, Ann Poe": whose is not said here)."""
    doc = span.doc
    last = span[-1].lower_
    for i in range(span.start - 1, max(span.start - 6, -1), -1):
        tok = doc[i]
        if tok.text in {".", ";", "(", ")"} or "\n" in tok.text:
            return False
        if tok.lower_ not in FAMILY_WORDS or i == 0:
            continue
        prev = doc[i - 1]
        if prev.lower_ in {"'s", "’s"} and prev.i > 0 and doc[prev.i - 1].pos_ == "PROPN":
            return doc[prev.i - 1].lower_ != last  # "Ford's sister, Martha Fry"
        if prev.lower_ in _OWNER_PRONOUNS:
            owner = _pronoun_owner(prev)
            return owner is not None and owner.lower_ != last
        return False
    return False


def _pronoun_owner(pron: Token) -> Token | None:
    """Whose "her"/"his" is, when the sentence says it: the person named right before "and her" or
    ", her" or whose name the pronoun's noun is joined to, else the person subject of the clause the pronoun is in ("Doris Whitcombe recalled the
    parade with her wife"). None otherwise: in "Her hall features a golden Buddha from her parents;
    her father, Robert Thurman, is ..." the owner is the story's subject, named in no such place
    (the nearest name before, "Buddha", is not hers)."""
    from sitroom.components.event_date_clause import verb_of  # (spaCy only here: see TYPE_CHECKING)

    doc = pron.doc
    if pron.i >= 2 and doc[pron.i - 1].lower_ in {"and", ","} and doc[pron.i - 2].ent_type_ == "PERSON":
        return doc[pron.i - 2]
    noun = pron.head  # "Gabrielle Giffords (D-Ariz.) and her husband": the husband joined to her name
    if noun.dep_ in ("conj", "appos") and noun.head.ent_type_ == "PERSON" and noun.head.i < pron.i:
        return noun.head
    verb = verb_of(pron)
    if verb is None:
        return None
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pron.i]
    return subj[0] if subj and subj[0].ent_type_ == "PERSON" else None


def _generation(before: list[str], words: list[str]) -> str | None:
    """ "younger" or "elder": a kin adjective right before the name ("the younger Khamenei"), else
    the one generation the family words around it name ("the son of ...", "his father, ...")."""
    if before and before[0] in KIN_ADJECTIVES:
        return before[0]
    younger, elder = any(w in YOUNGER_WORDS for w in words), any(w in ELDER_WORDS for w in words)
    return "younger" if younger and not elder else "elder" if elder and not younger else None


def title_before(span: Span) -> str | None:
    """A gendered courtesy title right before the name that the NER left out of it ("Mr Blair" with
    the entity "Blair"): the title as written, else None."""
    if span.start == 0:
        return None
    prev = span.doc[span.start - 1]
    return prev.text if prev.is_title and prev.lower_.rstrip(".") in FEMALE_TITLES | MALE_TITLES else None


def _spouse_owner(span: Span) -> str | None:
    """ "Michael Howard's ex-model wife", "Jane Roe's late husband": the name owns a spouse, so the
    name's gender is the other one (a bare surname of the other gender, "Mrs Howard", is the spouse)."""
    doc, j = span.doc, span.end
    if j >= len(doc) or doc[j].lower_ not in {"'s", "’s", "'", "’"}:
        return None
    for tok in doc[j + 1 : j + 5]:
        if tok.lower_ in SPOUSE_OF:
            return SPOUSE_OF[tok.lower_]
        if not (tok.is_lower or tok.text in {"-", "‐"}):
            return None
    return None


def merged(items: list[Evidence]) -> Evidence:
    """Evidence over every full mention of one person."""
    family = [e for e in items if e.family]
    return Evidence(next((e.gender for e in items if e.gender), None), bool(family),
                    any(e.office for e in items), _one_generation(items),
                    bool(family) and all(e.kin_other for e in family))


def _one_generation(items: list[Evidence]) -> str | None:
    """The generation the mentions of a full name agree on; None when none names one or they differ."""
    said = {e.generation for e in items if e.generation}
    return said.pop() if len(said) == 1 else None


def pronoun_gender(span: Span, people_starts: list[int]) -> str | None:
    """The first he/she after a full name's first mention, before another person is named, when
    the name is the one a pronoun most likely stands for (see ``_antecedent``)."""
    if not _antecedent(span, people_starts):
        return None
    doc = span.doc
    stop = min([s for s in people_starts if s > span.start] + [min(len(doc), span.end + 60)])
    for tok in doc[span.end : stop]:
        if tok.lower_ in FEMALE_PRONOUNS:
            return "f"
        if tok.lower_ in MALE_PRONOUNS:
            return "m"
    return None


# the name's head climbs through these to the word whose role in the clause it shares
_SAME_ROLE = frozenset({"appos", "conj", "compound", "flat"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _antecedent(span: Span, people_starts: list[int]) -> bool:
    """A pronoun of the next clause most often stands for the subject of the last one: the name is
    the subject of its clause ("Tony Blair dismissed ...", "his lover, Jane Roe, acted ...") or the
    only person its sentence names. A possessor, an object or a prepositional object beside another
    person is not ("a book by Peter Sandor, a member of Jenny Harlow's team. He also says ...": he
    is Sandor). Nor is either of two people joined by "and" ("Lord Fenn and Baroness Roe played no
    part. He added ...": one pronoun cannot stand for both). Without a parse, every name is."""
    if not span.doc.has_annotation("DEP"):
        return True
    head = span.root
    if head.dep_ == "conj" and head.head.ent_type_ == "PERSON" \
            or any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in head.children):
        return False
    while head.dep_ in _SAME_ROLE and head.head is not head:
        head = head.head
    if head.dep_ in _SUBJECTS:
        return True
    sent = span.sent
    return not any(sent.start <= s < sent.end and not span.start <= s < span.end for s in people_starts)


def choose(mention: Evidence, candidates: list, evidence: dict[str, Evidence], order: dict[str, int],
           at: int, main: Callable[[list], object | None] | None = None) -> object | None:
    """The candidate a bare surname joins, or None when the evidence names none of them. ``main``
    picks among namesakes the evidence leaves (``person_bearers.main_bearer``): the story's own."""
    pool = list(candidates)
    # "Donald Trump Jr." beside "his father, Donald Trump": the son is the family member
    junior = _juniors(candidates)
    family = junior or {c.id for c in pool if evidence[c.id].family}
    if mention.gender:
        same = [c for c in pool if evidence[c.id].gender == mention.gender]
        unknown = [c for c in pool if evidence[c.id].gender is None]
        pool = same or unknown
    if mention.family:
        fam = [c for c in pool if c.id in family]
        pool = fam or pool
        if mention.generation:  # "the younger Khamenei": the son, not "his father, Ali Khamenei"
            pool = [c for c in pool if evidence[c.id].generation == mention.generation] or pool
    elif not mention.gender:
        # never a family member by default; but when every candidate is the relative of a person of
        # another surname ("Jane Roe and her husband, Tom Poe"), no protagonist bears the name: "Poe" is his
        pool = [c for c in pool if c.id not in family] or [c for c in pool if evidence[c.id].kin_other
                                                              and c.id not in junior]
    else:
        # "Mr Trump" is not "Donald Trump Jr."; a family word says no more when the title agrees
        # ("Donna Clarkson, whose daughter Lana ...": "Ms Clarkson" may be either)
        pool = [c for c in pool if c.id not in junior] or pool
    if not pool:
        return None
    if mention.office:
        office = [c for c in pool if evidence[c.id].office]
        pool = office or pool
    if len(pool) > 1:
        with_office = [c for c in pool if evidence[c.id].office]
        pool = with_office or pool
    if not _one_person(pool):
        # "Verstappen" with "Max Verstappen" and "Jos Verstappen": the text does not say which,
        # unless the story is about one of them
        return main(pool) if main is not None else None
    before = [c for c in pool if order[c.id] < at]
    return before[-1] if before else pool[0]


# a younger generation after a full name: the name suffixes (``resolve.actors.SUFFIXES``) but "Sr."
GENERATIONS = (SUFFIXES - {"sr"}) | {"junior"}


def _juniors(candidates: list) -> set[str]:
    """Ids of the candidates whose full name ends in "Jr." or "II" when another candidate bears
    the name without it: the son named after his father ("Donald Trump Jr." beside "Donald
    Trump"), whom the bare surname is not, as news writes "Trump Jr." for him. Not beside
    another member of the family ("Martin Luther King Jr." beside "Coretta Scott King")."""
    def base(name: str) -> list[str] | None:
        words = name.split()
        return words[:-1] if len(words) > 2 and words[-1].casefold().rstrip(".,") in GENERATIONS else None

    fathers = [_given(c.name) for c in candidates if base(c.name) is None]
    return {c.id for c in candidates if (b := base(c.name)) is not None
            and any(f and (_within(f, _given(" ".join(b))) or _within(_given(" ".join(b)), f)) for f in fathers)}


def _given(name: str) -> list[str]:
    """The given names of a full name, casefolded, without initials ("Paul D. Ryan" -> ["paul"])."""
    words = [w.rstrip(".").casefold() for w in name.split()[:-1]]
    return [w for w in words if not _initial(w)]


def _one_person(pool: list) -> bool:
    """The candidates left could all be one person: their given names agree ("Recep Erdogan" and
    "Recep Tayyip Erdogan", "Ebrahim Raisi" and "Seyed Ebrahim Raisi"); "Max" and "Jos" do not."""
    if len(pool) < 2:
        return True
    names = [_given(c.name) for c in pool]
    return all(_within(a, b) or _within(b, a) for a in names for b in names)


def _within(a: list[str], b: list[str]) -> bool:
    """Every given name of ``a`` is one of ``b``'s, spelling variants and short forms included
    ("Seyed"/"Seyyed", "Rick"/"Richard")."""
    return all(any(x == y or fuzz.ratio(x, y) >= 85 or len(x) >= 3 and len(y) >= 3 and x[:3] == y[:3] for y in b)
               for x in a)


def _initial(word: str) -> bool:
    """ "d", "j" (casefolded, without the dot): a middle initial."""
    return len(word) == 1 and word.isalpha()


def full_forms(names: list[str]) -> dict[str, str]:
    """Each multi-word name of a document -> the one form all its variants are shown as.

    A shorter name that ends exactly one longer name ("Amir Abdollahian" after "Hossein Amir
    Abdollahian", "Van Hollen", "Trump Jr.") is that person, written in full; names that differ only
    by middle initials ("Paul D. Ryan", "Paul Ryan") are one person, shown without them. A name
    that ends two different longer names stays as written: the document does not say which."""
    forms = {n: [w.rstrip(".").casefold() for w in n.split()] for n in dict.fromkeys(names) if len(n.split()) > 1}
    plain: dict[tuple[str, ...], list[str]] = {}
    for n, words in forms.items():
        plain.setdefault(tuple(w for w in words if not _initial(w)), []).append(n)
    out: dict[str, str] = {}
    for key, variants in plain.items():
        if len(key) > 1:
            base = min(variants, key=lambda v: (len(forms[v]), -len(v)))  # fewest words, then the fullest
            out.update({v: base for v in variants})
    for n, words in forms.items():
        longer = {out.get(m, m) for m, w in forms.items() if len(w) > len(words) and w[-len(words):] == words}
        if len(longer) == 1:
            out[n] = longer.pop()
    return {n: out.get(c, c) for n, c in out.items() if out.get(c, c) != n}


def kin_before(span: Span) -> bool:
    """A family word names the one-word name: "her father, Murray, is ...", "his brother Kennedy";
    not "her children, Greer said" (the name opens a new clause)."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].text == ",":
        if span.end < len(doc) and doc[span.end].text not in {",", ";", ")", "."}:
            return False
        i -= 1
    return i >= 0 and doc[i].is_lower and doc[i].text in FAMILY_WORDS and doc[i].tag_ != "NNS"  # not "Lady X"


# "pbuh": "peace be upon him", said after a prophet's name ("the Holy Prophet (pbuh)")
_PERSON_AFTER = frozenset({"who", "whose", "she", "he", "her", "his", "himself", "herself", "pbuh"})


def titled(prev, titles: Titles) -> bool:
    """A title, honorific or role word right before a name ("Mr Parry", "coach Parry")."""
    if prev is None:
        return False
    low = prev.lower_.rstrip(".")
    return low in titles.honorifics or low in titles.courtesy or low in titles.words


def person_after(nxt) -> bool:
    """What follows a name (its next three tokens) as only a person's does: "who" or a personal
    pronoun right after it, or an age ("Parry, 45,")."""
    if any(t.lower_ in _PERSON_AFTER for t in nxt[:2]):
        return True
    return len(nxt) >= 2 and nxt[0].text == "," and nxt[1].like_num


PATRONYMS = frozenset({"bin", "ibn", "bint"})  # "son of", "daughter of" inside an Arabic name


def patronym(name: str, word: str) -> bool:
    """``word`` (casefolded) follows "bin", "ibn" or "bint" in the full name: it names the person's
    father ("Mohammed bin Salman": "salman")."""
    words = [w.casefold() for w in name.split()]
    return any(words[i - 1] in PATRONYMS and words[i] == word for i in range(1, len(words)))

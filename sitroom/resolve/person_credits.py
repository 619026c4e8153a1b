"""A work credited beside a person: "Lena Moss for Harriet Vane", "Tomas Brandt took best actor for Jack Ferris".

Award lists and nomination news write who is honoured and then, after "for", the film, play or album
they are honoured for; a work is often named like a person ("Mary Poppins", "Ray", "Erin Brockovich").
A name is that work, at a mention, when the sentence speaks of an award or a nomination
(``data/person_credits.yaml`` ``award_cues``, or a category such as "best actress") and, right
before its "for", either another person's name ends ("the shortlist names Lena Moss for Harriet
Vane") or an award's category ("best actor", "best supporting actress") that a person of the
sentence is the subject of ("Brandt should take best actor for Jack Ferris"). Left alone: a name
with a possessive after it ("for Vane's new film": the maker), "best actor for Paul Kerr" where no
other person is named before it (he is the winner), every name with a person's cue (a title, a
role, "who", a pronoun, an age) at any of its mentions, and a full name whose surname the story also
writes alone ("Whitby thanked the jury": a work is not so named). The credited person must be
written with a full name ("Silas won four prizes, among them best actor for Jack Ferris": "Silas"
may be the film, Ferris its actor).

A film's credit names its title too, in any story: a credit phrase and another person's full name
after the name ("Harbour Lights, directed by Nora Quill", "Whitcombe starring Ivo Brandt"; not
"starring in"), or a lower-case work noun the name hangs on ("the biopic Dunmore", "the film
Whitcombe"); ``credit_phrases`` and ``work_nouns`` in the same file. The same person's cues keep it.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles
from sitroom.resolve.person_uses import strong_person_cue

__all__ = ["credited_work", "work_names"]

AWARD_CUES, CATEGORY_WORDS = word_lists("person_credits", "award_cues", "category_words")
CREDIT_PHRASES, CREDIT_NOT_AFTER, WORK_NOUNS = word_lists("person_credits", "credit_phrases", "credit_not_after",
                                                          "work_nouns")
HEADED = frozenset({"compound", "nmod", "appos"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def _award_sentence(span: Span, titles: Titles) -> bool:
    """The sentence speaks of an award: a word of ``award_cues`` or a category ("best actress")."""
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    return any(t.lower_ in AWARD_CUES or t.lemma_.lower() in AWARD_CUES
               or _category_before(span.doc, t.i, titles) is not None for t in sent)


def _category_before(doc, k: int, titles: Titles) -> int | None:
    """Where the category "best (supporting) actor" that ends at token ``k`` opens, or None."""
    if not (doc[k].is_lower and doc[k].lower_ in titles.occupations):
        return None
    i = k - 1
    if i >= 0 and doc[i].lower_ == "supporting":
        i -= 1
    return i if i >= 0 and doc[i].lower_ in CATEGORY_WORDS else None


def credited_work(span: Span, people: list[Span], titles: Titles) -> bool:
    """This mention is the work someone named before its "for" is credited for; see the module."""
    doc = span.doc
    f = span.start - 1
    if f < 1 or doc[f].lower_ != "for":
        return False
    if span.end < len(doc) and doc[span.end].text in POSSESSIVES:
        return False  # "for Vane's new film": the film's maker
    opens = _category_before(doc, f - 1, titles)
    if opens is None:
        return _award_sentence(span, titles) and any(p.end == f and len(p) > 1 for p in people)
        # "Lena Moss for Harriet Vane" (a full name: a one-word one may be a work itself)
    sent_start = doc[opens].sent.start if doc.has_annotation("SENT_START") else 0
    return any(sent_start <= p.start and p.end <= opens and len(p) > 1 and p.root.dep_ in SUBJECTS for p in people)


def _credit_after(span: Span, people: list[Span]) -> bool:
    """ "Harbour Lights, directed by Nora Quill": a credit phrase and another person's full name
    follow the name (a comma may stand between), "starring in" or "starring as" excepted."""
    doc = span.doc
    i = span.end + 1 if span.end < len(doc) and doc[span.end].text == "," else span.end
    for phrase in CREDIT_PHRASES:
        words = phrase.split()
        j = i + len(words)
        if j < len(doc) and [t.lower_ for t in doc[i:j]] == words and doc[j].lower_ not in CREDIT_NOT_AFTER:
            return any(p.start == j and len(p) > 1 and p.start != span.start for p in people)
    return False


def _work_noun_before(span: Span) -> bool:
    """ "the film Whitcombe": a lower-case work noun right before the name, a dependant of its head
    or the head the name is set beside (not "In the film Ivo Brandt plays ...": a subject)."""
    doc = span.doc
    k = span.start - 1
    if k < 0 or not doc[k].is_lower or doc[k].lower_ not in WORK_NOUNS:
        return False
    if span.end < len(doc) and doc[span.end].text in POSSESSIVES:
        return False  # "the film Mara Voss's studio made"
    noun, root = doc[k], span.root
    return noun.head == root and noun.dep_ in HEADED or root.head == noun and root.dep_ in HEADED


def work_names(cleaned: list[tuple[Span, str | None]], titles: Titles, has_role) -> set[str]:
    """Names of ``cleaned`` credited as a work at some mention and with no person's cue or role at
    any (see the module docstring)."""
    people = [s for s, _t in cleaned]
    alone = {s.text for s in people if len(s) == 1}
    by_name: dict[str, list[tuple[Span, str | None]]] = {}
    for s, t in cleaned:
        by_name.setdefault(s.text, []).append((s, t))
    return {name for name, spans in by_name.items()
            if not (" " in name and name.split()[-1] in alone)  # "Dana Whitby" ... "Whitby thanked the jury"
            and any(credited_work(s, people, titles) or _credit_after(s, people) or _work_noun_before(s)
                    for s, _t in spans)
            and not any(strong_person_cue(s, titles, t) or has_role(s, t) for s, t in spans)}

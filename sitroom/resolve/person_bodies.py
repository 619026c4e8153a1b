"""A one-word name the story speaks of as "it": a body, not a person.

"Euronext said it could not guarantee a firm offer", "Tarvo has said it will sue the buyers",
"Bat announced it had won approval": the subject of a verb of saying whose reported clause has
"it" (or "its ...") for its own subject, and that clause says what the subject does or will do
(not "it was ironic", "it is possible", where "it" is the empty subject of a judgement a person
gives). A person so written is named elsewhere in the story with a title, a role or a fuller name,
or he or she is taken up by "he", "she", "who"; a name with any of those cues stays a person's.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles
from sitroom.resolve.person_evidence import FEMALE_PRONOUNS, MALE_PRONOUNS, person_after, titled

__all__ = ["pronoun_bodies"]

# verbs whose subject reports what "it" (the subject itself) does or will do (person_context.yaml)
(REPORT_VERBS,) = word_lists("person_context", "report_it_verbs")
PERSONAL = FEMALE_PRONOUNS | MALE_PRONOUNS


def _reports_it(span: Span) -> bool:
    """ "Euronext said it could not ...", "Bat announced it had won ...", "Asamera said its talks ...":
    the name is the subject of a verb of saying whose reported clause's subject is "it" or owned by
    "its", and the clause's verb is no form of "be" ("Franken said it was ironic")."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_ not in REPORT_VERBS:
        return False
    for clause in root.head.children:
        if clause.dep_ != "ccomp" or clause.i < span.end or clause.lemma_ == "be":
            continue
        for subj in clause.children:
            if subj.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            if subj.lower_ == "it" or any(c.lower_ == "its" and c.dep_ == "poss" for c in subj.children):
                return True
    return False


def _person_cue(span: Span, titles: Titles) -> bool:
    """A title or a lower-case role word right before the name ("Lord Falconer", "daughter Emily"),
    "who", "he", "she" or an age right after it, or "he"/"she" as the subject the name reports."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if titled(prev, titles) or prev is not None and prev.pos_ == "NOUN" and prev.is_lower and prev.is_alpha:
        return True
    if person_after(doc[span.end : span.end + 3]):
        return True
    root = span.root
    return root.dep_ == "nsubj" and any(
        t.lower_ in PERSONAL and t.dep_ in {"nsubj", "nsubjpass"}
        for c in root.head.children if c.dep_ == "ccomp" for t in c.children)


def pronoun_bodies(people: list[Span], titles: Titles) -> set[str]:
    """One-word names, no word of a fuller person's name in the document, that report "it" doing
    something at some mention and have no person's cue at any mention."""
    parts = {t.text for p in people if len(p) > 1 for t in p}
    ones = [p for p in people if len(p) == 1 and p.text not in parts and p[0].is_title]
    found = {p.text for p in ones if _reports_it(p)}
    return found - {p.text for p in ones if p.text in found and _person_cue(p, titles)}

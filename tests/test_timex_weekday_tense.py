"""A bare weekday goes back or ahead as the verb that governs it says (issues #10, #12), on
hand-built parses of our own sentences published on Sunday 1 August 2021: a Monday is either
26 July (six days back) or 2 August (the next day)."""

from __future__ import annotations

import spacy
import pytest
from spacy.tokens import Doc

from sitroom.components import ensure_extensions
from sitroom.components.timexes import timexes_in

BACK, AHEAD = "2021-07-26", "2021-08-02"


# a lead that reports Saturday's talks: the stamp is the report's own day
LEAD = [("Talks", "talk", "NOUN", "NNS", "nsubj", 1), ("ended", "end", "VERB", "VBD", "ROOT", 1),
        ("on", "on", "ADP", "IN", "prep", 1), ("Saturday", "Saturday", "PROPN", "NNP", "pobj", 2),
        (".", ".", "PUNCT", ".", "punct", 1)]


def _weekdays(rows: list[tuple[str, str, str, str, str, int]], lead=LEAD) -> dict[str, str]:
    """The timex values of a lead and one sentence, parses given as (word, lemma, pos, tag, dep, head)."""
    ensure_extensions()
    rows = list(lead) + [(w, lm, p, t, d, h + len(lead)) for w, lm, p, t, d, h in rows]
    words, lemmas, pos, tags, deps, heads = (list(x) for x in zip(*rows))
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas, pos=pos, tags=tags, deps=deps,
              heads=heads, sent_starts=[i in (0, len(lead)) for i in range(len(rows))])
    doc._.published = "2021-08-01"
    return {s.text: s._.timex.value for s in timexes_in(doc)}


def _clause(subject: str, verbs: list[tuple[str, str, str, str]], tail: list[tuple[str, str, str, str]]):
    """ "<subject> <verbs...> on Monday ." with the last verb as the root and the rest its auxiliaries."""
    rows = [(subject, subject.lower(), "NOUN", "NNS", "nsubj", len(verbs))]
    root = len(verbs)
    for i, (word, lemma, tag, dep) in enumerate(verbs):
        rows.append((word, lemma, "AUX" if dep != "ROOT" else "VERB", tag, dep, root))
    for word, lemma, tag, dep in tail:
        rows.append((word, lemma, "NOUN" if tag.startswith("N") else "PART", tag, dep, root))
    on = len(rows)
    rows += [("on", "on", "ADP", "IN", "prep", root), ("Monday", "Monday", "PROPN", "NNP", "pobj", on),
             (".", ".", "PUNCT", ".", "punct", root)]
    return rows


@pytest.mark.parametrize("subject, verbs, tail, value", [
    # past tense, past perfect, "did": the act is done, so the Monday before, six days back
    ("Envoys", [("met", "meet", "VBD", "ROOT")], [], BACK),
    ("Rebels", [("had", "have", "VBD", "aux"), ("attacked", "attack", "VBN", "ROOT")], [], BACK),
    ("Voters", [("did", "do", "VBD", "aux"), ("vote", "vote", "VB", "ROOT")], [("not", "not", "RB", "neg")], BACK),
    # future, a schedule, an arrangement in the progressive: the next day
    ("Envoys", [("will", "will", "MD", "aux"), ("meet", "meet", "VB", "ROOT")], [], AHEAD),
    ("Talks", [("are", "be", "VBP", "auxpass"), ("scheduled", "schedule", "VBN", "ROOT")], [], AHEAD),
    ("Envoys", [("are", "be", "VBP", "aux"), ("meeting", "meet", "VBG", "ROOT")], [], AHEAD),
    ("Unions", [("planned", "plan", "VBD", "ROOT")], [("rallies", "rally", "NNS", "dobj")], AHEAD),
])
def test_the_governing_verb_sets_the_direction(subject, verbs, tail, value):
    assert _weekdays(_clause(subject, verbs, tail))["Monday"] == value


def test_a_weekday_without_a_verb_after_publication_is_the_next_day():
    rows = [("Talks", "talk", "NOUN", "NNS", "ROOT", 0), ("on", "on", "ADP", "IN", "prep", 0),
            ("Monday", "Monday", "PROPN", "NNP", "pobj", 1)]
    assert _weekdays(rows)["Monday"] == AHEAD


def test_a_past_weekday_earlier_in_the_week_stays_the_latest_before():
    rows = [("Envoys", "envoy", "NOUN", "NNS", "nsubj", 1), ("met", "meet", "VERB", "VBD", "ROOT", 1),
            ("on", "on", "ADP", "IN", "prep", 1), ("Friday", "Friday", "PROPN", "NNP", "pobj", 2)]
    assert _weekdays(rows)["Friday"] == "2021-07-30"


def test_a_lead_that_reports_the_next_day_moves_every_date_to_that_day():
    # stamped Sunday, "Envoys met on Monday." as the lead: the report is Monday's, stamped early
    lead = [("Envoys", "envoy", "NOUN", "NNS", "nsubj", 1), ("met", "meet", "VERB", "VBD", "ROOT", 1),
            ("on", "on", "ADP", "IN", "prep", 1), ("Monday", "Monday", "PROPN", "NNP", "pobj", 2),
            (".", ".", "PUNCT", ".", "punct", 1)]
    rows = [("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1), ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
            ("on", "on", "ADP", "IN", "prep", 1), ("Sunday", "Sunday", "PROPN", "NNP", "pobj", 2)]
    assert _weekdays(rows, lead) == {"Monday": AHEAD, "Sunday": "2021-08-01"}


def test_a_weekday_ahead_of_a_past_act_is_not_read_in_its_tense():
    # "Envoys met ahead of talks on Monday": the talks come after the meeting, so no tense
    rows = [("Envoys", "envoy", "NOUN", "NNS", "nsubj", 1), ("met", "meet", "VERB", "VBD", "ROOT", 1),
            ("ahead", "ahead", "ADV", "RB", "advmod", 1), ("of", "of", "ADP", "IN", "prep", 2),
            ("talks", "talk", "NOUN", "NNS", "pobj", 3), ("on", "on", "ADP", "IN", "prep", 4),
            ("Monday", "Monday", "PROPN", "NNP", "pobj", 5)]
    assert _weekdays(rows)["Monday"] == AHEAD


def test_a_hearing_slated_for_a_weekday_is_ahead():
    rows = [("Senators", "senator", "NOUN", "NNS", "nsubj", 1), ("attended", "attend", "VERB", "VBD", "ROOT", 1),
            ("talks", "talk", "NOUN", "NNS", "dobj", 1), ("before", "before", "ADP", "IN", "prep", 1),
            ("a", "a", "DET", "DT", "det", 5), ("hearing", "hearing", "NOUN", "NN", "pobj", 3),
            ("slated", "slate", "VERB", "VBN", "acl", 5), ("for", "for", "ADP", "IN", "prep", 6),
            ("Monday", "Monday", "PROPN", "NNP", "pobj", 7)]
    assert _weekdays(rows)["Monday"] == AHEAD


def test_a_weekday_on_a_noun_tagged_as_a_gerund_takes_the_verb_above():
    # "Senators said they could vote at a Monday hearing", "hearing" tagged VBG by the parser
    rows = [("Senators", "senator", "NOUN", "NNS", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("they", "they", "PRON", "PRP", "nsubj", 4), ("could", "could", "AUX", "MD", "aux", 4),
            ("vote", "vote", "VERB", "VB", "ccomp", 1), ("at", "at", "ADP", "IN", "prep", 4),
            ("a", "a", "DET", "DT", "det", 8), ("Monday", "Monday", "PROPN", "NNP", "compound", 8),
            ("hearing", "hear", "VERB", "VBG", "pobj", 5)]
    assert _weekdays(rows)["Monday"] == AHEAD

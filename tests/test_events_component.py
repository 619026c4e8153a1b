"""The events component on hand-built parses (no trained model): arguments, status, merging."""

from __future__ import annotations

from functools import lru_cache

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, Span

from sitroom import model
from sitroom.components import ensure_extensions
from sitroom.components.events import code_events
from sitroom.nlp import NlpOptions, add_components

# (word, lemma, pos, tag, dep, head) with head an absolute token index
Row = tuple[str, str, str, str, str, int]


@lru_cache(maxsize=1)
def _blank():
    return spacy.blank("en")


def _doc(rows: list[Row], sent_starts: tuple[int, ...] = (0,)) -> Doc:
    ensure_extensions()
    nlp = _blank()
    words, lemmas, pos, tags, deps, heads = (list(x) for x in zip(*rows))
    starts = [i in sent_starts for i in range(len(rows))]
    doc = Doc(nlp.vocab, words=words, lemmas=lemmas, pos=pos, tags=tags, deps=deps, heads=heads,
              sent_starts=starts)
    doc._.doc_id = "d"
    doc._.published = "2021-08-01"
    for name in ("actors", "places", "timexes", "quantities"):
        doc.spans[name] = []
    return doc


def _actor(doc: Doc, start: int, end: int, ident: str) -> None:
    span = Span(doc, start, end)
    span._.actor = model.EntityRef(id=ident, name=span.text, kind="country")
    doc.spans["actors"] = [*doc.spans["actors"], span]


def _timex(doc: Doc, start: int, end: int, first: str, last: str) -> None:
    span = Span(doc, start, end)
    span._.timex = model.Timex(span.start_char, span.end_char, span.text, first,
                               range=model.DateRange(first, last))
    doc.spans["timexes"] = [*doc.spans["timexes"], span]


def _drills_with() -> Doc:
    # Russia began military drills with Turkmenistan on July 30 .
    doc = _doc([
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("began", "begin", "VERB", "VBD", "ROOT", 1),
        ("military", "military", "ADJ", "JJ", "amod", 3), ("drills", "drill", "NOUN", "NNS", "dobj", 1),
        ("with", "with", "ADP", "IN", "prep", 1), ("Turkmenistan", "Turkmenistan", "PROPN", "NNP", "pobj", 4),
        ("on", "on", "ADP", "IN", "prep", 1), ("July", "July", "PROPN", "NNP", "pobj", 6),
        ("30", "30", "NUM", "CD", "nummod", 7), (".", ".", "PUNCT", ".", "punct", 1),
    ])
    _actor(doc, 0, 1, "RUS")
    _actor(doc, 5, 6, "TKM")
    _timex(doc, 7, 9, "2021-07-30", "2021-07-30")
    return doc


def test_drills_with_a_partner_are_joint_cooperation_with_both_as_actors():
    (event,) = code_events(_drills_with())
    assert event.type == "COOPERATE"
    assert event.actors == ("RUS", "TKM") and event.targets == ()
    assert event.date == model.DateRange("2021-07-30", "2021-07-30") and event.date_source == "clause"
    assert event.trigger.text == "drills" and event.id == "d:e22-28"
    assert event.status == "occurred"


def test_one_sides_drills_are_mobilization_and_carry_their_figures():
    # Tajikistan held drills involving 100,000 servicemen .
    doc = _doc([
        ("Tajikistan", "Tajikistan", "PROPN", "NNP", "nsubj", 1), ("held", "hold", "VERB", "VBD", "ROOT", 1),
        ("drills", "drill", "NOUN", "NNS", "dobj", 1), ("involving", "involve", "VERB", "VBG", "advcl", 1),
        ("100,000", "100,000", "NUM", "CD", "nummod", 5), ("servicemen", "serviceman", "NOUN", "NNS", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    _actor(doc, 0, 1, "TJK")
    q = Span(doc, 4, 6)
    q._.quantity = model.Quantity(q.start_char, q.end_char, q.text, 100000.0, "count", counted="serviceman")
    doc.spans["quantities"] = [q]
    (event,) = code_events(doc)
    assert (event.type, event.actors) == ("MOBILIZE", ("TJK",))
    assert event.quantities == (model.fact_id("d", "q", q.start_char, q.end_char),)
    assert event.date_source == "published" and event.date == model.DateRange("2021-08-01", "2021-08-01")


def test_host_is_the_target_and_the_visitor_the_actor():
    # Beijing welcomed a delegation led by the Taliban .
    doc = _doc([
        ("Beijing", "Beijing", "PROPN", "NNP", "nsubj", 1), ("welcomed", "welcome", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3), ("delegation", "delegation", "NOUN", "NN", "dobj", 1),
        ("led", "lead", "VERB", "VBN", "acl", 3), ("by", "by", "ADP", "IN", "agent", 4),
        ("the", "the", "DET", "DT", "det", 7), ("Taliban", "Taliban", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    _actor(doc, 0, 1, "CHN")
    _actor(doc, 7, 8, "TAL")
    (event,) = code_events(doc)
    assert (event.type, event.mode, event.actors, event.targets) == ("CONSULT", "visit", ("TAL",), ("CHN",))


def _clause(subject: str, aux: list[tuple[str, str, str]], verb: tuple[str, str, str], obj: str) -> Doc:
    rows: list[Row] = [(subject, subject, "PROPN", "NNP", "nsubj", len(aux) + 1)]
    for word, lemma, dep in aux:
        rows.append((word, lemma, "AUX" if dep != "neg" else "PART", "MD", dep, len(aux) + 1))
    rows.append((verb[0], verb[1], "VERB", verb[2], "ROOT", len(aux) + 1))
    rows.append((obj, obj, "PROPN", "NNP", "dobj", len(aux) + 1))
    doc = _doc(rows)
    _actor(doc, 0, 1, subject.upper()[:3])
    _actor(doc, len(rows) - 1, len(rows), obj.upper()[:3])
    return doc


def test_status_from_auxiliaries():
    cases = [
        ([("will", "will", "aux")], ("attack", "attack", "VB"), "planned"),
        ([("would", "would", "aux")], ("attack", "attack", "VB"), "hypothetical"),
        ([("did", "do", "aux"), ("not", "not", "neg")], ("attack", "attack", "VB"), "negated"),
        ([("have", "have", "aux"), ("been", "be", "aux")], ("fighting", "fight", "VBG"), "ongoing"),
        ([], ("attacked", "attack", "VBD"), "occurred"),
    ]
    for aux, verb, expected in cases:
        (event,) = code_events(_clause("Russia", aux, verb, "Georgia"))
        assert event.type == "ASSAULT"
        assert event.status == expected, (aux, verb)
        assert (event.actors, event.targets) == (("RUS",), ("GEO",))


def test_later_reference_merges_into_the_first_record():
    # Russia began drills . The drills ended .
    doc = _doc([
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("began", "begin", "VERB", "VBD", "ROOT", 1),
        ("drills", "drill", "NOUN", "NNS", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1),
        ("The", "the", "DET", "DT", "det", 5), ("drills", "drill", "NOUN", "NNS", "nsubj", 6),
        ("ended", "end", "VERB", "VBD", "ROOT", 6), (".", ".", "PUNCT", ".", "punct", 6),
    ], sent_starts=(0, 4))
    _actor(doc, 0, 1, "RUS")
    (event,) = code_events(doc)
    assert [m.text for m in event.mentions] == ["Russia began drills .", "The drills ended ."]
    assert len(doc.spans["events"]) == 1 and doc.spans["events"][0]._.event == event


def test_without_an_actors_group_ner_names_stand_in():
    doc = _drills_with()
    del doc.spans["actors"]
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 5, 6, label="GPE")]
    (event,) = code_events(doc)
    assert event.actors == ("name:russia", "name:turkmenistan")


def test_component_runs_in_a_blank_pipeline():
    nlp = add_components(spacy.blank("en"), NlpOptions(components=("sitroom_events",)))
    assert "sitroom_events" in nlp.pipe_names
    doc = nlp.make_doc("Nothing happened.")
    doc._.doc_id = "x"
    assert list(nlp.get_pipe("sitroom_events")(doc).spans["events"]) == []


WORDS = [("attack", "attack", "VERB"), ("drills", "drill", "NOUN"), ("talks", "talk", "NOUN"),
         ("Russia", "Russia", "PROPN"), ("the", "the", "DET"), ("withdrew", "withdraw", "VERB"),
         ("on", "on", "ADP"), ("aid", "aid", "NOUN"), ("not", "not", "PART")]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14), st.data())
def test_events_have_offsets_inside_the_text_whatever_the_parse(words, data):
    n = len(words)
    heads = [data.draw(st.integers(0, n - 1)) for _ in range(n)]
    heads[0] = 0
    for i in range(1, n):  # keep it a tree: every head to the left
        heads[i] = min(heads[i], i - 1) if heads[i] >= i else heads[i]
    deps = ["ROOT"] + [data.draw(st.sampled_from(["nsubj", "dobj", "prep", "pobj", "conj", "amod", "neg"]))
                       for _ in range(n - 1)]
    rows = [(w, lem, p, "NN", d, h) for (w, lem, p), d, h in zip(words, deps, heads)]
    doc = _doc(rows)
    for event in code_events(doc):
        for m in (event.trigger, event.sentence, *event.mentions):
            assert 0 <= m.start <= m.end <= len(doc.text)
            assert doc.text[m.start:m.end] == m.text
        assert event.status in {"occurred", "ongoing", "planned", "hypothetical", "negated"}
        assert event.date is None or (event.date.start or "") <= (event.date.end or "9999")

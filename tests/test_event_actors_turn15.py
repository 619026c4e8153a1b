"""Who did what, turn 15: a possessive in a phrase put before its clause's subject points forward
to that subject ("In his visit to Oslo, Mr Vance ..."), modifiers listed before a phrase the
dictionary knows are parties too ("Iranian, Russian and Chinese naval forces"), and under a
dateline the name set off after a role is the doer ("X's chief of staff, Lars Berg, met"),
model-marked with sentences written for these tests; of two subjects the parse gives one verb, the
one right before it, on hand-built parses (the misparses are the trained model's, which the tests
must not depend on)."""

from __future__ import annotations

from functools import lru_cache

import pytest
import spacy
from events_support import coded, event_with, listed
from spacy.tokens import Doc, Span

from sitroom import model
from sitroom.components import ensure_extensions
from sitroom.components.events import code_events

PUB = "2024-03-01"
KINDS = {"PRT": "country", "NOR": "country", "CHL": "country", "OKORO": "person", "VANCE": "person",
         "LUND": "person"}
ACTORS = {"Portugal": "PRT", "Norway": "NOR", "Chile": "CHL", "Mr Okoro": "OKORO", "Mr Vance": "VANCE",
          "Ms Lund": "LUND"}


@pytest.mark.model
def test_a_possessive_before_the_subject_is_that_subject():
    events = coded("Mr Okoro arrived in Lisbon on Monday. In his visit to Oslo, Mr Vance praised the accord.",
                   actors=ACTORS, kinds=KINDS, published=PUB)
    assert event_with(events, "visit").actors == ("VANCE",), listed(events)
    events = coded("Mr Okoro arrived in Lisbon on Monday. During her trip to Chile, Ms Lund signed a trade "
                   "deal.", actors=ACTORS, kinds=KINDS, published=PUB)
    assert event_with(events, "trip").actors == ("LUND",), listed(events)


@pytest.mark.model
def test_a_name_the_dictionary_does_not_know_is_no_earlier_person():
    events = coded("Mr Okoro arrived in Lisbon on Monday. In his visit to Oslo, Haldor Brekke praised the "
                   "accord.", actors=ACTORS, kinds=KINDS, published=PUB)
    assert all("OKORO" not in e.actors for e in events if "visit" in e.trigger.text), listed(events)


@pytest.mark.model
def test_a_subject_already_in_the_phrase_or_of_another_kind_is_not_the_owner():
    # control: the one met is not the one who meets; a country is not "his"
    events = coded("Mr Okoro arrived in Lisbon on Monday. In his meeting with Mr Vance, Portugal's chief "
                   "diplomat praised the accord.", actors=ACTORS, kinds=KINDS, published=PUB)
    meeting = event_with(events, "meeting")
    assert "VANCE" not in meeting.actors and "PRT" not in meeting.actors, listed(events)


# (word, lemma, pos, tag, dep, head) with head an absolute token index
@lru_cache(maxsize=1)
def _blank():
    return spacy.blank("en")


def _coded(rows: list[tuple], actors: dict[int, str]) -> list[model.Event]:
    ensure_extensions()
    words, lemmas, pos, tags, deps, heads = (list(x) for x in zip(*rows))
    doc = Doc(_blank().vocab, words=words, lemmas=lemmas, pos=pos, tags=tags, deps=deps, heads=heads,
              sent_starts=[i == 0 for i in range(len(rows))])
    doc._.doc_id = "d"
    doc._.published = PUB
    for name in ("actors", "places", "timexes", "quantities"):
        doc.spans[name] = []
    spans = []
    for i, ident in actors.items():
        span = Span(doc, i, i + 1)
        span._.actor = model.EntityRef(id=ident, name=span.text, kind=KINDS[ident])
        spans.append(span)
    doc.spans["actors"] = spans
    return code_events(doc)


def test_a_headline_run_into_the_sentence_is_no_second_subject():
    # Chile in the spotlight Vance held talks .  (the parse: "Chile" and "Vance" both subjects)
    events = _coded([
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 5), ("in", "in", "ADP", "IN", "prep", 0),
        ("the", "the", "DET", "DT", "det", 3), ("spotlight", "spotlight", "NOUN", "NN", "pobj", 1),
        ("Vance", "Vance", "PROPN", "NNP", "nsubj", 5), ("held", "hold", "VERB", "VBD", "ROOT", 5),
        ("talks", "talk", "NOUN", "NNS", "dobj", 5), (".", ".", "PUNCT", ".", "punct", 5),
    ], {0: "CHL", 4: "VANCE"})
    assert event_with(events, "talks").actors == ("VANCE",), listed(events)


def test_a_bare_participle_has_the_subject_right_before_it():
    # Issues arose : Chile 's raids , and Portuguese leaders refusing talks .
    events = _coded([
        ("Issues", "issue", "NOUN", "NNS", "nsubj", 1), ("arose", "arise", "VERB", "VBD", "ROOT", 1),
        (":", ":", "PUNCT", ":", "punct", 1), ("Chile", "Chile", "PROPN", "NNP", "poss", 5),
        ("'s", "'s", "PART", "POS", "case", 3), ("raids", "raid", "NOUN", "NNS", "nsubj", 10),
        (",", ",", "PUNCT", ",", "punct", 5), ("and", "and", "CCONJ", "CC", "cc", 5),
        ("Portuguese", "portuguese", "ADJ", "JJ", "amod", 9),
        ("leaders", "leader", "NOUN", "NNS", "nsubj", 10),
        ("refusing", "refuse", "VERB", "VBG", "advcl", 1), ("talks", "talk", "NOUN", "NNS", "dobj", 10),
        (".", ".", "PUNCT", ".", "punct", 1),
    ], {3: "CHL", 8: "PRT"})
    assert event_with(events, "refusing").actors == ("PRT",), listed(events)


def test_listed_and_resumed_subjects_are_all_kept():
    # controls: "Okoro , and Lund had called for talks" (a list the parse split into two
    # subjects of a finite verb); "Portugal and Chile , these countries can not support Norway";
    # "Okoro and his counterpart Vance met" (the parse hangs the list on the first name)
    events = _coded([
        ("Okoro", "Okoro", "PROPN", "NNP", "nsubj", 5), (",", ",", "PUNCT", ",", "punct", 0),
        ("and", "and", "CCONJ", "CC", "cc", 0), ("Lund", "Lund", "PROPN", "NNP", "nsubj", 5),
        ("had", "have", "AUX", "VBD", "aux", 5), ("called", "call", "VERB", "VBN", "ROOT", 5),
        ("for", "for", "ADP", "IN", "prep", 5), ("talks", "talk", "NOUN", "NNS", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 5),
    ], {0: "OKORO", 3: "LUND"})
    assert set(event_with(events, "call").actors) == {"OKORO", "LUND"}, listed(events)
    events = _coded([
        ("Okoro", "Okoro", "PROPN", "NNP", "nsubj", 5), ("and", "and", "CCONJ", "CC", "cc", 0),
        ("his", "his", "PRON", "PRP$", "poss", 3), ("counterpart", "counterpart", "NOUN", "NN", "conj", 0),
        ("Vance", "Vance", "PROPN", "NNP", "nsubj", 5), ("met", "meet", "VERB", "VBD", "ROOT", 5),
        (".", ".", "PUNCT", ".", "punct", 5),
    ], {0: "OKORO", 4: "VANCE"})
    assert set(event_with(events, "met").actors) == {"OKORO", "VANCE"}, listed(events)
    events = _coded([
        ("Portugal", "Portugal", "PROPN", "NNP", "nsubj", 8), ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Chile", "Chile", "PROPN", "NNP", "conj", 0), (",", ",", "PUNCT", ",", "punct", 0),
        ("these", "these", "DET", "DT", "det", 5), ("countries", "country", "NOUN", "NNS", "nsubj", 8),
        ("can", "can", "AUX", "MD", "aux", 8), ("not", "not", "PART", "RB", "neg", 8),
        ("support", "support", "VERB", "VB", "ROOT", 8), ("Norway", "Norway", "PROPN", "NNP", "dobj", 8),
        (".", ".", "PUNCT", ".", "punct", 8),
    ], {0: "PRT", 2: "CHL", 9: "NOR"})
    assert set(event_with(events, "support").actors) == {"PRT", "CHL"}, listed(events)


LISTED_KINDS = {"IRN": "country", "RUS": "country", "USA": "country", "MIL-CHN": "military",
                "NATO": "organization", "MIL-AFG": "military"}
LISTED = {"Iranian": "IRN", "Russian": "RUS", "American": "USA", "U.S.": "USA",
          "Chinese naval forces": "MIL-CHN", "NATO troops": "NATO", "Afghan commandos": "MIL-AFG"}


@pytest.mark.model
def test_modifiers_listed_before_a_known_phrase_are_parties_too():
    events = coded("Last May, Iranian, Russian and Chinese naval forces held a joint drill in the Arabian "
                   "Sea.", actors=LISTED, kinds=LISTED_KINDS, published=PUB)
    assert set(event_with(events, "drill").actors) == {"MIL-CHN", "IRN", "RUS"}, listed(events)
    events = coded("Officials said the American and NATO troops would withdraw from the province by June.",
                   actors=LISTED, kinds=LISTED_KINDS, published=PUB)
    assert set(event_with(events, "withdraw").actors) == {"NATO", "USA"}, listed(events)


@pytest.mark.model
def test_a_modifier_not_listed_with_the_phrase_is_no_party():
    # controls: who trained the commandos does not raid; a speaker's nationality is not the drill's
    events = coded("U.S.-trained Afghan commandos raided the village on Friday.",
                   actors=LISTED, kinds=LISTED_KINDS, published=PUB)
    assert event_with(events, "raided").actors == ("MIL-AFG",), listed(events)
    events = coded("Russian officials said Chinese naval forces held a drill.",
                   actors=LISTED, kinds=LISTED_KINDS, published=PUB)
    assert event_with(events, "drill").actors == ("MIL-CHN",), listed(events)


@pytest.mark.model
def test_a_list_item_the_parse_makes_an_apposition_is_a_party():
    events = coded("An aide to the minister says Lisbon, Oslo, and Santiago will continue consultations to "
                   "find a solution to the crisis.",
                   actors={"Lisbon": "PRT", "Oslo": "NOR", "Santiago": "CHL"}, kinds=KINDS, published=PUB)
    assert set(event_with(events, "consultations").actors) == {"PRT", "NOR", "CHL"}, listed(events)


@pytest.mark.model
def test_a_description_set_off_in_a_list_is_no_party():
    # control: "a Republican" describes Mr Okoro; it is no third party to the meeting
    events = coded("Mr Okoro, a Republican, and Mr Vance met in Ohio.",
                   actors={**ACTORS, "Republican": "REP"}, kinds={**KINDS, "REP": "organization"},
                   published=PUB)
    assert set(event_with(events, "met").actors) == {"OKORO", "VANCE"}, listed(events)


DATELINE_KINDS = {"IRN": "country", "PRT": "country", "OKORO": "person", "VANCE": "person", "DAHL": "person",
                  "BERG": "person"}
DATELINE_ACTORS = {"Rui Okoro": "OKORO", "Tomas Vance": "VANCE", "Erna Dahl": "DAHL", "Lars Berg": "BERG",
                   "Iran": "IRN", "Portuguese": "PRT"}
DATELINES = {"LISBON": ("lis", "PRT"), "OSLO": ("osl", "NOR"), "TEHRAN": ("teh", "IRN")}


@pytest.mark.model
def test_under_a_dateline_the_name_after_a_role_is_the_doer_not_the_roles_owner():
    events = coded("LISBON (Reuters) - Portuguese President Rui Okoro’s son-in-law, Tomas Vance, met with "
                   "special prosecutor Ana Lund’s team earlier this month, CNN reported on Wednesday.",
                   actors=DATELINE_ACTORS, kinds=DATELINE_KINDS, places=DATELINES, published=PUB)
    assert event_with(events, "met").actors == ("VANCE",), listed(events)
    events = coded("OSLO (Reuters) - Prime Minister Erna Dahl’s chief of staff, Lars Berg, met with "
                   "investigators last week, a newspaper reported.",
                   actors=DATELINE_ACTORS, kinds=DATELINE_KINDS, places=DATELINES, published=PUB)
    assert event_with(events, "met").actors == ("BERG",), listed(events)


@pytest.mark.model
def test_under_a_dateline_a_role_without_a_name_keeps_its_owner():
    # control: no name follows the role, so the country whose diplomat it is stays the doer
    events = coded("TEHRAN – Iran’s top diplomat for economic affairs met on Wednesday with officials "
                   "responsible for trade.", actors=DATELINE_ACTORS, kinds=DATELINE_KINDS, places=DATELINES,
                   published=PUB)
    assert event_with(events, "met").actors == ("IRN",), listed(events)

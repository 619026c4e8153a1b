"""Actor ruler and resolver on a blank pipeline with hand-built entities (no trained model)."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from sitroom.nlp import NlpOptions, add_components


@pytest.fixture(scope="module")
def nlp():
    return add_components(spacy.blank("en"), NlpOptions(components=("sitroom_actor_ruler", "sitroom_actors")))


def _actors(doc):
    return [(s.text, s._.actor) for s in doc.spans["actors"]]


def _by_text(doc):
    return {s.text: s._.actor for s in doc.spans["actors"]}


def _doc(nlp, words, ents=None, tags=None, lemmas=None, spaces=None):
    """A Doc with given entities (IOB per token), as the NER would leave it."""
    doc = Doc(nlp.vocab, words=words, spaces=spaces, ents=ents, tags=tags, lemmas=lemmas)
    doc = nlp.get_pipe("sitroom_actor_ruler")(doc) if ents is None else doc
    return nlp.get_pipe("sitroom_actors")(doc)


def test_metonyms_and_demonyms_are_one_country(nlp):
    doc = nlp("The Kremlin's fears grew as Moscow and Russian interests met the Soviets.")
    got = _by_text(doc)
    assert got["Kremlin"].id == got["Moscow"].id == got["Russian"].id == "RUS"
    assert got["Kremlin"].metonym and got["Moscow"].metonym and not got["Russian"].metonym
    assert got["Soviets"].id == "SUN"
    assert "Kremlin's" not in got and "The Kremlin" not in got


def test_capital_as_location_is_no_actor(nlp):
    doc = nlp("Talks were held in Kabul, and Beijing welcomed them near the capital, Dushanbe.")
    got = _by_text(doc)
    assert "Kabul" not in got and "Dushanbe" not in got
    assert got["Beijing"].id == "CHN"


def test_case_check(nlp):
    doc = nlp("Let us eat turkey in China with the US and Turkey.")
    got = _by_text(doc)
    assert set(got) == {"China", "US", "Turkey"}
    headline = nlp("JAPAN BEAT CHINA IN SURPRISE WIN")
    assert {s.text for s in headline.spans["actors"]} == {"JAPAN", "CHINA"}


def test_dictionary_groups_agencies_media(nlp):
    doc = nlp("The GRU, Eurasianet, Gazeta.Ru, ISIL, al-Qaida and the Northern Alliance were named.")
    got = _by_text(doc)
    assert got["GRU"].kind == "organization" and got["GRU"].country == "RUS"
    assert got["Eurasianet"].kind == got["Gazeta.Ru"].kind == "media"
    assert got["ISIL"].id == "ISIS" and got["al-Qaida"].id == "AL-QAEDA"
    assert got["Northern Alliance"].kind == "armed_group"
    assert {e.label_ for e in doc.ents} == {"ORG"}


def test_acronym_learned_for_the_document(nlp):
    doc = nlp("The Northern Distribution Network (NDN) resupplies troops. The NDN grew.")
    refs = [r for t, r in _actors(doc) if t in {"NDN", "Northern Distribution Network"}]
    assert len(refs) == 3 and len({r.id for r in refs}) == 1
    assert refs[0].id == "org:northern-distribution-network"
    known = nlp("The Islamic Movement of Uzbekistan (IMU) fought. The IMU is active.")
    assert {r.id for t, r in _actors(known) if t in {"IMU", "Islamic Movement of Uzbekistan"}} == {"IMU"}


def test_acronym_of_a_body_named_after_a_country_is_the_body(nlp):
    # the country inside the long form is not the acronym's referent; a dictionary name that is
    # the whole long form still is
    doc = nlp("The Farmers Union of Ghana (FUG) met in Accra. Later the FUG protested.")
    assert {r.id for t, r in _actors(doc) if t == "FUG"} == {"org:farmers-union-of-ghana"}
    doc = nlp("The Welsh Miners Association (WMA) said so. The WMA will strike.")
    assert {r.id for t, r in _actors(doc) if t == "WMA"} == {"org:welsh-miners-association"}
    whole = nlp("The Islamic Republic of Iran (IRI) said so. The IRI protested.")
    assert {r.id for t, r in _actors(whole) if t == "IRI"} == {"IRN"}


def test_people_roles_and_surnames(nlp):
    words = ["Russian", "Defense", "Minister", "Sergei", "Shoigu", "met", "Afghan", "President",
             "Hamid", "Karzai", ".", "Later", "Karzai", "and", "he", "left", "."]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O",
            "B-PERSON", "O", "B-PERSON", "O", "O"]
    doc = Doc(nlp.vocab, words=words, ents=ents)
    doc = nlp.get_pipe("sitroom_actors")(doc)
    got = _actors(doc)
    people = [(t, r) for t, r in got if r.kind == "person"]
    assert [t for t, _ in people] == ["Sergei Shoigu", "Hamid Karzai", "Karzai"]
    shoigu, karzai, later = (r for _, r in people)
    assert (shoigu.role, shoigu.country, shoigu.affiliation) == ("Defense Minister", "RUS", "RUS")
    assert karzai == later and karzai.id == "person:hamid-karzai" and karzai.role == "President"
    assert "he" not in {e.text for e in doc.ents}


def test_appositions(nlp):
    words = ["The", "head", "of", "Russia", "'s", "GRU", ",", "Igor", "Sergun", ",", "spoke", ".",
             "Fyodor", "Lukyanov", ",", "who", "is", "Russia", "'s", "leading", "foreign", "policy",
             "pundit", ",", "wrote", "."]
    ents = ["O"] * len(words)
    ents[7], ents[8], ents[12], ents[13] = "B-PERSON", "I-PERSON", "B-PERSON", "I-PERSON"
    lemmas = [w.lower() for w in words]
    lemmas[16] = "be"
    spaces = [w not in {"Russia", "GRU", "Sergun", "Lukyanov", "pundit"} for w in words]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, ents=ents, lemmas=lemmas)
    doc = nlp.get_pipe("sitroom_actors")(doc)  # reads the dictionary hits (Russia, GRU) itself
    got = {t: r for t, r in _actors(doc) if r.kind == "person"}
    assert (got["Igor Sergun"].role, got["Igor Sergun"].affiliation) == ("head of GRU", "GRU")
    assert got["Igor Sergun"].country == "RUS"
    assert (got["Fyodor Lukyanov"].role, got["Fyodor Lukyanov"].country) == ("foreign policy pundit", "RUS")


def test_honorific_and_possessive_owner(nlp):
    words = ["led", "by", "the", "Taliban", "'s", "deputy", "head", ",", "Mullah", "Abdul", "Ghani",
             "Baradar", "."]
    ents = ["O"] * 8 + ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O"]
    tags = ["VBN", "IN", "DT", "NNP", "POS", "NN", "NN", ",", "NNP", "NNP", "NNP", "NNP", "."]
    doc = Doc(nlp.vocab, words=words, ents=ents, tags=tags)
    doc = nlp.get_pipe("sitroom_actors")(doc)
    person = next(r for t, r in _actors(doc) if r.kind == "person")
    assert person.name == "Abdul Ghani Baradar"
    assert (person.role, person.affiliation, person.country) == ("deputy head", "TALIBAN", "AFG")


def test_demonym_or_town_tagged_person_is_fixed(nlp):
    words = ["The", "Tajik", "army", "used", "the", "Kant", "air", "base", "."]
    ents = ["O", "B-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O"]
    doc = nlp.get_pipe("sitroom_actors")(Doc(nlp.vocab, words=words, ents=ents))
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels == {"Tajik": "NORP", "Kant": "GPE"}
    # the only actor: the Tajik army (the demonym gives its country), no person, no Kant
    assert [(r.kind, r.country, r.sector) for _, r in _actors(doc)] == [("other", "TJK", "MIL")]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["Russia", "the", "Kremlin's", "US", "NATO", "(", "NDN", ")", "said",
                                 "Northern", "Distribution", "Network", "Tajik", "in", "Kabul", "."]),
                max_size=25))
def test_spans_lie_inside_the_text(nlp, words):
    doc = nlp(" ".join(words))
    for span in doc.spans["actors"]:
        assert 0 <= span.start_char < span.end_char <= len(doc.text)
        assert span._.actor is not None and span._.actor.id
        assert doc.text[span.start_char : span.end_char] == span.text


@pytest.mark.parametrize(
    ("words", "name", "expected"),
    [
        (["Hamas", "leader", "Ismail", "Haniyeh", "spoke"], "Ismail Haniyeh", ("leader", "HAMAS")),
        (["U.S.", "Secretary", "of", "State", "Antony", "Blinken", "spoke"], "Antony Blinken",
         ("Secretary of State", "USA")),
        (["Russia", "'s", "President", "Vladimir", "Putin", "spoke"], "Vladimir Putin", ("President", "RUS")),
    ],
)
def test_pre_titles(nlp, words, name, expected):
    n = len(name.split())
    start = words.index(name.split()[0])
    ents = ["O"] * len(words)
    ents[start : start + n] = ["B-PERSON"] + ["I-PERSON"] * (n - 1)
    spaces = [not (w == "Russia") for w in words]
    doc = nlp.get_pipe("sitroom_actors")(Doc(nlp.vocab, words=words, spaces=spaces, ents=ents))
    person = next(r for t, r in _actors(doc) if r.kind == "person")
    assert (person.name, person.role, person.affiliation) == (name, *expected)


def test_rank_yields_to_apposition_and_visited_capital_is_a_place(nlp):
    words = ["Pakistan", "'s", "army", "chief", ",", "General", "Qamar", "Bajwa", ",", "visited", "Kabul", "."]
    ents = ["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 4
    tags = ["NNP", "POS", "NN", "NN", ",", "NNP", "NNP", "NNP", ",", "VBD", "NNP", "."]
    lemmas = [w.lower() for w in words]
    lemmas[9] = "visit"
    spaces = [w != "Pakistan" and words[i + 1 : i + 2] not in ([","], ["."]) for i, w in enumerate(words)]
    pos = ["PROPN", "PART", "NOUN", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, ents=ents, tags=tags, pos=pos, lemmas=lemmas)
    doc = nlp.get_pipe("sitroom_actors")(doc)
    got = _by_text(doc)
    assert (got["Qamar Bajwa"].role, got["Qamar Bajwa"].affiliation) == ("army chief", "PAK")
    assert "Kabul" not in got


def test_user_actors_file_reaches_both_components(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("actors:\n  - {key: JAMAAT-X, name: Jamaat X, kind: armed_group, country: TJK, variants: [JX]}\n")
    options = NlpOptions(
        components=("sitroom_actor_ruler", "sitroom_actors"),
        config=(("sitroom_actor_ruler", (("actors_file", str(path)),)),),
    )
    nlp = add_components(spacy.blank("en"), options)
    got = _by_text(nlp("Fighters of JX attacked."))
    assert (got["JX"].id, got["JX"].kind, got["JX"].country) == ("JAMAAT-X", "armed_group", "TJK")

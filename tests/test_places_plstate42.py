"""A district's name that stands for what is seated there (issue 11, hand audit; plstate42):
"Hollywood" for the film industry and "Broadway" for New York's theatre are no places, unless
the words put something in the town; "Westminster" for the British Parliament is a metonym.
Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _seen(nlp, text: str) -> dict[str, str]:
    """Each place mention's words -> its use ("literal" for a place)."""
    doc = nlp(text)
    out = {s.text: "literal" for s in doc.spans["places"]}
    out.update((s.text, s.label_.lower()) for s in doc.spans["place_refs"])
    return out


@pytest.mark.parametrize("text", [
    "Several Hollywood producers were accused of misconduct by actresses last year.",
    "She worked in Hollywood for twenty years before she turned to politics.",
    "Scandals have rocked sport, Hollywood and the press since October.",
    "Hollywood is bracing for a long strike by its writers.",
    "The studio hired a veteran Hollywood executive to run its new streaming arm.",
    "The actor's Broadway debut drew warm reviews from the critics.",
])
def test_a_trade_named_after_its_town_is_no_place(real_nlp, text):
    seen = _seen(real_nlp, text)
    assert "Hollywood" not in seen and "Broadway" not in seen


@pytest.mark.parametrize("text", [
    "The gala will be held in Hollywood next month.",
    "The prizes will be presented at Hollywood's Dolby Theatre next week.",
    "Shoppers at a grocery store in Hollywood, Fla., stocked up on water before the storm.",
    "The company moved its offices from Chicago to Hollywood in 2010.",
    "The gala takes place on 3 March at the Apollo Theatre in Hollywood, with a comic as host.",
    "He was raised in Ohio, but it is Hollywood that Tom Weller now calls home.",
])
def test_the_town_itself_stays_a_place(real_nlp, text):
    assert _seen(real_nlp, text).get("Hollywood") == "literal"


def test_a_name_heading_a_title_keeps_its_claim(real_nlp):
    seen = _seen(real_nlp, "Anne Morrow of the Hollywood Reporter said the film was strong.")
    assert seen.get("Hollywood") == "embedded"


@pytest.mark.parametrize("text", [
    "Ministers in Edinburgh want the betting law left to Westminster.",
    "Few Cornish members sit at Westminster these days.",
    "Rumours spread quickly in Westminster about the reshuffle.",
])
def test_a_district_named_for_its_parliament_stands_for_the_body(real_nlp, text):
    assert _seen(real_nlp, text).get("Westminster") == "metonym"


@pytest.mark.parametrize("text", [
    "Her campaign was launched in Westminster last spring.",
    "Voters in London and Westminster went to the polls.",
    "Police in Westminster, Colorado, arrested two men on Friday.",
    "Wreaths were laid at the memorial in Westminster, central London, on Sunday.",
])
def test_the_district_itself_or_a_namesake_stays_a_place(real_nlp, text):
    assert _seen(real_nlp, text).get("Westminster") == "literal"


def test_an_area_without_a_seated_body_is_untouched(real_nlp):
    seen = _seen(real_nlp, "Shares fell sharply in Europe on Wednesday as the selling went on.")
    assert seen.get("Europe") == "literal"


@pytest.mark.parametrize("text, name", [
    ("The fate of the deal is in the hands of Paris now, analysts said.", "Paris"),
    ("Exiles have long railed against the rulers of Hanoi.", "Hanoi"),
    ("The safety and interests of Cairo and Amman are linked, he said.", "Amman"),
])
def test_a_capital_owning_what_a_government_has_stands_for_it(real_nlp, text, name):
    assert _seen(real_nlp, text).get(name) == "metonym"


@pytest.mark.parametrize("text, name", [
    ("Crowds filled the streets of Moscow on Saturday.", "Moscow"),
    ("The mayor of London opened the new bridge.", "London"),
])
def test_a_capital_owning_a_town_s_things_stays_the_town(real_nlp, text, name):
    assert _seen(real_nlp, text).get(name) == "literal"

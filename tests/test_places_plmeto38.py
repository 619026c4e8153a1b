"""Claims of use that no reading of the words bears (issue 11, plmeto38).

A title-case dateline before the agency's bracket ("Oslo (CNN) --"), or an upper-case one run
into a byline ("By Jane Roe LIMA (Reuters) -"), names where the story was filed: ``dateline``,
not a government. The region after a dateline's town and comma is the land the town lies in. A
town whose own name ends in "City" and that the model tags an organisation is the town.

Own short texts, full pipeline.
"""

from __future__ import annotations

import pytest
from places_support import place_mentions

pytestmark = pytest.mark.model


def _uses(nlp, text: str, word: str) -> list[str]:
    return [use for _i, w, use, _cc, _name in place_mentions(nlp, text) if w == word]


@pytest.mark.parametrize("text,word", [
    ("Oslo (CNN) -- Water levels near the old dam rose to a record on Monday, engineers said.", "Oslo"),
    ("Madrid (CNN)The hearing was one that several ministers had dreaded for weeks.", "Madrid"),
    ("More stories. Reuters\n\n- By John Marsh LIMA (Reuters) - The Peruvian interior minister escaped "
     "an ambush unhurt on Thursday.", "LIMA"),
])
def test_title_case_and_byline_datelines_are_datelines(real_nlp, text, word):
    assert _uses(real_nlp, text, word) == ["dateline"]


def test_a_bracket_after_a_country_name_is_no_dateline(real_nlp):
    # an abbreviation in brackets, then more of a body's name: no agency, no dateline
    text = "United Arab Emirates (UAE) Central Bank Governor Khalid Saeed said rates would hold."
    assert "dateline" not in {use for _i, _w, use, _cc, _n in place_mentions(real_nlp, text)}


def test_the_region_after_a_datelines_town_is_the_land(real_nlp):
    text = "HANOI, Vietnam \u2013 Vietnam says it expects exports to grow this year."
    uses = [use for _i, w, use, _cc, _n in place_mentions(real_nlp, text) if w == "Vietnam"]
    assert uses[0] == "literal"


@pytest.mark.parametrize("text,word,name", [
    ("In Atlantic City, the casino said in a statement that its shares rose.", "Atlantic City", "Atlantic City"),
    ("Many homes, especially in Gaza City in the north, were damaged, the agency said.", "Gaza City", "Gaza"),
    ("She moved to Oklahoma City last year to work at a hospital.", "Oklahoma City", "Oklahoma City"),
])
def test_a_towns_own_name_ending_in_city_is_the_town(real_nlp, text, word, name):
    found = [(use, n) for _i, w, use, _cc, n in place_mentions(real_nlp, text) if w == word]
    assert found == [("literal", name)]


def test_a_body_named_after_a_town_keeps_the_town_embedded(real_nlp):
    text = "The Leeds City Council will vote on the new tram line on Monday."
    found = [(w, use) for _i, w, use, _cc, _n in place_mentions(real_nlp, text)]
    assert ("Leeds", "embedded") in found


@pytest.mark.parametrize("text,word", [
    ("Pilgrims were killed near the Old City on Friday, officials said.", "Old City"),
    ("Its plans include the White City housing scheme in west London.", "White City"),
])
def test_a_district_called_city_is_no_small_town_of_that_name(real_nlp, text, word):
    assert word not in {w for _i, w, _u, _cc, _n in place_mentions(real_nlp, text)}

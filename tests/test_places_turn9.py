"""The use of a place's name by the words around it (issue 11 item 1, turn 9): a country's name
before an office, its holder or what its state does is the state ("the U.S. embassy", "U.S.
budget chief Mick Mulvaney"), or a word of the office's title ("U.S. Secretary of State Rex
Tillerson"); before another thing it stays the place. Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_country_before_a_lower_case_office_is_its_state(real_nlp):
    assert _uses(real_nlp, "U.S. budget chief Mick Mulvaney told staff to ignore the memo.")["U.S."] == "metonym"
    assert _uses(real_nlp, "Doug Jones, a former U.S. attorney, won the race in Alabama.")["U.S."] == "metonym"
    assert _uses(real_nlp, "Tillerson will be replaced as U.S. secretary of state within weeks.")["U.S."] == "metonym"
    # before another thing, a verb or another body's office it stays the place
    assert _uses(real_nlp, "The U.S. stock market rose for most of this year.")["U.S."] == "literal"
    assert _uses(real_nlp, "Investors bought U.S. government bonds on Monday.")["U.S."] == "literal"
    assert _uses(real_nlp, "National Guard troops were deployed throughout the U.S. A group was sent to the capital.")["U.S."] == "literal"
    assert _uses(real_nlp, "The Taliban delegation is headed by Qatar bureau chief Sher Abbas Stanikzai.")["Qatar"] == "literal"
    assert _uses(real_nlp, "Some 6,500 US stores plan to open just after midnight.")["US"] == "literal"


def test_a_country_before_what_its_state_runs_or_does_is_its_state(real_nlp):
    assert _uses(real_nlp, "He promised to move the U.S. embassy to Jerusalem.")["U.S."] == "metonym"
    assert _uses(real_nlp, "These failures herald the complete loss of the U.S. hegemony.")["U.S."] == "metonym"


def test_a_country_opening_an_office_s_title_is_embedded(real_nlp):
    uses = _uses(real_nlp, "BRUSSELS (Reuters) - U.S. Secretary of State Rex Tillerson met allies.")
    assert uses["U.S."] == "embedded"
    uses = _uses(real_nlp, "Iran Minister of Transport and Urban Development, Rostam Ghasemi, visited the port.")
    assert uses["Iran"] == "embedded"


def _places(nlp, text: str) -> dict[str, tuple[str, str | None]]:
    doc = nlp(text)
    return {s.text: (s._.place.name, s._.place.country) for s in doc.spans["places"]}


def test_a_name_of_compass_words_alone_is_no_place(real_nlp):
    text = "The deal will ease transit along East-West and North-South transport corridors through Iran."
    seen = _places(real_nlp, text)
    assert "East-West" not in seen and "North-South" not in seen
    assert seen["Iran"][1] == "IRN"


def test_an_area_the_gazetteer_lacks_is_read_as_the_area_that_covers_it(real_nlp):
    seen = _places(real_nlp, "Iran is the most stable country in West Asia, the minister said in Tehran.")
    assert seen["West Asia"][0] == "Middle East"
    seen = _places(real_nlp, "Police in the West Midlands arrested two men in Birmingham on Friday.")
    assert seen["West Midlands"][1] == "GBR"



_MATCH = ("The Munster number 10 kicked three penalties, the scrum held and the coach praised the forwards. "
          "The squad flew home to Dublin.")


def test_a_national_side_in_a_match_report_is_no_place(real_nlp):
    seen = _places(real_nlp, "Ireland fly-half Ronan O'Gara hailed his side's 19-13 victory over England "
                             "in the Six Nations match. " + _MATCH)
    assert "England" not in seen and seen["Dublin"][1] == "IRL"
    seen = _places(real_nlp, "The striker scored twice and the goalkeeper saved a penalty as the coach "
                             "watched the team lose to France in the World Cup qualifier in Germany.")
    assert "France" not in seen and seen["Germany"][1] == "DEU"
    # where a match is played stays the place
    seen = _places(real_nlp, "The striker scored twice and the coach praised the goalkeeper as the team "
                             "beat Peru 2-0 in France on Saturday.")
    assert "France" in seen


def test_a_national_side_s_staff_or_result_names_no_place(real_nlp):
    seen = _places(real_nlp, "Fly-half Charlie Hodgson admitted his kicking played a big part in England's 18-17 "
                             "defeat. The England coach said the squad would take positives from the match. "
                             "The penalty count hurt and the scrum failed.")
    assert "England" not in seen
    seen = _places(real_nlp, "Ireland fly-half Ronan O'Gara hailed the win. The Munster number 10 kicked three "
                             "penalties, the scrum held and the coach praised the forwards in the Six Nations "
                             "match. The squad flew home to Dublin.")
    assert "Ireland" not in seen and "Dublin" in seen
    # a match report's places stay places
    seen = _places(real_nlp, "The striker scored twice and the goalkeeper saved a penalty as the coach praised "
                             "the team. The squad trained in England before the match.")
    assert "England" in seen


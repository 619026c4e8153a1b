"""Names tagged PERSON that the text writes as a firm, a band, a team or a work (turn 11, ppl9):
Reuters' angle brackets round a company, a lone name as the subject of a plural verb, a team's name
before a player's position, "X and Co", a list of titles after a plural noun for works; a party word
glued to a surname. Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from people_support import people_mentions as _mentions

model = pytest.mark.model  # these read the full pipeline with the trained model


@model
def test_a_company_in_reuters_angle_brackets_is_no_person(real_nlp):
    text = ("French machinery maker <Poclain>, 40 pct owned by <Tenneco Inc>, said it will raise its capital. "
            "In the first stage Poclain reduced its capital.")
    assert "Poclain" not in _mentions(real_nlp, text)
    text = "The company would assume a portion of the lease with <Burnham Leasing> on the occurrence of events."
    assert "Burnham Leasing" not in _mentions(real_nlp, text)


@model
def test_a_lone_subject_of_a_plural_verb_is_a_band_or_a_team(real_nlp):
    text = "Chart stars Duran Duran are to appear in a VH1 special in the US, said keyboard player Nick Rhodes."
    people = _mentions(real_nlp, text)
    assert "Duran Duran" not in people
    assert "Nick Rhodes" in people


@model
def test_people_joined_by_and_before_a_plural_verb_stay(real_nlp):
    text = "Paul Manafort was indicted in October. Manafort and Rick Gates are due to appear before the judge."
    assert "Rick Gates" in _mentions(real_nlp, text)


@model
def test_a_team_before_a_players_position_is_no_person(real_nlp):
    text = ("England confirmed that Sale Sharks prop Andrew Sheridan was not considered for selection. "
            "J Robinson (Sale Sharks, capt); M Cueto (Sale Sharks), J Noon (Newcastle).")
    people = _mentions(real_nlp, text)
    assert "Sale Sharks" not in people
    assert "Andrew Sheridan" in people


@model
def test_a_name_joined_to_co_is_a_firm(real_nlp):
    text = "S.G. Warburg and Co Ltd is arranger for the financing, the bankers said."
    assert "S.G. Warburg" not in _mentions(real_nlp, text)


@model
def test_titles_listed_after_a_plural_noun_for_works_are_no_people(real_nlp):
    text = ("Mr Molyneux has been behind many of the ground-breaking games of the last 15 years such as "
            "Populous, Theme Park, Dungeon Keeper and Black and White.")
    assert "Dungeon Keeper" not in _mentions(real_nlp, text)
    text = "There are also versions of titles, such as Colin McRae Rally, that you typically find on PCs."
    assert "Colin McRae Rally" not in _mentions(real_nlp, text)


@model
def test_people_listed_after_a_noun_for_people_stay(real_nlp):
    text = "Postcards by artists including Damien Hirst and Tracey Emin have sold just hours after the opening."
    people = _mentions(real_nlp, text)
    assert "Damien Hirst" in people and "Tracey Emin" in people
    text = "The festival showed films by directors such as Ken Loach and Mike Leigh."
    assert "Ken Loach" in _mentions(real_nlp, text)


@model
def test_a_party_word_before_a_surname_is_no_given_name(real_nlp):
    text = ("Senate Majority Leader Mitch McConnell had called on Moore to quit. But on Sunday, the Republican "
            "McConnell said it was up to Alabama voters to decide.")
    people = _mentions(real_nlp, text)
    assert "Republican McConnell" not in people
    assert "McConnell" in people.get("Mitch McConnell", [])


@model
def test_a_given_name_like_a_party_word_stays(real_nlp):
    assert "Tory Burch" in _mentions(real_nlp, "Tory Burch opened a store in London on Monday.")


def test_a_word_of_a_place_name_tagged_as_a_person_is_still_the_common_word():
    """ "Corridor" beside "ITI Corridor" (tagged PERSON) and "transport corridor": the word, not a surname;
    "Price" beside "Tom Price" stays his surname."""
    import spacy
    from spacy.tokens import Span

    from sitroom.resolve.actor_data import load_titles
    from sitroom.resolve.person_checks import not_a_person

    nlp = spacy.blank("en")
    doc = nlp("Trains run along the ITI Corridor . It is a transport corridor . This Corridor is long .")
    doc.ents = [Span(doc, 4, 6, "PERSON"), Span(doc, 14, 15, "PERSON")]
    assert not_a_person(doc[14:15], load_titles(), frozenset())
    doc = nlp("Tom Price spoke . The price rose . Price said so .")
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 8, 9, "PERSON")]
    assert not not_a_person(doc[8:9], load_titles(), frozenset())


@model
def test_a_person_joined_through_an_office_before_a_plural_verb_stays(real_nlp):
    text = ("Though Janet Yellen remains Fed chair until February, the outlook is consistent with positions "
            "Trump and current chair Janet Yellen have taken.")
    assert "Janet Yellen" in _mentions(real_nlp, text)
    text = ("Iran’s Cultural Heritage, Tourism and Handicrafts Organization Director Zahra Ahmadipour and CHTHO "
            "Deputy Director Bahman Namvar-Motlaq were amongst other attendees to the ceremony.")
    assert "Bahman Namvar-Motlaq" in _mentions(real_nlp, text)

"""Places, turn 33 (helper plmeto33): a seat of government's name used for the site itself.

A capital or a building that stands for who sits there ("the White House", "Capitol Hill") is the
site, no government, where the words around it make it so (place_sites.py): a part or a room of
the building, a visit or a tour of it, a passage with a way or a goal, "on" placing an act done by
people there, a part after it ("the White House residence"), a named site before ", <city>", a
photo's credit line in brackets, a city's possessive owning a named site or what is staged there,
a city's own office (the city, not an office's title). The other way, what is addressed "to" a
seat or puts one "into" it is its government. A dateline the model tags as a place keeps the
dateline's claim ("OSLO (Reuters) -"; not an upper-case table row). The place after a firm's
abbreviated legal form and "of" ("Acme Corp of Ohio") is where the firm is based. Controls: the
seat acting or acted on as a state, "on" as a verb's argument ("focused its lobbying on Capitol Hill"), a
possessive owning what a state decides, a name that holds the place. Own short texts, full
pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("The dinner was served in the Green Room of the White House on Friday.", "White House"),
    ("Protesters gathered outside the East Wing of the White House for hours.", "White House"),
    ("The ceremony took place on the South Lawn of the White House.", "White House"),
    ("The students were given a tour of the Capitol Hill grounds last week.", "Capitol Hill"),
    ("The governor visited Capitol Hill to meet lawmakers on Tuesday.", "Capitol Hill"),
    ("Senator Ann Hale briefed reporters on Capitol Hill after the vote.", "Capitol Hill"),
    ("The president lunched with senators on Capitol Hill on Wednesday.", "Capitol Hill"),
    ("The first lady redecorated the White House residence in 2019.", "White House"),
    ("Her Capitol Hill office was flooded with calls.", "Capitol Hill"),
    ("After lunch she left the White House for Chicago by car.", "White House"),
    ("Lisbon's Christmas Eve festivities drew a million people.", "Lisbon"),
    ("Rome's ancient Trevi Fountain was lit in green.", "Rome"),
    ("Marchers filled Parliament Square, London, on Saturday.", "London"),
    ("The river at dawn, seen from the Westminster Bridge, London, last year.", "London"),
    ("(Baghdad, June 4, 2003) A boy walks past a burned truck. Photo by Ann Lee", "Baghdad"),
    ("The Oslo mayor said the trams would run all night.", "Oslo"),
    ("Dayton Mayor Ann Ruiz said the roads were closed.", "Dayton"),
    ("Analyst Mary Lund of Tallis Data Corp of Denver said bonds would fall.", "Denver"),
    ("A firm called Orbix Labs of Fresno, Calif., opened its third plant.", "Fresno"),
    ("After lunch she left the White House for Chicago by car.", "White House"),
    ("The admiral warned of the risks when he appeared on Capitol Hill last week.", "Capitol Hill"),
])
def test_a_seat_used_for_the_site_is_the_place(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) in ("literal", None), text


@model
@pytest.mark.parametrize("text, word", [
    ("The committee sent its proposals to the White House last week.", "White House"),
    ("The vote sends a strong signal to Washington, analysts said.", "Washington"),
    ("Voters swept her into the White House in 2028.", "White House"),
])
def test_what_is_addressed_to_a_seat_is_its_government(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Ottawa has focused its lobbying on Capitol Hill this year.", "Capitol Hill"),
    ("The White House said on Monday that the talks would resume.", "White House"),
    ("Washington's Middle East policy has failed, the minister said.", "Washington"),
    ("Moscow has denied the charges, the ministry said.", "Moscow"),
    ("Analysts said pressure on the Kremlin was growing.", "Kremlin"),
    ("A hawkish wing of the White House pushed for the strikes.", "White House"),
    ("The tax plan has drawn fire on Capitol Hill from both parties.", "Capitol Hill"),
    ("She studied at the University of Denver before law school.", "Denver"),
    ("The plan names the Export Fund, the Government Trading Corporation of Peru and two banks.", "Peru"),
])
def test_a_seat_acting_as_a_state_stays_its_government(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) in ("metonym", "embedded"), text


@model
@pytest.mark.parametrize("text, word, use", [
    ("OSLO (Reuters) - The Norwegian parliament passed the budget on Monday.", "OSLO", "dateline"),
    ("LIMA, Peru - Miners blocked the main road on Tuesday, the police said.", "LIMA", "dateline"),
    ("DENVER \u2014 A zoo keeper was hurt on Sunday, officials said.", "DENVER", "dateline"),
    ("TUCSON A zoo keeper was hurt on Sunday, officials said.", "TUCSON", "dateline"),
    ("CHILE SOYBEAN MEAL -- 1986/87 1985/86 04/09/87", "CHILE", "literal"),
])
def test_a_dateline_tagged_as_a_place_keeps_the_datelines_claim(real_nlp, text, word, use):
    assert _uses(real_nlp, text).get(word) == use, text

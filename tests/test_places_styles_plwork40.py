"""Places (issue 11, helper plwork40): a place that closes a style of nobility ("the Duchess of
Hexham", "the Prince of Wales") or a court's district ("the Southern District of New York") is
embedded in that name, no literal place; a district reads as the state. Offices of a place ("the
Mayor of London") and plain places after "of" keep their literal use. Own sentences, full
pipeline."""

from __future__ import annotations

import pytest
from places_support import place_mentions

pytestmark = pytest.mark.model


def _uses(nlp, text: str) -> dict[str, tuple[str, str]]:
    return {w: (use, name) for _i, w, use, _cc, name in place_mentions(nlp, text)}


def test_a_style_of_nobility_embeds_its_place(real_nlp):
    text = ("Palace aides said the Duke of Edinburgh had been taken to hospital on Tuesday, and the "
            "Prince of Wales cancelled a visit to a farm near Exeter.")
    uses = _uses(real_nlp, text)
    # embedded, or no place mention at all (the model may read the style as a person's): never literal
    assert uses.get("Edinburgh", ("embedded",))[0] == "embedded", uses
    assert uses.get("Wales", ("embedded",))[0] == "embedded", uses
    assert uses["Exeter"][0] == "literal", uses


def test_a_court_district_is_the_state_embedded(real_nlp):
    text = ("Prosecutors in the Western District of New York charged a man from Buffalo with "
            "making threats, the office said on Friday.")
    uses = _uses(real_nlp, text)
    assert uses["New York"] == ("embedded", "New York"), uses
    assert uses["Buffalo"][0] == "literal", uses


def test_offices_and_plain_places_after_of_stay_literal(real_nlp):
    # controls: an office of the place, a town after "of" that no style or district names
    text = ("The Mayor of London met residents of Croydon, and a judge in the city of Albany "
            "heard the case.")
    uses = _uses(real_nlp, text)
    assert uses["London"][0] == "literal", uses
    assert uses["Croydon"][0] == "literal", uses
    assert uses["Albany"][0] == "literal", uses


def test_a_body_or_work_named_for_a_place_embeds_it(real_nlp):
    text = ("Maria Lopez, a lawyer at Trustees for Idaho, a conservation charity based in Boise, said "
            "opponents would fight. The UN Economic Commission for Latin America had erred, and "
            "the film Gangs of New York opened in Boston.")
    uses = _uses(real_nlp, text)
    assert uses["Idaho"][0] == "embedded", uses
    assert uses["Latin America"][0] == "embedded", uses
    assert uses["New York"][0] == "embedded", uses
    assert uses["Boise"][0] == "literal" and uses["Boston"][0] == "literal", uses


def test_offices_firms_and_parts_of_a_place_keep_it(real_nlp):
    # controls: a senator's state, a room of a building, a firm's base
    text = ("Sen. Lisa Murkowski of Alaska spoke in the Roosevelt Room of the White House, and "
            "Orbix Labs of Fresno, Calif., agreed.")
    uses = _uses(real_nlp, text)
    assert uses["Alaska"][0] == "literal", uses
    assert uses["White House"][0] == "literal", uses
    assert uses["Fresno"][0] == "literal", uses


def test_a_person_or_a_room_before_of_keeps_the_place_literal(real_nlp):
    # coordinator, turn 37 (audit mix): "Governors ... of Iowa, ... and <given> <surname> of
    # Arkansas" and "the Oval Office of the White House" came out embedded; a person's name
    # (an office word, a given name or a surname in it) or a room of a building is no name that
    # holds the place
    text = ("The lunch brought together Governors Jan Ross of Iowa, Dan Pike of Michigan, Bill Moss of "
            "Idaho and Asa Hutchinson of Arkansas with the trade secretary.")
    uses = _uses(real_nlp, text)
    assert uses["Iowa"][0] == "literal", uses
    assert uses["Arkansas"][0] == "literal", uses
    uses = _uses(real_nlp, "The president met the envoy in the Oval Office of the White House on Monday.")
    assert uses["White House"][0] == "literal", uses

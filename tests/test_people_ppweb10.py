"""People on news pages (turn 24, ppweb10): whose relative a full name is, and whose office a phrase is.

- A bare surname stays apart from a full name the document marks as somebody's relative ("his
  wife, Melania Trump": never the default). When that relative is of a person named with another
  surname ("Jane Roe and her husband, Tom Poe", "Roe's sister, Ann Poe"), no protagonist bears the
  surname: the bare "Poe" is that relative.
- A phrase after a name that opens with "and" is the next item of a list, not the name's
  apposition; a phrase before a name that a comma and another person's name follow is the item
  before it in a list of people. ", then speaker of parliament" is an office held at the time.
Own sentences."""

from __future__ import annotations

import pytest
from people_support import people_mentions as persons
from people_support import people_roles as roles

model = pytest.mark.model


@model
@pytest.mark.parametrize("text,full,bare", [
    ("The panel heard former Rep. Gwen Hollister and her husband, Mark Brecker, on Tuesday. "
     "Brecker urged senators to act before the summer.", "Mark Brecker", "Brecker"),
    ("Doris Whitcombe recalled the parade with her wife, Thea Lindqvist, before Lindqvist died in 2011.",
     "Thea Lindqvist", "Lindqvist"),
    ("Harriet Calloway and her husband, the late James Rendle, hired him as a consultant. "
     "By then, Calloway and Rendle had all but adopted him.", "James Rendle", "Rendle"),
])
def test_a_relative_of_another_family_takes_the_bare_surname(real_nlp, text, full, bare):
    assert bare in persons(real_nlp, text).get(full, [])


@model
@pytest.mark.parametrize("text,other,bare", [
    # the relative of the story's own Harlow: a bare "Harlow" is never her by default
    ("President Harlow arrived with his wife, Nora Harlow. Harlow said the talks went well.",
     "Nora Harlow", "Harlow"),
    ("Kevin Dunmore played with his mother, Judy Dunmore, watching. Dunmore said he was tired.",
     "Judy Dunmore", "Dunmore"),
])
def test_a_relative_of_the_same_family_does_not(real_nlp, text, other, bare):
    assert bare not in persons(real_nlp, text).get(other, [])


@model
def test_the_next_item_of_a_list_is_no_apposition(real_nlp):
    text = ("He met Russian Foreign Minister Pavel Orlov, peace envoy Lars Engstrom, and Syria's top "
            "opposition leader, Karim Haddad.")
    assert roles(real_nlp, text).get("Lars Engstrom") != "top opposition leader"


@model
def test_the_item_before_a_name_in_a_list_of_people_is_not_hers(real_nlp):
    text = ("The president, first lady Ellen Marsh, Vice President Tom Reed and his wife stood with "
            "their hands over their hearts.")
    assert roles(real_nlp, text).get("Ellen Marsh") != "president"


@model
def test_then_before_an_office_is_an_office_held_at_the_time(real_nlp):
    text = "His son lost a power struggle with Hashem Rafsanjani, then speaker of parliament. Rafsanjani was elected president."
    assert roles(real_nlp, text).get("Hashem Rafsanjani") == "former speaker"


@model
@pytest.mark.parametrize("text,name,role", [
    ("He met Igor Sergun, the head of Russia's GRU, on Monday.", "Igor Sergun", "head of GRU"),
    ("The head of Russia's GRU military intelligence agency, Igor Sergun, has died.", "Igor Sergun", "head of GRU"),
    ("Pakistan's army chief, General Qamar Javed Bajwa, said the border was calm.", "Qamar Javed Bajwa",
     "army chief"),
    # a name after the comma that is the subject of the clause, no list: the editor is Webb
    ("In an interview with the BBC's North America editor, Justin Webb, Gen Jones said that things are moving.",
     "Justin Webb", "editor"),
])
def test_appositions_of_the_name_stay(real_nlp, text, name, role):
    assert roles(real_nlp, text).get(name) == role


@model
def test_a_relative_of_the_storys_own_subject_is_no_default(real_nlp):
    """ "her father, Robert Thurman" where "her" is the story's subject, named elsewhere: the
    nearest name before the pronoun in the sentence (a "golden Buddha" the tagger calls a person)
    is not its owner, so a bare "Thurman" stays with the actress (coordinator, turn 24)."""
    text = ("The actress was at home on Sunday. Her hall features a large golden Buddha from her "
            "parents in Woodstock; her father, Robert Thurman, is a professor at Columbia who thinks "
            "Uma is a goddess. Thurman said she was happy.")
    assert "Thurman" not in persons(real_nlp, text).get("Robert Thurman", [])


@model
def test_a_relative_joined_to_a_name_with_its_party_label(real_nlp):
    """ "Gwen Hollister (D-Ore.) and her husband, Mark Brecker": the husband's noun is joined to her
    name, so she owns "her" though a parenthesis stands between them (coordinator, turn 24)."""
    text = ("The hearing was headlined by former Rep. Gwen Hollister (D-Ore.) and her husband, Mark "
            "Brecker, on Tuesday. Brecker urged senators to act before the summer.")
    assert "Brecker" in persons(real_nlp, text).get("Mark Brecker", [])

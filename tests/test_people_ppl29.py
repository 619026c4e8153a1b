"""People an analyst can trust (issue 11, ppl29): a player's position opening a sentence is no part of
his name. Sports reports open a sentence with the position in capitals before the full name
("Keeper ...", "Prop ...", "Goalie ..."), as news does with a job ("Comedian ..."); the NER takes
the word into the name, so the person is shown under a name no one bears. A person whose surname is
such a word ("Carl Hooker", "Tom Keeper") keeps it. Own sentences, names changed."""

from __future__ import annotations

import pytest

model = pytest.mark.model


def people(nlp, text: str) -> set[str]:
    """The names of the persons shown."""
    doc = nlp(text)
    return {s._.actor.name for s in doc.spans["actors"] if s._.actor.kind == "person"}


@model
def test_a_keeper_opening_a_sentence_is_no_part_of_the_name(real_nlp):
    found = people(real_nlp, "Keeper Tony Bullock echoed the manager's words after the draw.")
    assert "Tony Bullock" in found and not any("Keeper" in n for n in found), found
    found = people(real_nlp, "Chelsea drew 2-2 with Arsenal on Sunday. Keeper Petr Novak was organising his wall "
                             "when the free-kick went in.")
    assert "Petr Novak" in found and not any("Keeper" in n for n in found), found


@model
def test_a_prop_or_a_goalie_opening_a_sentence_is_no_part_of_the_name(real_nlp):
    found = people(real_nlp, "Prop Gareth Llewellyn powered over for a try which was a fitting reward for the "
                             "forwards.")
    assert "Gareth Llewellyn" in found and not any("Prop" in n for n in found), found
    found = people(real_nlp, "Goalie Juan Ortega saved two penalties.")
    assert "Juan Ortega" in found and not any("Goalie" in n for n in found), found


@model
def test_a_surname_that_is_a_position_stays(real_nlp):
    # controls: the word as a surname after a given name, and a lone name after a courtesy title
    found = people(real_nlp, "Carl Hooker and Tom Keeper were at the ground. Dr Seed, a surgeon, agreed.")
    assert {"Carl Hooker", "Tom Keeper"} <= found, found

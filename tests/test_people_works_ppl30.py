"""People an analyst can trust (issue 11, ppl30): a work written as its maker's is no person.

A title right after a person's possessive ("the novelist's Salt Harbour") is what the person made,
and a compilation or a serial names its title right after the noun; the NER often calls such titles
people. A band or a film before "'s" makes the next name a real member or director, a player after
his manager's possessive is a person, and so is the man a biopic is about. Own sentences, names
changed."""

from __future__ import annotations

import pytest

model = pytest.mark.model


def people(nlp, text: str) -> set[str]:
    """The names of the persons shown."""
    doc = nlp(text)
    return {s._.actor.name for s in doc.spans["actors"] if s._.actor.kind == "person"}


@model
def test_a_title_after_its_authors_possessive_is_no_person(real_nlp):
    found = people(real_nlp, "A publisher paid a record sum for Hannah Dorsey's Silver Lantern, her first book "
                             "for teenagers. Dorsey, who lives in Kent, said she was delighted.")
    assert "Hannah Dorsey" in found and "Silver Lantern" not in found, found
    found = people(real_nlp, "Critics compared the new cartoon with Kenji Tamura's Drifting Cloud, his biggest "
                             "success. Tamura spent four years drawing it.")
    assert "Kenji Tamura" in found and "Drifting Cloud" not in found, found


@model
def test_a_title_after_a_compilation_or_a_serial_is_no_person(real_nlp):
    found = people(real_nlp, "The final song the guitarist wrote is released on the rarities compilation Paper "
                             "Kisses.")
    assert "Paper Kisses" not in found, found
    found = people(real_nlp, "Television dramas are popular again after the success of the NBC serial Quiet "
                             "Neighbours.")
    assert "Quiet Neighbours" not in found, found


@model
def test_a_band_member_a_player_and_a_biopic_subject_stay_people(real_nlp):
    # controls: the possessor is a band, the name after it opens with a given name, a noun follows
    found = people(real_nlp, "He has played with Copper Lantern's Bruce Holloway and later formed his own group.")
    assert "Bruce Holloway" in found, found
    found = people(real_nlp, "Manager Alan Pardew said: \"Alan Pardew's Wayne Mitchell is the best finisher I have.\" "
                             "Pardew said Mitchell would start.")
    assert "Wayne Mitchell" in found, found
    found = people(real_nlp, "Critics say Peter Wall's Winston Churchill biopic will win. Wall spent six years "
                             "making it.")
    assert "Winston Churchill" in found, found

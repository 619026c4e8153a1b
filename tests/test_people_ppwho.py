"""People, ppwho (issue 11): a bare surname whose story names one bearer on their own and others
only side by side in a list of namesakes ("his successors Hadi Varan, Omid Varan and Reza Varan")
is the bearer named on their own. Names not in such a list still join none when the text does not
say which. A lower-case rank word that the parse makes an adjective ("a general election", "a
major ... failure") is no role. Own sentences; the merge tests use a blank tokenizer (spans only)."""

from __future__ import annotations

import pytest
import spacy

from people_support import merged_people, people_mentions, people_roles

from sitroom.resolve.person_namesakes import listed_namesakes


_people = merged_people


def test_the_bearer_named_alone_takes_the_surname_beside_listed_namesakes():
    text = ("The death of Karim Varan was announced . He trained his successors , notably Hadi Varan , "
            "Omid Varan and Reza Varan . Varan founded the group in 1970 .")
    people = _people(text, ["Karim Varan", "Hadi Varan", "Omid Varan", "Reza Varan", "Varan"])
    assert people["Karim Varan"] == ["Karim Varan", "Varan"]
    assert "Varan" not in people


def test_a_list_joined_by_and_alone_counts_too():
    text = "Lena Ostrova spoke . Her rivals Ivan Ostrova and Pyotr Ostrova left . Ostrova said no ."
    people = _people(text, ["Lena Ostrova", "Ivan Ostrova", "Pyotr Ostrova", "Ostrova"])
    assert people["Lena Ostrova"] == ["Lena Ostrova", "Ostrova"]


def test_namesakes_not_in_a_list_still_join_neither():
    # control: two bearers named apart; the text does not say which the bare surname is
    people = _people("Tom Brekke won . Jan Brekke watched . Brekke said he was happy .", ["Tom Brekke", "Jan Brekke", "Brekke"])
    assert people["Brekke"] == ["Brekke"]
    # control: every bearer is in the list; none is named alone, so none is chosen
    people = _people("The team named Ole Brekke and Per Brekke . Brekke said he was happy .", ["Ole Brekke", "Per Brekke", "Brekke"])
    assert people["Brekke"] == ["Brekke"]


def test_a_list_of_other_surnames_is_no_namesake_list():
    doc = spacy.blank("en")("Ann Roe , Bo Lee and Cy Roe met .")
    assert listed_namesakes([doc[0:2], doc[3:5], doc[6:8]], lambda s: s[-1].lower_) == set()


@pytest.mark.model
def test_a_rank_word_used_as_an_adjective_is_no_role(real_nlp):
    people = people_roles(real_nlp, "Everyone is now working towards a spring general election, Mr Dawlish said. "
                                    "Mr Dawlish was dismissive.")
    assert people.get("Dawlish") is None
    people = people_roles(real_nlp, "The ruling would go down as a major Harlow foreign policy failure. "
                                    "The decision is up to Harlow.")
    assert people.get("Harlow") is None


@pytest.mark.model
def test_a_rank_or_a_title_with_general_keeps_its_role(real_nlp):
    people = people_roles(real_nlp, "The company's general counsel, Jane Merriot, resigned on Monday.")
    assert people["Jane Merriot"] == "general counsel"
    people = people_roles(real_nlp, "Former general Tobias Renner spoke on Monday.")
    assert people["Tobias Renner"] == "Former general"
    people = people_roles(real_nlp, "Major General Ali Fadrani spoke to reporters on Monday.")
    assert people["Ali Fadrani"] == "Major General"


@pytest.mark.model
def test_a_job_word_that_also_names_firms_keeps_a_full_name_a_person(real_nlp):
    text = ("Veteran comedian and broadcaster Oliver Pennick has died aged 91 at his home.\n\n"
            "Pennick will be remembered for his comic verse. Pennick first appeared on TV in 1937.")
    assert people_mentions(real_nlp, text).get("Oliver Pennick") == ["Oliver Pennick", "Pennick", "Pennick"]


@pytest.mark.model
def test_a_firm_after_the_job_word_stays_no_person(real_nlp):
    # control: no given name opens it
    text = "The broadcaster Zenith Radio said on Monday it would close two stations."
    assert "Zenith Radio" not in people_mentions(real_nlp, text)

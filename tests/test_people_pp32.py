"""People an analyst can trust (issue 11, pp32): a bare surname whose only bearer named in full is
someone's relative.

A relative is never the default bearer of a bare surname ("Trump" is not Melania), but when the
story names the surname in full only with a relative of another person ("her wife, Dora Kessel",
"his aunt, Rita Kovach") and writes it alone nowhere before, the bare surname after it is that
relative, not a person of its own. A bare surname written before the relative's full name is the
protagonist's and stays apart; a gender word with it, or a pronoun after it as the subject, still
decides ("Hallett shed his coat" is not "first lady Nora Hallett").
Own sentences, names made up."""

from __future__ import annotations

import pytest

from people_support import merged_people, people_mentions

model = pytest.mark.model


@model
def test_a_bare_surname_after_a_spouse_named_in_full_is_the_spouse(real_nlp):
    text = ("Edith Warren marched down Main Street during the parade and recalled watching it on television "
            "with her wife, Dora Kessel, before Kessel died in 2011.")
    found = people_mentions(real_nlp, text)
    assert found.get("Dora Kessel") == ["Dora Kessel", "Kessel"]
    assert "Kessel" not in found


@model
def test_a_bare_surname_after_an_aunt_named_in_full_is_the_aunt(real_nlp):
    text = ("Everyone called him Jim. According to his aunt, Rita Kovach, he was brilliant. "
            "Later his father told Kovach that he had left town.")
    found = people_mentions(real_nlp, text)
    assert found.get("Rita Kovach") == ["Rita Kovach", "Kovach"]


@model
def test_a_surname_written_alone_before_the_relative_stays_the_protagonist(real_nlp):
    text = ("Kovach said on Monday the talks had failed. His wife, Rita Kovach, said the couple would move. "
            "Kovach added that he was tired.")
    found = people_mentions(real_nlp, text)
    assert found.get("Rita Kovach") == ["Rita Kovach"]


@model
def test_a_protagonist_named_in_full_keeps_the_bare_surname(real_nlp):
    text = "Senator Jim Kovach said his aunt, Rita Kovach, was brilliant. Kovach said she had left town."
    found = people_mentions(real_nlp, text)
    assert found.get("Jim Kovach") == ["Jim Kovach", "Kovach"]
    assert found.get("Rita Kovach") == ["Rita Kovach"]


def test_two_relatives_sharing_the_surname_leave_it_alone():
    text = ("Ann Roe said her sons, Tom Pell and Max Pell, would attend. Pell said nothing.")
    found = merged_people(text, ["Ann Roe", "Tom Pell", "Max Pell", "Pell"])
    assert found.get("Pell") == ["Pell"]


def test_spelled_full_name_beside_a_known_namesake():
    from sitroom.resolve.actor_data import load_titles
    from sitroom.resolve.person_spelled import spelled_full_names
    import spacy

    doc = spacy.blank("en")("Maria Odell filmed the march. Her father Paul Odell watched. Odell said so.")
    for tok in doc:
        tok.pos_ = "PROPN" if tok.text[:1].isupper() and tok.i not in {0} and tok.text not in {"Her"} else "X"
    doc[0].pos_ = "PROPN"
    found = spelled_full_names(doc, {"odell"}, {"odell"}, load_titles(), frozenset({"paul odell"}))
    assert found == {"odell": "Maria Odell"}
    assert spelled_full_names(doc, {"odell"}, {"odell"}, load_titles()) == {}


@model
def test_a_pronoun_after_the_bare_subject_of_the_other_sex_keeps_it_apart(real_nlp):
    text = ("The governor and his wife, Lena Okafor, opened the bridge on Friday. "
            "Okafor thanked his staff before he left.")
    found = people_mentions(real_nlp, text)
    assert found.get("Lena Okafor") == ["Lena Okafor"]


@model
def test_a_bare_surname_with_an_office_title_is_not_the_relative(real_nlp):
    text = ("In an interview, First Lady Mara Delgado said the family eats together. Delgado said she wakes "
            "early. The dog, which President Delgado promised his daughters, could arrive by April.")
    found = people_mentions(real_nlp, text)
    assert found.get("Mara Delgado") == ["Mara Delgado", "Delgado"]


@model
def test_a_titled_surname_joins_the_woman_not_her_father(real_nlp):
    text = ("Lawyer Valeria Chen and her father, Tak Chen, allegedly raised more than 50 million dollars "
            "from investors. Ms. Chen did not return calls seeking comment.")
    found = people_mentions(real_nlp, text)
    assert "Chen" in found.get("Valeria Chen", [])
    assert found.get("Tak Chen") == ["Tak Chen"]


@model
def test_a_pronoun_after_another_noun_says_nothing_of_the_bare_name(real_nlp):
    text = ("The court heard that the man who abducted the child, Carl Penhale, was jailed for life. "
            "Penhale confessed to the abduction. Penhale seized the small girl as she and her brother "
            "walked home.")
    found = people_mentions(real_nlp, text)
    assert found.get("Carl Penhale") == ["Carl Penhale", "Penhale", "Penhale"]

"""People an analyst can trust (issue 11, ppl24): a bare surname joins the namesake the text means.
A "he" or "she" after a full name is its gender only when the name is the subject of its clause or
the only person of its sentence (not a possessor beside another person); a role word before "of"
right before a name ("a member of X's chambers") is not that person's office. Own sentences."""

from __future__ import annotations

import pytest

from people_support import people_mentions

model = pytest.mark.model

MEMBER = ("Earlier, Tom Harlow dismissed questions about the report. The claims were made in a book "
          "published this week by Peter Sandor QC, a member of Jenny Harlow's chambers. He also says Lord "
          "Fenn warned Tom Harlow in May that the plan could fail. Mr Harlow refused to comment.")


@model
def test_a_possessor_in_an_apposition_is_not_the_next_he(real_nlp):
    people = people_mentions(real_nlp, MEMBER)
    assert people.get("Tom Harlow") == ["Tom Harlow", "Tom Harlow", "Harlow"], people
    assert people.get("Jenny Harlow") == ["Jenny Harlow"], people


@model
def test_a_possessor_beside_the_subject_gives_no_gender(real_nlp):
    # no role word: only the pronoun said Jenny was a man, and "Mr Harlow" stayed no one
    text = ("Earlier, Tom Harlow dismissed questions about the report. The claims were made in a book by "
            "Peter Sandor QC, who shares Jenny Harlow's chambers. He also says Lord Fenn warned Tom Harlow "
            "in May that the plan could fail. Mr Harlow refused to comment.")
    people = people_mentions(real_nlp, text)
    assert people.get("Tom Harlow") == ["Tom Harlow", "Tom Harlow", "Harlow"], people
    assert people.get("Jenny Harlow") == ["Jenny Harlow"], people


@model
def test_a_role_before_of_is_another_persons(real_nlp):
    # "a member of Robin Harlow's chambers": the member is Sandor, Robin Harlow holds no office
    text = ("Earlier, Tom Harlow dismissed questions about the report. The claims were made in a book by "
            "Peter Sandor QC, a member of Robin Harlow's chambers. Lord Fenn said Harlow had been warned.")
    people = people_mentions(real_nlp, text)
    assert "Harlow" not in people.get("Robin Harlow", []), people


@model
def test_a_subject_keeps_the_pronoun(real_nlp):
    # control: the name is the subject of its clause, the next "she" is hers
    text = ("Earlier, Tom Harlow dismissed questions about the report. Robin Harlow, the head of the bar "
            "council, wrote to the court last week. She also says the minister was warned in May. Ms Harlow "
            "refused to comment.")
    people = people_mentions(real_nlp, text)
    assert people.get("Robin Harlow") == ["Robin Harlow", "Harlow"], people


@model
def test_the_only_person_of_a_sentence_keeps_the_pronoun(real_nlp):
    # control: a possessor that is the only person its sentence names
    text = ("Earlier, Tom Harlow dismissed questions about the report. The claims were made in a book "
            "about Robin Harlow's chambers. She also says the minister was warned in May. Ms Harlow "
            "refused to comment.")
    people = people_mentions(real_nlp, text)
    assert people.get("Robin Harlow") == ["Robin Harlow", "Harlow"], people


@model
def test_a_role_right_before_the_name_stays_its_office(real_nlp):
    # control: "Senator Robin Harlow" holds the office; "Harlow" after "the senator" is Robin
    text = ("Tom Harlow, a farmer, sold his land. Senator Robin Harlow said the sale was legal. "
            "The senator Harlow later left for Oslo.")
    people = people_mentions(real_nlp, text)
    assert "Harlow" in people.get("Robin Harlow", []), people


@model
def test_two_people_joined_by_and_take_no_pronoun(real_nlp):
    # "Paul Hale and Robin Ashby played no part. He added ...": he is Fenn, not Ashby
    text = ("Sir Ray Fenn said Paul Hale and Robin Ashby played no part in the deal. He added that the "
            "answer was his own. Ms Ashby declined to comment.")
    people = people_mentions(real_nlp, text)
    assert people.get("Robin Ashby") == ["Robin Ashby", "Ashby"], people


def _parsed(words, heads, deps, ents):
    """A Doc built by hand with a parse (heads as absolute indices) and PERSON entities."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, ents=ents,
               sent_starts=[i == 0 or words[i - 1] == "." for i in range(len(words))])


def test_a_possessor_beside_another_person_takes_no_pronoun():
    from sitroom.resolve.person_evidence import pronoun_gender
    # "Ann Lee met Jo Roe's aide . He left ." : Roe is a possessor beside Lee
    words = ["Ann", "Lee", "met", "Jo", "Roe", "'s", "aide", ".", "He", "left", "."]
    heads = [1, 2, 2, 4, 6, 4, 2, 2, 9, 9, 9]
    deps = ["compound", "nsubj", "ROOT", "compound", "poss", "case", "dobj", "punct", "nsubj", "ROOT", "punct"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"]
    doc = _parsed(words, heads, deps, ents)
    assert pronoun_gender(doc[3:5], [0, 3]) is None
    # control: the subject of the same sentence keeps the pronoun (no other person before "He")
    assert pronoun_gender(doc[0:2], [0]) == "m"

"""People an analyst can trust (issue 11, ppl22): an interview printed as questions and answers
labels each with "Q." or "A."; the label is no initial of the name after it. Own sentences."""

from __future__ import annotations

import pytest

from people_support import people_mentions

model = pytest.mark.model

INTERVIEW = ("Q. How do you see the talks with Norway? A. Ruth Dee was ill for a long time, and the talks "
             "stalled. Q. Recently, a well-known writer and publisher was shot dead near his home in Lagos. "
             "What changed? A. The new cabinet recently asked for a deal. Q. Tom Fenn led the delegation "
             "last year. Will he return? A. I do not think so.")


@model
def test_an_interview_label_is_no_initial(real_nlp):
    people = people_mentions(real_nlp, INTERVIEW)
    mentions = [m for ms in people.values() for m in ms]
    assert not any(m.startswith(("Q.", "A.")) for m in mentions), people
    assert "Recently" not in people and "Q. Recently" not in people
    assert "Ruth Dee" in people and "Tom Fenn" in people


@model
def test_an_initial_outside_an_interview_stays(real_nlp):
    # control: no questions and answers, "A." is the man's initial
    people = people_mentions(real_nlp, "The report was written by economists at the bank. A. Ruth Dee, its "
                                       "author, said growth would slow.")
    assert any(name.startswith("A.") for name in people), people


@model
def test_a_label_before_an_opening_word_leaves_no_name(real_nlp):
    from sitroom.resolve.person_checks import speaker_label
    doc = real_nlp(INTERVIEW)
    i = next(t.i for t in doc if t.text == "Recently")
    assert speaker_label(doc[i - 1 : i + 1]) is None  # "Q. Recently": the label and an adverb
    j = next(t.i for t in doc if t.text == "Tom")
    assert speaker_label(doc[j - 1 : j + 2]).text == "Tom Fenn"


@model
def test_a_shortened_rank_is_no_part_of_the_name(real_nlp):
    text = ("Brigadier General Reza Tavana, the head of the force, spoke on Monday. The attacks stopped "
            "after the efforts of Gen. Tavana, officials said. Col. Amir Darvish said the area was calm.")
    people = people_mentions(real_nlp, text)
    assert not any(name.startswith(("Gen.", "Col.")) for name in people), people
    assert "Reza Tavana" in people
    # control: a full name with no rank before it keeps every word
    people = people_mentions(real_nlp, "Genevieve Col said the talks would go on.")
    assert "Genevieve Col" in people

"""People an analyst can trust (issue 11, ppl23): a noun for a kind of organisation right before
a one-word name ("the charity X", "training body X", "think-tank X"), "weekly" before a paper's
name and "toy" before a product's make the name no person's. Own sentences; the names are set by
hand, as the NER tags such invented names unevenly."""

from __future__ import annotations

import pytest

model = pytest.mark.model


def _span(doc, text, word):
    i = text.index(word)
    return doc.char_span(i, i + len(word))


@model
@pytest.mark.parametrize("text,name", [
    ("Few young people vote, a report by the UK think-tank Velmora found.", "Velmora"),
    ("The sale will help the charity Brightway, which funds eye care.", "Brightway"),
    ("The survey was run by the training body Skillcraft last year.", "Skillcraft"),
    ("The West German weekly Der Kurier said the fraud was large.", "Der Kurier"),
])
def test_an_organisation_noun_before_a_name(real_nlp, text, name):
    from sitroom.resolve.actor_data import load_titles
    from sitroom.resolve.person_checks import company_names

    doc = real_nlp(text)
    assert company_names(doc, [_span(doc, text, name)], [], load_titles()) == {name}


@model
@pytest.mark.parametrize("text,name", [
    ("Her husband, a charity worker, and her brother Tom came.", "Tom"),
    ("She thanked the charity boss Jane Hollis on Friday.", "Jane Hollis"),
    ("The money went to charity, Tom Brady said.", "Tom Brady"),
])
def test_a_person_beside_the_same_nouns_stays(real_nlp, text, name):
    # controls: the noun says what the person does, or is no apposition to the name
    from sitroom.resolve.actor_data import load_titles
    from sitroom.resolve.person_checks import company_names

    doc = real_nlp(text)
    assert company_names(doc, [_span(doc, text, name)], [], load_titles()) == set()


@model
def test_a_toy_is_no_person(real_nlp):
    from sitroom.resolve.actor_data import load_titles
    from sitroom.resolve.person_checks import not_a_person

    text = "Other oddities on the list included the 1990s toy Blinkit and a kettle."
    doc = real_nlp(text)
    titles = load_titles()
    assert not_a_person(_span(doc, text, "Blinkit"), titles, frozenset())
    text = "The toy maker hired Anna Blink last year."
    doc = real_nlp(text)
    assert not not_a_person(_span(doc, text, "Anna Blink"), titles, frozenset())

"""Who did what, turn 38 (evact38): an "it" or "they" that opens a sentence does not go back to a
party named in passing in the sentence before (the subject of a relative clause or of an infinitive),
nor to the subject of what a thing of its number said ("the billboards claim X ... They urge");
a speaker who goes on after "adding" is the subject of the verb it hangs on; a "his" owned by an
office the sentence does not name ("the minister said ahead of his tour") is its holder's, not
the last person's. Controls: the main subject of the sentence before, a person named in a
relative clause, a named holder of the office (the full pipeline on sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _event(doc, word: str):
    found = [s._.event for s in doc.spans["events"] if s.text == word]
    assert found, f"no event {word!r}"
    return found[0]


def test_it_does_not_go_back_to_the_subject_of_a_relative_clause(real_nlp):
    doc = real_nlp("Chile signed a fishing pact with Peru that Bolivia welcomed. It also called for "
                   "talks with Argentina.")
    assert _event(doc, "called for").actors == ("CHL",)


def test_it_does_not_go_back_to_a_subject_named_in_an_apposed_clause(real_nlp):
    doc = real_nlp("The Senate passed a bill in June that bars imports of Norwegian whale meat, a "
                   "measure Oslo calls illegal. It also targets Japan for its whaling fleet.")
    assert _event(doc, "targets").actors == ()


def test_he_goes_back_to_a_person_named_in_a_relative_clause(real_nlp):
    doc = real_nlp("The claim was printed by the Daily Post, which quoted an aide as saying Lars Berg "
                   "had lied. Berg, 61, has denied the claim and said he would cooperate with the inquiry.")
    assert _event(doc, "cooperate").actors == ("person:lars-berg",)


def test_it_does_not_go_back_to_the_subject_of_an_infinitive(real_nlp):
    doc = real_nlp("Iran could strike Saudi oil fields. It could employ Hezbollah and allied militias "
                   "to mount raids abroad. It could send armed speedboats to attack tankers in the Gulf.")
    assert _event(doc, "attack").actors == ()


def test_it_goes_back_past_the_subject_of_an_infinitive_to_the_state(real_nlp):
    doc = real_nlp("Iran wants Hezbollah to mount raids abroad. It also called for talks with Qatar.")
    assert _event(doc, "called for").actors == ("IRN",)


def test_they_after_what_a_thing_claims_is_not_its_subject(real_nlp):
    doc = real_nlp("The party's billboards claim Norway has the cheapest power in Europe. They urge "
                   "voters to keep the coalition in office.")
    assert _event(doc, "urge").actors == ()


def test_they_after_what_an_owned_thing_claims_is_not_its_subject(real_nlp):
    doc = real_nlp("The Green Party's new leaflets claim Norway has the cheapest power in Europe. They "
                   "urge voters to keep the coalition in office.")
    assert _event(doc, "urge").actors == ()


def test_it_after_what_a_label_introduces_keeps_the_state(real_nlp):
    doc = real_nlp("Q: Some analysts think that Peru does not want to turn the bloc against Chile. As a "
                   "result, it avoids giving full support to Bolivia's entry.")
    assert _event(doc, "giving").actors == ("PER",)


def test_a_speaker_goes_on_after_adding(real_nlp):
    doc = real_nlp("Karl Lund met the Danish envoy in Oslo on Monday. He praised the talks, adding "
                   "Deputy Foreign Minister Ivan Petrov will fly to Riga next week. He asked Norway to "
                   "send an envoy to Riga.")
    assert _event(doc, "asked").actors == ("person:karl-lund",)


def test_the_last_person_without_the_office_does_not_own_his(real_nlp):
    doc = real_nlp('Foreign Secretary Lena Berg and senior aides were accompanying Petrov. "I will '
                   'visit these four states," the minister said ahead of his tour.')
    assert _event(doc, "tour").actors == ()


def test_the_last_person_with_the_office_owns_her(real_nlp):
    doc = real_nlp('Foreign Minister Lena Berg met Ivo Petrov in Oslo. "We had good talks," the '
                   'minister said ahead of her tour of Asia.')
    assert _event(doc, "tour").actors == ("person:lena-berg",)


def test_past_a_party_named_in_passing_only_that_sentences_own_subject(real_nlp):
    # the review of the merged code: skipping "police" (a relative clause's subject) must not let
    # the "it" reach the gunman, the subject of what the first "it" said; that "it" is no known
    # party, so the inquiry has no doer (and is not shown) rather than a wrong one
    doc = real_nlp("Peru condemned the raid on its embassy. It said the gunman, who police said carried "
                   "two passports, had acted alone. It also said it was opening an inquiry into the raid.")
    assert _event(doc, "inquiry").actors == ()


def test_it_does_not_go_back_to_a_two_word_name_in_a_relative_clause(real_nlp):
    doc = real_nlp("Chile signed a fishing pact with Peru that New Zealand welcomed. It also called for "
                   "talks with Argentina.")
    assert _event(doc, "called for").actors == ("CHL",)

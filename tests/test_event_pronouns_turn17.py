"""Who did what, turn 17 (evact27): a "he" or "she" opening a sentence after one where a person
reported what another did ("Haddad said that Nasser had played a key role. He also praised ...")
is most likely the speaker, who goes on, not the subject of his report: the speaker's party when
he is known, none when he is not. Controls: no person spoke ("the report said"), the speaker is
the reported subject's own person, a pronoun in the same sentence as the report, "she" after a
man who spoke (model-marked: real parses, hand-marked actors, sentences written for these tests)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"
PEOPLE = {"HADDAD": "person", "NASSER": "person", "RAHIMI": "person", "PETROV": "person", "REGAL": "person",
          "MARA": "person"}


def test_he_after_a_report_is_the_known_speaker_not_the_reported_subject():
    events = coded("Syrian President Omar Haddad received the visiting delegation in Homs on Monday. "
                   "Haddad said that General Karim Nasser had played a key role in the fight against the "
                   "militants. He also praised the Lebanese people for backing Syria in hard times.",
                   actors={"Omar Haddad": "HADDAD", "Haddad": "HADDAD", "Karim Nasser": "NASSER"},
                   kinds=PEOPLE, published=PUB)
    assert event_with(events, "praised").actors == ("HADDAD",), listed(events)


def test_he_after_a_quote_of_an_unknown_speaker_has_no_doer():
    events = coded("\"Rahimi and Petrov have held nine meetings in the past three years,\" Sanavi said in "
                   "a meeting with the leader of the Agrarian Party on Tuesday. He also called for wider "
                   "cooperation between the two countries.",
                   actors={"Rahimi": "RAHIMI", "Petrov": "PETROV"}, kinds=PEOPLE, published=PUB)
    assert all("RAHIMI" not in e.actors and "PETROV" not in e.actors
               for e in events if "call" in e.trigger.text), listed(events)


def test_no_person_spoke_the_reported_subject_goes_on():
    # control: a report, not a person, said it; "he" is the man it spoke of
    events = coded("The commission's report said that Dan Regal had mishandled the crisis from the start. "
                   "He also rejected the advice of senior aides.",
                   actors={"Dan Regal": "REGAL"}, kinds=PEOPLE, published=PUB)
    assert event_with(events, "rejected").actors == ("REGAL",), listed(events)


def test_a_speaker_who_reports_of_himself_and_a_pronoun_in_the_same_sentence_keep_the_subject():
    # control: the reported subject is the speaker's own person
    events = coded("Omar Haddad arrived in Homs on Monday. Haddad said Haddad would stay in office until "
                   "the vote. He also praised the army for its restraint.",
                   actors={"Omar Haddad": "HADDAD", "Haddad": "HADDAD"}, kinds=PEOPLE, published=PUB)
    assert event_with(events, "praised").actors == ("HADDAD",), listed(events)
    # control: the pronoun in the report's own sentence is not this rule's
    events = coded("Haddad said that Karim Nasser would resign if he lost the support of the army.",
                   actors={"Haddad": "HADDAD", "Karim Nasser": "NASSER"}, kinds=PEOPLE, published=PUB)
    assert all("HADDAD" not in e.actors for e in events if "resign" in e.trigger.text), listed(events)


def test_she_after_a_man_who_spoke_is_the_woman_he_spoke_of():
    # control: gender: a man spoke of a woman; "she" is not the man but the woman
    events = coded("Mr Haddad said that Mara Stone had mishandled the talks. She also rejected the offer "
                   "of the northern rebels.",
                   actors={"Mr Haddad": "HADDAD", "Mara Stone": "MARA"}, kinds=PEOPLE, published=PUB)
    assert event_with(events, "rejected").actors == ("MARA",), listed(events)


def test_one_who_speaks_for_the_subject_leaves_the_subject():
    # control: a spokesman, named or not, speaks for the man he reports on, who goes on
    marks = dict(actors={"Mr Lorne": "LORNE", "Dan Kovalenko": "KOVAL", "Eric Dale": "DALE"},
                 kinds={"LORNE": "person", "KOVAL": "person", "DALE": "person"}, published=PUB)
    events = coded("Later on Friday, the UN spokesperson announced that Mr Lorne will travel to Kyiv next "
                   "week. He will meet Foreign Minister Dan Kovalenko on Tuesday.", **marks)
    assert event_with(events, "meet").actors == ("LORNE",), listed(events)
    events = coded("Later on Friday, UN spokesman Eric Dale said that Mr Lorne will travel to Kyiv next "
                   "week. He will meet Foreign Minister Dan Kovalenko on Tuesday.", **marks)
    assert event_with(events, "meet").actors == ("LORNE",), listed(events)


def test_a_he_in_the_speakers_own_quote_is_not_the_speaker():
    # control: the speaker's words go on in a quote: "he" there is the man he spoke of
    events = coded("Prime Minister Tom Hale said: \"Paul has been a trusted friend for many years. He has "
                   "agreed to serve as our envoy in Pretoria.\"",
                   actors={"Tom Hale": "HALE", "Paul": "PAUL"}, kinds={"HALE": "person", "PAUL": "person"},
                   published=PUB)
    assert all("HALE" not in e.actors for e in events if "agreed" in e.trigger.text), listed(events)


def test_a_speaker_who_is_himself_a_he_is_followed_through_the_report():
    # "He also said he believes Nasser is ... He said he had discussed": the man who spoke
    events = coded("Omar Haddad spoke to reporters in Homs. He also said he believes Karim Nasser is the "
                   "right man to lead the inquiry. He said he had discussed the matter with Nasser on Monday.",
                   actors={"Omar Haddad": "HADDAD", "Karim Nasser": "NASSER", "Nasser": "NASSER"},
                   kinds=PEOPLE, published=PUB)
    assert event_with(events, "discussed").actors == ("HADDAD",), listed(events)
    # an unnamed "he" reported on Hale: his next promise is not Hale's
    events = coded("The party's campaign would put its rival's record under scrutiny. And Tom Hale would be "
                   "in the very front line of that campaign, he said. \"Between now and the vote the leader "
                   "will spend more time in the north than in the capital,\" he promised.",
                   actors={"Tom Hale": "HALE"}, kinds={"HALE": "person"}, published=PUB)
    assert all("HALE" not in e.actors for e in events if "promised" in e.trigger.text), listed(events)


def test_a_body_or_a_named_paper_that_reported_is_no_he():
    # a ministry (a body in the dictionary) or "the Journal" (a name with "the") spoke: "he" or
    # "his" in the next sentence is still the man the report was about
    events = coded("The Foreign Ministry of Norland said in a statement that during the meeting, Karim Nasser "
                   "outlined the government's policy toward the crisis. He also condemned the attacks on "
                   "civilians in the north.",
                   actors={"Foreign Ministry of Norland": "NORMFA", "Karim Nasser": "NASSER"},
                   kinds={"NORMFA": "organization", "NASSER": "person"}, published=PUB)
    assert event_with(events, "condemned").actors == ("NASSER",), listed(events)
    events = coded("Carl Lind wanted to sell the files to a rival campaign, the Journal reported. A spokesman "
                   "for the archive said it turned down his request.",
                   actors={"Carl Lind": "LIND"}, kinds={"LIND": "person"}, published=PUB)
    assert event_with(events, "request").actors == ("LIND",), listed(events)

"""Who did what, turn 35 (evact16): a "he" or "she" opening a "when" or "in which" clause right
after a named owner's act ("questions about Reed's call when he asked ...") stands for that owner,
not for the subject of the sentence or of an earlier one. Controls: a noun for a person ("Reed's
son when he ..."), a noun without a named owner, and an owner of the other gender leave the
pronoun to the other readings (model-parsed sentences written for these tests, hand-marked
actors)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with

pytestmark = pytest.mark.model

PUB = "2024-03-01"
PEOPLE = {"person:ole-brandt": "person", "person:tom-reed": "person", "person:ines-marek": "person",
          "person:vera-lind": "person"}
NAMES = {"Ole Brandt": "person:ole-brandt", "Tom Reed": "person:tom-reed", "Reed": "person:tom-reed",
         "Ines Marek": "person:ines-marek", "Vera Lind": "person:vera-lind", "Lind": "person:vera-lind"}


def _actors(text: str, word: str) -> tuple[str, ...]:
    return event_with(coded(text, actors=NAMES, kinds=PEOPLE, published=PUB), word).actors


def test_the_owner_of_a_call_asked():
    text = ("Ole Brandt testified on Monday. He faced questions about Reed's phone call when he "
            "asked Ines Marek for a favor.")
    assert _actors(text, "asked") == ("person:tom-reed",)


def test_the_owner_of_a_dated_call_in_which_he_asked():
    text = ("Ole Brandt testified on Monday. He faced questions about Tom Reed’s May 3 call in which "
            "he asked Ines Marek for the audits.")
    assert _actors(text, "asked") == ("person:tom-reed",)


def test_a_speech_set_off_by_a_comma():
    text = ("Ole Brandt testified on Monday. He was asked about Reed's speech, in which he urged Ines "
            "Marek to resign.")
    assert _actors(text, "urged") == ("person:tom-reed",)


def test_a_relative_is_no_act_of_its_owner():
    text = ("Ole Brandt testified on Monday. He spoke about Reed's son when he asked Ines Marek "
            "for a favor.")
    assert "person:tom-reed" not in _actors(text, "asked")


def test_a_noun_without_an_owner_keeps_the_earlier_subject():
    text = ("Ole Brandt testified on Monday. He faced questions about the call when he asked Ines "
            "Marek for a favor.")
    assert _actors(text, "asked") == ("person:ole-brandt",)


def test_an_owner_of_the_other_gender_is_not_he():
    text = ("Ole Brandt testified on Monday. Mrs. Vera Lind spoke first. He faced questions about "
            "Lind's visit when he urged Ines Marek to resign.")
    assert "person:vera-lind" not in _actors(text, "urged")


# a spokesman's "we" is whom he speaks for, not himself; another speaker's "we" is unchanged

QUOTED = "We reject any foreign interference in the vote"


def _we_actors(role: str, country: str | None = None) -> tuple[str, ...]:
    text = f"“{QUOTED},” Tom Reed told reporters on Monday."
    events = coded(text, actors={"Tom Reed": "person:tom-reed"}, kinds={"person:tom-reed": "person"},
                   roles={"person:tom-reed": role}, countries={"person:tom-reed": country} if country else None,
                   quotes={QUOTED: "person:tom-reed"}, published=PUB)
    found = [e for e in events if "reject" in e.trigger.text]  # an act without a party is not coded
    return found[0].actors if found else ()


def test_a_spokesmans_we_is_not_himself():
    assert "person:tom-reed" not in _we_actors("spokesman")


def test_a_press_secretarys_we_is_not_herself():
    assert "person:tom-reed" not in _we_actors("deputy press secretary")


def test_a_spokesman_of_a_state_speaks_for_it():
    assert _we_actors("foreign ministry spokesman", "NOR") == ("NOR",)


def test_a_chairmans_we_is_still_his_own():
    assert _we_actors("party chairman") == ("person:tom-reed",)


# one who holds an office under a person acts himself: "Reed's envoy" is not Reed; a state's
# envoy still stands for the state

def _office_parties(text: str, word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    names = dict(NAMES, Norway="NOR")
    events = coded(text, actors=names, kinds=PEOPLE, published=PUB)
    found = [e for e in events if word in e.trigger.text]  # an act without a party is not coded
    return (found[0].actors, found[0].targets) if found else ((), ())


def test_a_persons_envoy_is_not_the_person():
    actors, _ = _office_parties("Reed's envoy for Asia arrived in Oslo on Tuesday.", "arrived")
    assert "person:tom-reed" not in actors


def test_a_persons_director_resigned_not_the_person():
    text = "* Ines Marek - Reed’s deputy for media relations, resigned last spring over a dispute."
    actors, _ = _office_parties(text, "resigned")
    assert "person:tom-reed" not in actors


def test_meeting_a_persons_envoy_is_no_meeting_with_the_person():
    _, targets = _office_parties("Ole Brandt met Reed's envoy on Tuesday.", "met")
    assert "person:tom-reed" not in targets


def test_a_states_envoy_stands_for_the_state():
    actors, _ = _office_parties("Norway's envoy arrived in Oslo on Tuesday.", "arrived")
    assert actors == ("NOR",)


def test_a_person_listed_before_a_states_office_holder_stays_a_doer():
    # "Reed and Norway's deputy minister ... agreed": the parse may hang Reed on "'s" beside
    # Norway, but Reed is the minister's partner in the act, not the man the minister serves
    text = ("Reed and Norway’s deputy minister of fisheries and ocean policy discussed ways of "
            "boosting trade at the video call and agreed to form a committee.")
    actors, _ = _office_parties(text, "agreed")
    assert "person:tom-reed" in actors

"""Speakers through speech verbs, frames, pronouns and statements, on hand-built sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    from sitroom.nlp import COMPONENTS, NlpOptions, build

    wanted = ("sitroom_actor_ruler", "sitroom_actors", "sitroom_quotes")
    return build(NlpOptions(components=tuple(n for n, _, _ in COMPONENTS if n in wanted)))


def quotes(nlp, text: str) -> list:
    doc = nlp(text)
    found = [span._.quote for span in doc.spans["quotes"]]
    for q in found:
        assert q.text == text[q.start : q.end]
    return found


def only(nlp, text: str):
    found = quotes(nlp, text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def test_verb_after_the_quote(nlp):
    q = only(nlp, "“We will not leave the region,” Minister Maria Kowalska said on Monday.")
    assert q.text == "We will not leave the region"
    assert q.speaker_name == "Maria Kowalska"
    assert q.cue == "said"


def test_inverted_verb_after_the_quote(nlp):
    q = only(nlp, '"The border is closed," said General Omar Haddad, the army chief.')
    assert q.speaker_name == "Omar Haddad"


def test_told_with_colon_before_the_quote(nlp):
    q = only(nlp, "Peter Novak, an analyst, told the newspaper Pravda: “Our borders are safe. "
                  "We have no other choice.”")
    assert q.speaker_name == "Peter Novak"
    assert q.cue == "told"


def test_wrote_with_comma_before_the_quote(nlp):
    q = only(nlp, 'Writing for the journal, Anna Berg wrote, "The new reality is an opportunity '
                  'for all of us."')
    assert q.speaker_name == "Anna Berg"
    assert q.cue == "wrote"


def test_partial_quote_under_a_verb_with_apposition(nlp):
    q = only(nlp, "The head of the agency, Igor Petrov, described the crisis as “a grave threat "
                  "to regional security”.")
    assert q.text == "a grave threat to regional security"
    assert q.speaker_name == "Igor Petrov"


def test_pronoun_speaker_goes_to_the_last_person_subject(nlp):
    text = ("Defense Minister John Carter stated that the plan was “far too risky.” He added that "
            "the army was “ready to move within a week.”")
    found = quotes(nlp, text)
    assert [q.speaker_name for q in found] == ["John Carter", "John Carter"]
    assert found[1].speaker_mention.text == "He"


def test_surname_resolves_to_the_full_name(nlp):
    text = ("Timur Aliev wrote about the talks. Particular care is needed, Aliev continued, "
            "\"because the partners are not ready to commit to anything at all.\"")
    q = only(nlp, text)
    assert q.speaker_name == "Timur Aliev"


def test_according_to_a_statement(nlp):
    text = ("According to a joint statement published by Paris and Berlin on Friday, “The "
            "exercise will strengthen the partnership between the two armies.” The statement "
            "said, “Both sides will send troops to the training ground next month.”")
    first, second = quotes(nlp, text)
    assert first.speaker_name == "a joint statement published by Paris and Berlin"
    assert first.cue == "according to"
    assert second.speaker_name == first.speaker_name
    assert second.speaker_mention.text == "The statement"


def test_organisation_speaker_through_a_governing_verb(nlp):
    q = only(nlp, "The government declared that the rebels would play “a central role in the "
                  "peace process” of the country.")
    assert q.speaker_name == "The government"


def test_same_paragraph_follow_up_quote_keeps_the_speaker(nlp):
    text = '"It was a long night," Laura Chen said. "We are all very tired now."'
    found = quotes(nlp, text)
    assert [q.speaker_name for q in found] == ["Laura Chen", "Laura Chen"]


def test_scare_quotes_terms_and_titles_are_not_quotes(nlp):
    text = ("Washington's so-called “reset” with Moscow failed. Its alliance, underscoring "
            "the interests that drive its fraudulent “war on terror,” is also reflected in its "
            "Afghan policy. The region is claimed by separatists as "
            "\"East Turkestan.\" (see: “Washington seeks a deal as casualties mount”). He "
            "appeared on “Meet the Press” on Sunday.")
    assert quotes(nlp, text) == []


def test_short_quote_governed_by_a_speech_verb_is_kept(nlp):
    q = only(nlp, "The minister Ivan Sokolov stated that the withdrawal was “too hasty.”")
    assert q.speaker_name == "Ivan Sokolov"

"""Page furniture names no party (audit/README.md, criteria: every actor shown is a party to the
act). On web pages the parse runs a byline, a credit, a tweet's signature or a dateline into the
sentence after it, and its name became the doer of that sentence's act: "— Jane Doe (@JaneDoe)
April 9, 2017 / Last year ... a bomb attack killed 72 people" (event_index: a line event_prose's
layout reads as no prose holds no party), "LIMA, Peru (AP) — Kerry accused" (the dateline runs to
its dash: "Peru" and "AP" are the dateline's). Controls: the doer named in the lead keeps its act,
also when a byline or a headline line stands before it and the doer is a pronoun. Sentences
written for these tests (real parses, the full pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events, event_with, listed

pytestmark = pytest.mark.model

PUB = "2017-05-01"


def _parties(nlp, text: str, word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    event = event_with(dated_events(nlp, text, PUB), word)
    return event.actors, event.targets


@pytest.mark.parametrize(("text", "word", "furniture"), [
    ("Real palms for the real martyrs.\n\n— Jane Doe (@JaneDoe) April 9, 2017\n\nLast year, on Easter "
     "Sunday, a bomb attack in Lahore, Pakistan, killed 72 people, many of them children.",
     "killed", "person:jane-doe"),
    ('04/28/2017 6:20:41 PM, by John "Ace" Smith\n\nSony broke stance and decided to formally back the '
     "new format in September of this year, citing a number of reasons.", "back", 'person:john-"ace"-smith'),
    ("LIMA, Peru (AP) — U.S. Secretary of State John Kerry on Tuesday accused Venezuela of jailing "
     "opposition leaders.", "accused", "PER"),
    ("DUBAI, United Arab Emirates — Dubai's flagship carrier Emirates Airline finalized a deal to buy "
     "30 jets, executives of both companies announced Wednesday.", "deal", "ARE"),
])
def test_page_furniture_is_no_party(real_nlp, text, word, furniture):
    actors, targets = _parties(real_nlp, text, word)
    assert furniture not in actors + targets, listed(dated_events(real_nlp, text, PUB))


@pytest.mark.parametrize(("text", "word", "doer"), [
    # the dateline's own words go, the lead's subject stays
    ("LIMA, Peru (AP) — U.S. Secretary of State John Kerry on Tuesday accused Venezuela of jailing "
     "opposition leaders.", "accused", "person:john-kerry"),
    ("KABUL, Afghanistan (Reuters) - Afghan forces killed 30 militants in Helmand province on Friday.",
     "killed", "sector:AFG:MIL"),
    # a byline before the lead: "his" is still the president's
    ("By JOHN ROE, Associated Press Writer 2 minutes ago\n\nPresident Obama began his second trip to the "
     "region since the storm hit, landing in Baton Rouge to start an inspection tour.", "trip", "person:obama"),
    # a headline line before the lead: "he" is still the witness who told the committee
    ('Kurt Volker, the former envoy, testified on Tuesday.\n\n7. "The Giuliani problem"\n\nVolker told '
     "the committee he tried to work with the president's lawyer, Rudy Giuliani, to convince him.",
     "work with", "person:kurt-volker"),
])
def test_the_lead_keeps_its_doer(real_nlp, text, word, doer):
    actors, _ = _parties(real_nlp, text, word)
    assert doer in actors, listed(dated_events(real_nlp, text, PUB))


# Who is a party: a camp outside the state named before a person, and a nationality's people
# placed abroad, are not the state the demonym names (event_parties.located_only, one_national)
@pytest.mark.parametrize(("text", "word", "state"), [
    ("The Syrian opposition fighter arrived unexpectedly at the clinic, desperately seeking help.",
     "seeking", "SYR"),
    ("A Syrian rebel commander accused the army of shelling the town.", "accused", "SYR"),
    ("The Venezuelan opposition leader called for new elections.", "called for", "VEN"),
    ("In recent years, Iranians in the US have complained that stores refused to sell them phones.",
     "complained", "IRN"),
])
def test_a_camp_or_a_diaspora_is_not_the_state(real_nlp, text, word, state):
    actors, _ = _parties(real_nlp, text, word)
    assert state not in actors, listed(dated_events(real_nlp, text, PUB))


@pytest.mark.parametrize(("text", "word", "doer"), [
    ("Syrian opposition groups rejected the plan.", "rejected", "sector:SYR:OPP"),
    ("Syrian army commanders accused the rebels of shelling the town.", "accused", "SYR"),
    ("The Iranian government complained that the embassy in London had been attacked.", "complained", "sector:IRN:GOV"),
])
def test_the_state_and_its_camps_keep_their_acts(real_nlp, text, word, doer):
    actors, _ = _parties(real_nlp, text, word)
    assert doer in actors, listed(dated_events(real_nlp, text, PUB))

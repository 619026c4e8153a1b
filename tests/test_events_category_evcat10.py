"""Categories, evcat10: a promise made in an election campaign (on the campaign trail, as a
candidate, before the election, if elected, to voters, a campaign pledge) is made to no party and
is no AGREE; a storm's "it" is the storm, so the harm it does is no assault; assent withheld is the
assent verb's own negation, so a negation from above or not agreeing on a question refuses
nothing; a person with no state office who leaves a post in a firm takes a step in a career, no
RETREAT. Sentences written for these tests (real parses, the full pipeline), each rule with its
controls."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2022-03-01"


def _at(events, word):
    return [e for e in events if word in e.trigger.text]


@pytest.mark.parametrize("text, word", [
    ("During the campaign, Ms Lorne promised to cut fuel duty and to build ten new hospitals.", "promised"),
    ("Senator Vance had promised as a candidate to close the border to all refugees.", "promised"),
    ("Vance still has not passed the reforms he promised on the campaign trail.", "promised"),
    ("Ahead of the vote, Olsen promised that once elected she would double the state pension.", "promised"),
    ("Gardner campaigned for mayor in Leeds and pledged to close the casino.", "pledged"),
    ("The Tory candidate pledged lower taxes for pensioners.", "pledged"),
    ("The overhaul that they promised voters is central to their strategy.", "promised"),
    ("During his presidential race, Hale promised that the country would rejoin the treaty.", "promised"),
    ("Olsen repeated his campaign pledge to scrap the tax.", "pledge"),
    ("During the campaign she said the port was failing and promised new cranes for the docks.", "promised"),
])
def test_campaign_promise_is_no_agree(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    assert not any(e.type == "AGREE" for e in _at(events, word)), listed(events)


@pytest.mark.parametrize("text, word", [
    # promises between parties, or only dated by a vote, stay agreements
    ("Peru and Chile pledged to expand trade during the summit.", "pledged"),
    ("The two parties pledged after the election to form a coalition government.", "pledged"),
    ("Hale pledged during the talks in Lima to expand trade with Peru.", "pledged"),
    ("Hale promised Chile during the campaign that he would reopen the border.", "promised"),
])
def test_promise_to_a_party_stays_agree(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    hits = _at(events, word)
    assert hits and hits[0].type == "AGREE", listed(events)


def test_storm_it_does_no_assault(real_nlp):
    text = ("Relief groups are still clearing the wreckage left by Cyclone Olga after it struck Fiji "
            "in May.")
    events = dated_events(real_nlp, text, PUB)
    assert not any(e.type == "ASSAULT" for e in events), listed(events)


def test_armed_it_keeps_assault(real_nlp):
    text = "The rebels seized the town and said it attacked the army base overnight."
    events = dated_events(real_nlp, text, PUB)
    assert any(e.type == "ASSAULT" for e in _at(events, "attacked")), listed(events)


@pytest.mark.parametrize("text", [
    "The three economists on the board did not agree on how much money the plan needs.",
    "The auditors did not agree on every point of the draft.",
    "The two sides failed to agree on a truce.",
    "He denied that Peru had accepted the offer.",
])
def test_no_assent_withheld_is_no_reject(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not any(e.type == "REJECT" for e in events), listed(events)


@pytest.mark.parametrize("text, word", [
    ("The rebels did not agree to lay down their arms.", "agree"),
    ("Lima would not agree to lower tariffs on wine.", "agree"),
    ("The lenders said they could no longer agree to softer terms for the loan.", "agree"),
    ("Chile never accepted the offer of talks.", "accepted"),
])
def test_assent_withheld_stays_reject(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    hits = _at(events, word)
    assert hits and hits[0].type == "REJECT", listed(events)


@pytest.mark.parametrize("text", [
    "The brewer's chief executive, Paul Hesketh, resigned on Tuesday.",
    "Two founders of Lorimer quit the company's board in June.",
    "Nadia Kapoor resigned on Monday from managing the bank's insurance subsidiary.",
    "Nadia Kapoor resigned as treasurer and deputy chair of Eastern Plastics Corporation.",
])
def test_leaving_a_firm_post_is_no_retreat(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not any(e.type == "RETREAT" for e in events), listed(events)


@pytest.mark.parametrize("text, word", [
    # offices of state, a state body's board, and a post left in protest at a firm keep the reading
    ("Senator Vale resigned from the Senate on Friday.", "resigned"),
    ("Ruth Ames, the director of the consumer agency, resigned in November.", "resigned"),
    ("Ruth Ames resigned as chairman of the House Ethics Committee.", "resigned"),
    ("Hale resigned as foreign minister after the vote.", "resigned"),
    ("Paul Hesketh resigned from the board of the central bank.", "resigned"),
    ("Gary Moss resigned from his post in protest at the company's decision.", "resigned"),
])
def test_leaving_an_office_stays_retreat(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    hits = _at(events, word)
    assert hits and hits[0].type == "RETREAT", listed(events)

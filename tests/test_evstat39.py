"""Status, turn 39 (evstat39): a negated act that hangs on "if" or "unless" is a case put, not an
act left undone; a plan called off ("cancelled plans to visit", "the plans were dropped") leaves its
act undone; an act one looks forward to lies ahead; a visit dated "in late January 2016" is past;
a present act in a clause of "until" that a refusal or a plan waits on is a case; a hedge before
one of several subjects ("Chile and perhaps Peru will meet") hedges that party, not the act. Doers:
who is trained, armed or recruited "to fight" fights, not who trains; countries of a body counted
or picked out ("three EU countries") are not the body.
Controls: "even if" keeps the refusal, a plan announced stays planned, a plain purpose stays done,
a date of an election the noun sits in is not the noun's. The full pipeline on sentences written
for these tests, not taken from any corpus, gold file or audit."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _status(doc, word: str) -> str:
    found = [s._.event.status for s in doc.spans["events"] if s.text == word]
    assert found, f"no event {word!r}: {[s.text for s in doc.spans['events']]}"
    return found[0]


# -- a refusal that holds only in a case put ------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The EU cannot negotiate with Peru if there is any doubt that Peru spies on its offices.",
     "negotiate"),
    ("Chile could not support Peru unless Bolivia agreed to the deal.", "support"),
    ("If the talks begin, Chile can't attack Peru.", "attack"),
])
def test_a_negation_under_a_condition_is_a_case(real_nlp, text, word):
    assert _status(real_nlp(text), word) == "hypothetical"


def test_a_refusal_in_spite_of_a_condition_stays_negated(real_nlp):
    doc = real_nlp("Chile would not apologise to Peru even if Bolivia asked.")
    assert _status(doc, "apologise") == "negated"


def test_a_refusal_stated_with_will_stays_a_refusal_under_a_condition(real_nlp):
    doc = real_nlp("Chile told reporters it will not accept new refugees from Peru if fighting spreads.")
    found = [(s._.event.type, s._.event.status) for s in doc.spans["events"] if s.text == "accept"]
    assert found == [("REJECT", "occurred")]  # as the PLOVER gold codes a stated refusal


def test_a_pledge_not_to_act_stays_negated_under_a_condition(real_nlp):
    assert _status(real_nlp("If the talks begin, Chile will not attack Peru."), "attack") == "negated"


def test_a_plain_negation_stays_negated(real_nlp):
    assert _status(real_nlp("Chile will not attack Peru, the minister said."), "attack") == "negated"


# -- a plan called off ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The minister canceled plans on Monday to visit flood victims in Lima.", "visit"),
    ("The government abandoned plans to sanction Peru.", "sanction"),
    ("The plans to sanction Peru were dropped after the talks.", "sanction"),
])
def test_the_act_of_a_plan_called_off_is_negated(real_nlp, text, word):
    assert _status(real_nlp(text), word) == "negated"


def test_the_act_of_a_plan_announced_stays_planned(real_nlp):
    assert _status(real_nlp("The government announced plans to sanction Peru."), "sanction") == "planned"


# -- what one looks forward to ----------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The president said he was looking forward to visiting Chile.", "visiting"),
    ("The Peruvian minister said he looked forward to the talks with Chile.", "talks"),
])
def test_an_act_looked_forward_to_is_planned(real_nlp, text, word):
    assert _status(real_nlp(text), word) == "planned"


def test_a_purpose_done_is_not_looked_forward_to(real_nlp):
    assert _status(real_nlp("The Chilean army sent troops to fight the rebels."), "fight") == "occurred"


# -- a past date after "in" -------------------------------------------------------------------------

def test_a_visit_dated_in_a_past_month_and_year_took_place(real_nlp):
    doc = real_nlp("Chile and Peru agreed to expand trade during a visit to Lima by the Chilean "
                   "president in late January 2016.")
    assert _status(doc, "visit") == "occurred"


def test_a_year_of_another_noun_does_not_date_the_act(real_nlp):
    doc = real_nlp("Chile will attend the talks in the 2024 elections.")
    assert _status(doc, "talks") == "planned"


# -- a condition under "until" ----------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Bolivia says the treaty will not be restored until Chile lifts all sanctions on Bolivia.",
     "lifts"),
    ("Chilean troops will stay in the town until the rebels sign the accord.", "sign"),
])
def test_an_act_a_refusal_or_plan_waits_on_is_a_case(real_nlp, text, word):
    assert _status(real_nlp(text), word) == "hypothetical"


def test_an_act_a_past_act_lasted_until_took_place(real_nlp):
    doc = real_nlp("The army fought in the town until the rebels signed the accord.")
    assert _status(doc, "signed") == "occurred"


# -- a hedge on one party, not on the act -----------------------------------------------------------

def test_a_hedge_before_one_of_the_subjects_leaves_the_meeting_planned(real_nlp):
    doc = real_nlp("Officials from Chile, Peru and perhaps Bolivia will meet in Lima tomorrow to "
                   "discuss copper prices.")
    assert _status(doc, "meet") == "planned"


@pytest.mark.parametrize("text", ["Chile will perhaps meet Peru next week.",
                                  "Chile perhaps will meet Peru next week."])
def test_a_hedge_on_the_verb_still_makes_it_a_case(real_nlp, text):
    assert _status(real_nlp(text), "meet") == "hypothetical"


# -- who is trained or armed to fight does the fighting ---------------------------------------------

def _event(doc, word: str):
    found = [s._.event for s in doc.spans["events"] if s.text == word]
    assert found, f"no event {word!r}"
    return found[0]


@pytest.mark.parametrize("text", [
    "The Chilean army has been training the rebel fighters to fight against the Islamic State.",
    "Chile armed the rebels to fight Peru.",
])
def test_the_trained_or_armed_party_fights(real_nlp, text):
    event = _event(real_nlp(text), "fight")
    assert event.actors and all("REB" in a for a in event.actors), event.actors


def test_a_party_that_trains_for_its_own_purpose_still_acts(real_nlp):
    event = _event(real_nlp("Chile sent troops to Peru to fight the rebels."), "fight")
    assert "CHL" in " ".join(event.actors), event.actors


# -- some countries of a body are not the body ------------------------------------------------------

def test_counted_countries_of_a_body_are_parties_not_the_body(real_nlp):
    doc = real_nlp("Talks between Chile and two European Union countries, Spain and Italy, ended on "
                   "Monday.")
    actors = _event(doc, "Talks").actors
    assert "EU" not in actors and {"CHL", "ESP", "ITA"} <= set(actors), actors


def test_counted_countries_of_an_alliance_are_not_the_alliance(real_nlp):
    doc = real_nlp("Two NATO countries condemned the strike on Peru.")
    assert "NATO" not in _event(doc, "condemned").actors


def test_all_members_of_a_body_are_still_the_body(real_nlp):
    doc = real_nlp("All EU members condemned the strike on Peru.")
    assert _event(doc, "condemned").actors == ("EU",)

"""Turn 26 (evne6): subheadings that extraction ran into a paragraph opening with a name.

A news site's subheading (often a quote of the story's speaker) lost its line break and now
opens the sentence of the paragraph below it: "‘Iran seeking to lift sanctions’ Amouei also
referred to the talks", "Iran, UK FMs discuss Vienna talks Amir Abdollahian also held a phone
call". The headline reports nothing (its acts are told in the paragraph); the paragraph still
reports. A quote whose comma went missing before its speaker ("“We won” Smith said") and a name
with its title ("Tory leader Michael Howard also said") are prose.
"""

from __future__ import annotations

import pytest

from events_support import PROSE_BODY, prose_reports
from sitroom.components.event_prose import glued_headlines


@pytest.mark.parametrize("line, headline, body", [
    # a quoted subheading before the speaker's name and "also"
    ("‘Ankara and Baku meet to settle the border row’ Cavusoglu also praised the new accord.",
     "meet", "praised"),
    # ... or before a name and any verb that is no speech verb
    ("“Years of sanctions have failed” Lindqvist condemned the embargo on Cuba.",
     "sanctions", "condemned"),
    # an unquoted subheading before a name and "also"
    ("Norway and Chile sign fishing accord to protect stocks Foreign Minister Lena Berg also welcomed "
     "the deal.", "sign", "welcomed"),
    ("Armenia, Georgia hold talks on transit corridors Pashinyan also criticised the blockade.",
     "hold", "criticised"),
])
def test_a_subheading_run_into_a_named_subject_reports_nothing(line, headline, body):
    text = PROSE_BODY + "\n\nThe visit ended on Tuesday. " + line
    assert prose_reports(text, [headline, body]) == {headline: False, body: True}


@pytest.mark.parametrize("line, word", [
    # a quote whose comma went missing names its speaker: speech, not a subheading
    ("“We will never attack civilians” Okafor said on Monday.", "attack"),
    ("“Troops attacked the school” Interior Ministry spokesman Abu Salim told reporters.", "attacked"),
    ("“The rebels attacked first” the mayor’s family, Okafor said.", "attacked"),
    # a quote closed after a comma is speech ("“...,” Okafor also said")
    ("“The rebels attacked first,” Okafor also said.", "attacked"),
    # a name with its title or description before it
    ("Opposition party leader Michael Howard also attacked the plan.", "attacked"),
    ("During the long meeting with the visiting delegation Mr Blair also attacked the plan.", "attacked"),
    # a name inside a noun phrase of prose, and a sentence whose stop is mistaken for a name's
    ("Senators wavering just a day after the start of a new Congress also attacked the plan.", "attacked"),
    ("The two votes were put off until Wednesday. Lawmakers also attacked the plan.", "attacked"),
    # a speech verb in the run: a sentence that reports what someone said
    ("Meshkini said in his long opinion piece Saudi Arabia also attacked the port.", "attacked"),
])
def test_quoted_speech_and_titled_names_are_prose(line, word):
    assert prose_reports(PROSE_BODY + "\n\nThe visit ended on Tuesday. " + line, [word]) == {word: True}


def test_the_headline_ends_before_the_name():
    line = "Iran, Armenia enjoy cordial ties based on mutual respect President Raisi also said more."
    assert [line[a:b] for a, b in glued_headlines(line)] == [
        "Iran, Armenia enjoy cordial ties based on mutual respect "]


# -- help that no party receives, from people who hold no state office (event_business) ---------

PUB = "2021-08-01"


def _codes(nlp, text: str) -> dict[str, str]:
    from events_support import dated_events
    from sitroom.export.plover import plover_code

    return {e.trigger.text: plover_code(e) for e in dated_events(nlp, text, PUB)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger"), [
    ("“The rules leave small clinics out,” says Dana Whitcombe, who is assisting 40 nurses with "
     "their forms.", "assisting"),
    ("The magazine ran a long profile of Hal Brenner, a lawyer who has aided two governors.",
     "aided"),
])
def test_help_with_no_recipient_from_a_private_person_codes_no_aid(real_nlp, text, trigger):
    codes = _codes(real_nlp, text)
    assert trigger not in codes, codes


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger"), [
    # a state, its officer, or help with a recipient named still code AID
    ("Norway provided humanitarian aid last week, Foreign Minister Lena Berg said.", "provided"),
    ("Kenyan President William Ruto delivered aid in person on Monday.", "delivered"),
    ("Dana Whitcombe, a banker, had funded rebel groups in the north for years.", "funded"),
])
def test_aid_from_a_state_its_officer_or_to_a_named_party_still_codes(real_nlp, text, trigger):
    codes = _codes(real_nlp, text)
    assert codes.get(trigger, "").startswith("AID"), codes

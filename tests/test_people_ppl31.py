"""People an analyst can trust (issue 11, ppl31): a one-word club before a club's role and its holder's
full name ("X manager First Last") is the club, not a person, even when the gazetteer knows no town of
that name ("Everton"). The NER tags such a club a person in some stories; the cue is checked on the
names it would hand over. A name before "team" or "fans", before a role with no full name after it, or
used as a person's elsewhere ("X, who ...") stays a person. Own sentences, names changed."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.person_cues import club_names

model = pytest.mark.model


def _clubs(nlp, text: str, words: list[str]) -> set[str]:
    """The one-word names among ``words`` (tagged as people here) that are read as clubs; no town known."""
    doc = nlp(text)
    spans = [Span(doc, t.i, t.i + 1) for t in doc if t.text in words]
    return club_names(spans, lambda name: False, load_titles())


@model
def test_a_club_before_a_manager_and_his_name_is_no_person(real_nlp):
    text = ("Everton manager Harry Doyle will fine striker Sean Price after his red card in the league match "
            "against Fulham. Doyle said the player had let the Everton fans down.")
    assert _clubs(real_nlp, text, ["Everton"]) == {"Everton"}
    text = "Kilbride boss Martin Hale was unhappy with the referee after the cup tie on Saturday."
    assert _clubs(real_nlp, text, ["Kilbride"]) == {"Kilbride"}


@model
def test_a_person_before_team_fans_or_a_bare_role_stays(real_nlp):
    # controls: "team" and "fans" are no club role; no full name after the role; a person's use elsewhere
    text = "The Hughes team won the cup, and Hughes fans sang after the match."
    assert not _clubs(real_nlp, text, ["Hughes"])
    text = "Hughes manager of the year award went to a rival after the league match."
    assert not _clubs(real_nlp, text, ["Hughes"])
    text = ("Burnley manager Steve Hale praised the striker after the match. Burnley, who joined the club in "
            "May, said the cup tie was hard.")
    assert not _clubs(real_nlp, text, ["Burnley"])

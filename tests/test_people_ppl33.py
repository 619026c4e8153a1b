"""People an analyst can trust (issue 11, ppl33): a team named "Team X" and a firm named right
after the word "analyst" are no people. "Team" opens a side's name whatever follows ("Team GB",
"Team Melli", "Team Sky"); no person's name opens with it. "market analyst Datamonitor", "at
analyst Gartner": before one word, "analyst" names a research firm, while a person analyst is
introduced by a full name ("analyst Jane Porter") and may then be called by the surname. "Avg
shrs" of a results table: no person's name goes before "shrs". Own sentences, names changed."""

from __future__ import annotations

import pytest

from people_support import people_mentions

model = pytest.mark.model


@model
def test_team_and_a_name_is_a_side_not_a_person(real_nlp):
    text = ("Sprinter Alice Dunmore lifted the mood around Team GB after the early defeats. Later in the week "
            "the rowers added two more golds to Team GB's total.")
    people = people_mentions(real_nlp, text)
    assert "Team GB" not in people
    assert people.get("Alice Dunmore") == ["Alice Dunmore"]
    text = ("The federation said Team Melli's new shirt would be shown at the friendly in Vienna. "
            "Coach Reza Karimi praised the design.")
    people = people_mentions(real_nlp, text)
    assert "Team Melli" not in people
    assert "Reza Karimi" in people


@model
def test_a_word_after_analyst_is_a_firm(real_nlp):
    text = ("British children aged 10 to 17 spend about 700 pounds a year, said market analyst Fordmonitor. "
            "Fordmonitor said most of it goes on snacks and music.")
    assert "Fordmonitor" not in people_mentions(real_nlp, text)
    text = ("Paul Dorsey, a research director at analyst Zentrix, told reporters that the company had done "
            "well in locking in its customers.")
    people = people_mentions(real_nlp, text)
    assert "Zentrix" not in people
    assert people.get("Paul Dorsey") == ["Paul Dorsey"]


@model
def test_an_analyst_named_in_full_stays_a_person(real_nlp):
    # controls: "analyst" before a full name, and before the surname of a person named in full
    text = ("Prices may fall further, said oil analyst Martin Kessler of Harwood Securities. Analyst Kessler "
            "expects a meeting of producers before June.")
    people = people_mentions(real_nlp, text)
    assert people.get("Martin Kessler") == ["Martin Kessler", "Kessler"]
    text = "The team is coached by Martin Kessler. Team captain Ola Berg scored twice."
    assert "Ola Berg" in people_mentions(real_nlp, text)


@model
def test_a_word_before_shrs_in_a_results_table_is_no_person(real_nlp):
    text = ("Qtr Shr loss 12 cts vs profit 30 cts Net loss 412,000 vs profit 1,050,000 Revs 21.6 mln vs 19.8 mln "
            "Avg shrs 3,410,000 vs 3,390,000")
    assert "Avg" not in people_mentions(real_nlp, text)
    # control: a person's name before "shares" in prose stays the person's when written in full
    text = "Investor Carl Hendon said he had sold his shares. Hendon shares the view that prices will fall."
    assert "Carl Hendon" in people_mentions(real_nlp, text)

"""People an analyst can trust (issue 11, ppnot2): names the NER calls persons that the story treats
as an asset on a market, a firm named for its founders or a headline's word run into the text.
A crypto-currency's name (the list's "Dogecoin", "Bitcoin Cash"), a name qualifying a price, the subject of "trading at" an amount, the "in" phrase of
a market's move, a two-word firm whose words are the surnames of the story's two founders or that
qualifies its leaked documents, and one word written twice make no person. Controls: a man whose
given and family names are one word ("Abdullah Abdullah"), a person beside a namesake of the same
surname named as such, a possessive after a market's move ("a slump in Tarvo's approval"), a surname
of a fuller name of the story after "shares of".
Own sentences, names made up."""

from __future__ import annotations

import pytest

from people_support import people_mentions
from sitroom.resolve.person_assets import market_cue

model = pytest.mark.model


@model
def test_crypto_currencies_and_what_a_market_prices_are_no_people(real_nlp):
    text = ("Dogecoin was trading at $0.31 on Friday, after a surge in Dogecoin prices this week. "
            "Bitcoin Cash fell 5 percent.")
    found = people_mentions(real_nlp, text)
    assert not any("Dogecoin" in name or "Bitcoin" in name for name in found)


def _span(doc, words):
    start = doc.text.index(words)
    return doc.char_span(start, start + len(words))


@model
def test_a_market_move_or_price_is_read_from_the_parse(real_nlp):
    doc = real_nlp("Traders said a sharp rally in Gresham lifted the index.")
    assert market_cue(_span(doc, "Gresham"))
    doc = real_nlp("Analysts expect Gresham prices to fall further this year.")
    assert market_cue(_span(doc, "Gresham"))
    doc = real_nlp("Gresham was trading at $12.40 in New York on Monday, its lowest in a year.")
    assert market_cue(_span(doc, "Gresham"))
    # controls: a possessive after the move, trading words that are no price
    doc = real_nlp("A slump in Gresham's approval ratings worried his aides.")
    assert not market_cue(_span(doc, "Gresham"))
    doc = real_nlp("Gresham was trading insults with critics at a rally on Monday.")
    assert not market_cue(_span(doc, "Gresham"))


@model
def test_a_firm_named_for_its_two_founders(real_nlp):
    text = ("The firm's founders, Jurgen Harwood and Ramon Quessel, were questioned by prosecutors. "
            "Harwood Quessel has denied any wrongdoing.")
    found = people_mentions(real_nlp, text)
    assert "Harwood Quessel" not in found
    assert "Jurgen Harwood" in found and "Ramon Quessel" in found
    text = ("The leaked Harwood Quessel documents show accounts in ten countries. Its founder, Jurgen Quessel, "
            "declined to comment.")
    found = people_mentions(real_nlp, text)
    assert "Harwood Quessel" not in found
    assert "Jurgen Quessel" in found


@model
def test_a_word_written_twice_is_a_headline_run_into_the_text(real_nlp):
    text = "Gresham Gresham said on Thursday that hackers stole data on 140 million customers."
    assert not any("Gresham" in name for name in people_mentions(real_nlp, text))


@model
def test_people_stay_people(real_nlp):
    # a given name written twice is a man's name
    text = "Chief Executive Abdullah Abdullah met Ashraf Ghani in Kabul on Sunday."
    assert "Abdullah Abdullah" in people_mentions(real_nlp, text)
    # a namesake of the same surname, not used as a firm
    text = ("Bhutto Zardari said on Monday the party would contest the vote. His father, Asif Zardari, "
            "was president until 2013.")
    found = people_mentions(real_nlp, text)
    assert "Bhutto Zardari" in found and "Asif Zardari" in found
    # a possessive after a market's move: the person's approval moved
    text = "A slump in Tarvo's approval ratings worried aides, Senator Mark Tarvo's spokesman said."
    assert "Mark Tarvo" in people_mentions(real_nlp, text)


@model
def test_a_partnership_named_for_its_founders(real_nlp):
    text = "The notes were priced by lead manager Whitcombe, Read and Co Inc."
    assert not any("Whitcombe" in name for name in people_mentions(real_nlp, text))
    # control: a person, then a firm after "of"
    text = "Ann Dillon of Marsh and Co Inc said the offering was priced on Monday."
    assert "Ann Dillon" in people_mentions(real_nlp, text)
    # control: a person and a firm of its own joined by "and" before the firm's legal form
    text = "Shares rose on talk that investor Ned Asherton and Dominion Textiles Inc bought a stake."
    assert "Ned Asherton" in people_mentions(real_nlp, text)

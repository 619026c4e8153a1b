"""Things named like people on web pages (ppweb2): products ("Nintendo Switch Lite", "the 16-inch
MacBook Pro"), a film's characters with their actor in brackets ("Llewyn Davis (Oscar Isaac)"), a
rank alone ("Cpl."), rating agencies and newspaper chains. Own sentences."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from people_support import people_mentions, people_roles
from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.person_fiction import actor_in_brackets
from sitroom.resolve.person_products import product_cue

model = pytest.mark.model


def _span(text: str, words: str) -> Span:
    doc = spacy.blank("en")(text)
    start = next(i for i, t in enumerate(doc) if doc[i : i + len(words.split())].text == words)
    return doc[start : start + len(words.split())]


def test_product_cues():
    titles = load_titles()
    assert product_cue(_span("She plays on the Nintendo Switch Lite daily.", "Nintendo Switch Lite"), titles)
    assert product_cue(_span("The Nissan Leaf sold well.", "Nissan Leaf"), titles)  # a one-word brand opens it
    assert product_cue(_span("I pushed the MacBook Pro hard.", "MacBook Pro"), titles)  # a model's word closes it
    assert product_cue(_span("the 15-inch Galaxy Book is thin", "Galaxy Book"), titles)


def test_no_product_cue_for_names():
    titles = load_titles()
    assert not product_cue(_span("Max Verstappen won the race.", "Max Verstappen"), titles)
    assert not product_cue(_span("Oscar Isaac stars in it.", "Oscar Isaac"), titles)  # an award, no maker
    assert not product_cue(_span("Mac Jones threw two passes.", "Mac Jones"), titles)
    # a price after a name opens no shop's line: "sold the house to John Hale for $2 million"
    assert not product_cue(_span("They sold the house to John Hale for $2 million.", "John Hale"), titles)


def test_actor_in_brackets():
    text = ("The hero, Tam Lowry (Adam Driver), sings. Senator Ann Roe (D-Calif.) spoke. The film is the "
            "director's best movie, and the actor and the actress are superb.")
    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, 3, 5, "PERSON"), Span(doc, 6, 8, "PERSON"), Span(doc, 12, 14, "PERSON")]
    assert actor_in_brackets(doc[3:5])  # the character
    assert not actor_in_brackets(doc[6:8])  # the actor: nothing in brackets after him
    assert not actor_in_brackets(doc[12:14])  # a party and a state, no actor
    squad = spacy.blank("en")("Backs: Tom Reid (Ayr Rugby) and Sam Hale (Leeds Tykes) start.")
    squad.ents = [Span(squad, 2, 4, "PERSON"), Span(squad, 5, 7, "PERSON")]
    assert not actor_in_brackets(squad[2:4])  # a squad list, no film: the club in brackets


@model
def test_products_are_no_people(real_nlp):
    text = ("I bought the 16-inch MacBook Pro last week, and the MacBook Pro is fast, said Tom Hale.\n"
            "Nintendo Switch Lite for $200\nThe Nintendo Switch Lite is small and light, said Anna Korb.")
    people = people_mentions(real_nlp, text)
    assert not any("MacBook" in p or "Switch" in p or "Lite" in p for p in people)
    assert "Tom Hale" in people and "Anna Korb" in people


@model
def test_names_like_products_stay_people(real_nlp):
    people = people_mentions(real_nlp, "Max Verstappen won in Austin on Sunday, and Verstappen said the car "
                                       "was fast. Oscar Isaac watched from the pit lane.")
    assert "Max Verstappen" in people and "Oscar Isaac" in people


@model
def test_a_character_with_the_actor_in_brackets(real_nlp):
    people = people_mentions(real_nlp, "In the new film, the protagonist, Tam Lowry (Adam Driver), is a man of "
                                       "contrasts. Lowry sleeps on couches, and Driver plays him well; the movie's "
                                       "director lets the actor carry every scene.")
    assert "Tam Lowry" not in people and "Adam Driver" in people


@model
def test_a_senator_with_party_in_brackets_stays(real_nlp):
    people = people_mentions(real_nlp, "Senator Ann Roe (D-Calif.) said the bill would pass on Friday.")
    assert "Ann Roe" in people


@model
def test_a_rank_is_no_name(real_nlp):
    people = people_mentions(real_nlp, "A neighbor said police Cpl. Tom Hale of Eustis shot his wife. "
                                       "Sgt Morrow was jailed for life on Friday.")
    assert "Cpl" not in people and "Sgt Morrow" not in people
    assert "Tom Hale" in people and "Morrow" in people


@model
def test_a_rank_reads_as_a_role(real_nlp):
    roles = people_roles(real_nlp, "Staff Sgt. Ann Roe was wounded near Kandahar on Friday.")
    assert "Ann Roe" in roles


@model
def test_rating_agencies_and_newspaper_chains_are_no_people(real_nlp):
    text = ("The merger of the newspaper chains Gannett and GateHouse Media became final on Tuesday, and "
            "Gannett cut jobs. Now Fitch Ratings has cut the rating of the firm, said Anna Korb.")
    people = people_mentions(real_nlp, text)
    assert "Gannett" not in people and "Fitch Ratings" not in people
    assert "Anna Korb" in people


@model
def test_syrian_rebel_groups_are_no_people(real_nlp):
    people = people_mentions(real_nlp, "Rebel groups allied with Jabhat Fateh al-Sham attacked, and fighters "
                                       "with Ahrar al-Sham entered a factory, said Wael Alwan, spokesman for "
                                       "Failaq al Rahman.")
    assert not any("Sham" in p or "Rahman" in p for p in people)
    assert "Wael Alwan" in people

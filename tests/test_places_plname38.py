"""Places, turn 35 (helper plname38): words that name no place.

A lone name the story gives a person in full is the person unless a plain word of place stands
around it somewhere ("in", "near", "at", a kind of place after it); "the", "to", "from" before it
are as common around a person's name ("the Brennan tragedy", "a pass from Brennan"). A people's
word alone as a noun, in a story that names a firm opening with it ("American Airlines ...
American said"), is the firm. Own short sentences, full pipeline (marked model), with controls."""

from __future__ import annotations

import pytest


def _mentions(nlp, text: str) -> list[str]:
    """Every place mention's words, literal or not (a demonym is a reference)."""
    doc = nlp(text)
    return [s.text for s in doc.spans["places"]] + [s.text for s in doc.spans["place_refs"]]


@pytest.mark.model
def test_a_surname_after_a_loose_preposition_stays_the_persons(real_nlp):
    text = ("United beat Leeds 2-0. Paul Scholes scored the opener. Scholes then set up the second, "
            "and the keeper saved well from Scholes late on.")
    assert "Scholes" not in _mentions(real_nlp, text)


@pytest.mark.model
def test_a_lone_name_after_the_stays_the_persons(real_nlp):
    text = ("The film follows Daniel Pearl, the reporter killed in Karachi. "
            "It only adds to the weight of the Pearl tragedy, and the actress plays Pearl's widow.")
    assert "Pearl" not in _mentions(real_nlp, text)
    assert "Karachi" in _mentions(real_nlp, text)


@pytest.mark.model
def test_a_plain_place_cue_keeps_the_town_beside_a_person_of_its_name(real_nlp):
    # "in Jackson" says place: the town keeps every mention, whoever else bears the name
    text = ("Governor Haley Barbour spoke to reporters in Jackson, Mississippi, on Monday. "
            "Harvey Jackson, a historian, said the storm was the worst he had seen. "
            "Shelters in Jackson were full.")
    assert _mentions(real_nlp, text).count("Jackson") == 2


@pytest.mark.model
def test_at_before_a_name_keeps_the_venue_the_model_calls_a_person(real_nlp):
    # the model may read "Randwick Racecourse" as a man's name; "at Randwick" still says place
    text = ("Two horses at Flemington Racecourse in Melbourne fell ill. If the virus spread at "
            "Flemington it could reach 500 horses stabled there.")
    assert "Flemington" in _mentions(real_nlp, text)


@pytest.mark.model
def test_a_peoples_word_alone_for_a_firm_named_in_full(real_nlp):
    text = ("American Airlines said on Monday it would cut 900 jobs. American blamed fuel prices, "
            "and travellers flying on American were told to expect delays.")
    assert "American" not in _mentions(real_nlp, text)


@pytest.mark.model
def test_a_peoples_word_before_a_noun_or_after_an_article_stays_a_demonym(real_nlp):
    text = ("American Airlines said on Monday it would cut 900 jobs. American and British troops "
            "left the base, and the American who led them spoke to reporters.")
    assert _mentions(real_nlp, text).count("American") == 2
    text = "Swiss Bank Corporation posted losses on Friday, and Swiss and foreign lenders said rates would rise."
    assert _mentions(real_nlp, text).count("Swiss") == 2  # the bank's name, embedded, and the people's
    # no firm of the word in the story: the people's word alone is left as it was
    text = "Both American and Canadian officials met in Ottawa. American officials said little."
    assert _mentions(real_nlp, text).count("American") == 2


def _blank(words: list[str], ents: list[tuple[int, int, str]]):
    import spacy
    from spacy.tokens import Doc, Span

    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in ents]
    return doc


@pytest.mark.parametrize("words,cued", [
    ("Horses stabled at Tovik were tested .", True),
    ("Shelters in Tovik were full .", True),
    ("Officials met near Tovik on Monday .", True),
    ("The Tovik area flooded .", True),
    ("The keeper saved well from Tovik late on .", False),
    ("It adds to the weight of the Tovik tragedy .", False),
    ("Back to Tovik ! She sang .", False),
])
def test_plain_cues_of_place_around_a_persons_name(words, cued):
    from sitroom.components.place_name_cues import cued_as_place

    tokens = words.split()
    at = tokens.index("Tovik")
    assert cued_as_place(_blank(tokens, [(at, at + 1, "PERSON")]), "Tovik") is cued




@pytest.mark.model
def test_the_town_of_a_name_says_place_though_a_person_bears_it(real_nlp):
    # a kind of place before the name ("the town of X", "the county of X") is a plain word of
    # place: a story that also names a person (or a group the model takes for one) by it keeps
    # the town; "the X family" is no such word
    from sitroom.components.place_name_cues import cued_as_place

    doc = real_nlp("Militants raided a school in the town of Gwoza in the night.")
    assert cued_as_place(doc, "Gwoza")
    doc = real_nlp("Police said the Gwoza family had left for the coast.")
    assert not cued_as_place(doc, "Gwoza")

"""People an analyst can trust (issue 11, turn 9b): a name of two or more words that the gazetteer
knows as a town or a region, in a place's context ("reach Tal Afar and Mosul", "at Mosul and Tal
Afar"), is a place, not a person; a name introduced as a person's stays one; a character of a film
or a show ("plays director Roger DeBris", "Den, played by Leslie Grantham") is no person (own short sentences,
full pipeline)."""

from __future__ import annotations

import pytest

from people_support import people_mentions as _mentions

model = pytest.mark.model  # these read the full pipeline with the trained model


@model
def test_a_place_name_in_a_place_context_is_no_person(real_nlp):
    text = "All exports from Turkey to Iraq would reach Tal Afar and Mosul via the new gate."
    assert "Tal Afar" not in _mentions(real_nlp, text)
    text = "Turkish troops intervened at Mosul and Tal Afar on the pretext of protecting Turkmens."
    assert "Tal Afar" not in _mentions(real_nlp, text)
    # "Tom Price" is also a town's name: a title before it says a person; a place after a comma
    # opens an apposition, not a list of places
    mentions = _mentions(real_nlp, "Health Secretary Tom Price resigned on Friday, and Iran protested.")
    assert "Tom Price" in mentions
    mentions = _mentions(real_nlp, "In a statement to the UN Security Council, Zhang Jun, China's permanent UN "
                                   "representative, urged restraint.")
    assert "Zhang Jun" in mentions


@model
def test_a_character_of_a_film_or_a_show_is_no_person(real_nlp):
    text = ("Conleth Hill won best supporting actor at the theatre awards. Hill plays director Roger DeBris "
            "in the musical, which opened in London.")
    mentions = _mentions(real_nlp, text)
    assert "Roger DeBris" not in mentions and "Conleth Hill" in mentions
    mentions = _mentions(real_nlp, "More than 30 million tuned in to see Den, played by Leslie Grantham, "
                                   "hand divorce papers to his wife.")
    assert "Den" not in mentions and "Leslie Grantham" in mentions
    # "plays Cheadle's wife": the character is the wife, Cheadle the actor
    mentions = _mentions(real_nlp, "The film earned best actor nominations for Don Cheadle. Sophie Okonedo, who "
                                   "plays Cheadle's wife Tatiana, is nominated too.")
    assert "Don Cheadle" in mentions
    # in a sports story "play" names an opponent, a person
    # "part of" a real person's occasion says no character
    mentions = _mentions(real_nlp, "Jonah Lomu, the film actor and rugby star, said he was proud to be part of "
                                   "Martin Johnson's farewell at the theatre.")
    assert "Martin Johnson" in mentions
    mentions = _mentions(real_nlp, "Andy Roddick will play Cyril Saulnier in the final of the tennis tournament "
                                   "on Sunday after the American beat Tommy Haas in the semi-final, 6-4 6-2.")
    assert "Cyril Saulnier" in mentions

"""People an analyst can trust (issue 11, ppl37): a list's punctuation the NER ran into a person's
name (team sheets, credits) is no part of it: a comma ends the name ("Tom Baker, Adele"), so does a
bracket opened and never closed in it (a player's club: "R Hollis (Bath"). Controls: "Jr." after
a comma, a bracket closed in the name, a list of causes. The NER glues these on real team sheets
only, so the name the tagger gave is built by hand. Own sentences, names changed."""

from __future__ import annotations


def _name(words: list[str], ents: list[str]) -> str:
    import spacy
    from spacy.tokens import Doc

    from sitroom.resolve.actor_data import load_titles
    from sitroom.resolve.people import clean_name

    pos = ["PUNCT" if w in {",", "(", ")", ":", "."} else "PROPN" for w in words]
    tags = ["," if w == "," else ":" if w == ":" else "-LRB-" if w == "(" else "-RRB-" if w == ")"
            else "." if w == "." else "NNP" for w in words]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, tags=tags, ents=ents)
    return clean_name(doc.ents[0], load_titles())[0].text


def test_a_club_in_an_unclosed_bracket_is_no_part_of_the_name():
    words = ["S", "Ware", "(", "Bath", ")", ",", "R", "Hollis", "(", "Bath", ")", "."]
    ents = ["O"] * 6 + ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"]
    assert _name(words, ents) == "R Hollis"


def test_a_list_comma_ends_the_name():
    words = ["like", "Tom", "Baker", ",", "Adele", "and", "Fowler"]
    ents = ["O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"]
    assert _name(words, ents) == "Tom Baker"


def test_a_suffix_after_a_comma_and_a_closed_bracket_stay():
    # controls: "Jr." after a comma is part of the name; a bracket closed in the name is left alone
    words = ["Mayor", "Carl", "Denton", ",", "Jr.", "said"]
    ents = ["O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O"]
    assert _name(words, ents) == "Carl Denton , Jr."
    words = ["saxophonist", "David", "(", "Fathead", ")", "Newman", "played"]
    ents = ["O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O"]
    assert _name(words, ents) == "David ( Fathead ) Newman"
    # control: a list of causes opens with no given name or initial; nothing is cut
    words = ["on", "crime", ",", "Border", "Fence", ",", "Veterans", "and", "more"]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"]
    assert _name(words, ents) == "Border Fence , Veterans"

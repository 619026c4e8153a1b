"""Places, turn 35 (helper plname35, issue 11): names the document writes as a work's title, a
periodical's name or a lower-case description are no places (place_titles.py).

A town's name in quotation marks after a noun of a work ("the ballad “X,”", "the television show
“X”", a chip "codenamed “X”") is the work's, and so is every other quotation of it in the
document; the bare name stays the town. A lower-case gazetteer word ("the metro area", "the
south coast of ...") is a description unless it lies in a country the document's capitalised
places lie in. A periodical's noun after a bare name is the paper's name; after an article or
before the paper's own name the place stays. Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_mentions

model = pytest.mark.model


def _words(nlp, text: str) -> list[tuple[int, str]]:
    return [(start, words) for start, words, _use, _cc, _name in place_mentions(nlp, text)]


@model
def test_quoted_song_title_is_no_place_but_the_bare_town_is(real_nlp):
    text = ("The singer grew up near Aberdeen. Years later she wrote the ballad “Aberdeen,” about "
            "leaving home. When you listen to “Aberdeen,” the sea is in every line. She worried about "
            "singing a song like “Aberdeen,” live. Her tour ends in Aberdeen on Friday.")
    found = _words(real_nlp, text)
    assert [w for _s, w in found] == ["Aberdeen", "Aberdeen"]
    assert [s for s, _w in found] == [text.index("Aberdeen"), text.rindex("Aberdeen")]


@model
def test_quoted_show_title_is_no_place(real_nlp):
    text = ("The band recorded the album in Memphis. Fans of the television show “Memphis,” will know "
            "the theme. The show “Memphis” ran for five seasons.")
    found = _words(real_nlp, text)
    assert found == [(text.index("Memphis"), "Memphis")]


@model
def test_code_name_in_quotes_is_no_place(real_nlp):
    text = 'The firm has a laptop chip codenamed "Fresno" under development, analysts in Texas said.'
    assert [w for _s, w in _words(real_nlp, text)] == ["Texas"]


@model
@pytest.mark.parametrize("text, kept", [
    ("Rescue crews reached the flooded parts of the metro area on Tuesday, officials in Houston said.",
     ["Houston"]),
    ("The only metro area where prices dropped over the year was Phoenix, the index showed.", ["Phoenix"]),
    ("Trawlers found fishing along the south coast of Labrador will be impounded, Ottawa said.", ["Ottawa"]),
    ("The survey ship mapped the waters along Ireland's west coast near Galway.", ["Ireland", "Galway"]),
])
def test_lower_case_description_is_no_place(real_nlp, text, kept):
    assert [w for _s, w in _words(real_nlp, text)] == kept


@model
@pytest.mark.parametrize("text, word", [
    ("A reporter for a Boston newspaper asked about the budget.", "Boston"),
    ("The phone was named best gadget by UK magazine Gadgetworld on Monday.", "UK"),
    ("The readers of the Jakarta Globe newspaper voted for him.", "Jakarta"),
    ("Protesters gathered in Glasgow on Saturday and marched to the square.", "Glasgow"),
    ("A U.S. newspaper has praised the trade deal between the two countries.", "U.S."),
    ("A Midland, Michigan, USA newspaper office was closed for a day.", "USA"),
])
def test_places_around_periodicals_and_plain_towns_stay(real_nlp, text, word):
    assert word in [w for _s, w in _words(real_nlp, text)]


@model
@pytest.mark.parametrize("text, word, paper", [
    ("Tempo magazine said on Sunday that the minister would resign.", "Tempo", True),
    ('He told al-Medina newspaper, "Oil prices will stay where they are."', "Medina", True),
    ("A reporter for a Boston newspaper asked about the budget.", "Boston", False),
    ("The phone was named best gadget by UK magazine Gadgetworld on Monday.", "UK", False),
    ("The readers of the Jakarta Globe newspaper voted for him.", "Globe", False),
])
def test_a_bare_name_before_a_periodicals_noun_is_the_papers(real_nlp, text, word, paper):
    from sitroom.components.place_titles import _press_name

    doc = real_nlp(text)
    at = next(t.i for t in doc if t.text == word)
    assert _press_name(doc[at : at + 1]) is paper


@model
def test_a_word_of_office_the_document_writes_as_one_is_no_town(real_nlp):
    text = ("Diplomats expect the Sultan of Oman to carry a message from Washington. The visit of the "
            "Sultan to Tehran starts on Sunday.")
    found = [w for _s, w in _words(real_nlp, text)]
    assert "Sultan" not in found and "Tehran" in found

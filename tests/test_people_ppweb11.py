"""People on real web pages (turn 24, ppweb11): streets, firms and glued titles read as persons.

- "down Judge Perez Drive": a street named after a titled person is the street's name when a word
  of place stands before the title the NER left out of the name.
- "Sen Dan Inouye, D-Hawaii": "Sen." written without its full stop before a given name is his
  title, not his given name ("Amartya Sen", "Hun Sen" keep theirs).
- "by Peter Koros Design", "Balmond Studio": a design firm or a studio named after its founder.
- One label per name: where the document's mentions of a name tie between the NER's "person" and a
  place that the words around one mention set ("built with Ray Brook prison in mind"), the place
  wins, unless the name's last word stands alone elsewhere (a surname: "Epstein was 66").
Own sentences."""

from __future__ import annotations

import pytest
from people_support import people_mentions as persons

model = pytest.mark.model


@model
@pytest.mark.parametrize("text,name", [
    ("Floodwater rose so fast that boats were rowed down Judge Marquez Drive by noon.", "Marquez Drive"),
    ("Water pooled on Sheriff Duval Drive after the levee broke.", "Duval Drive"),
    ("The pavilion was designed by Maria Kovacs Design for the summer fair.", "Maria Kovacs Design"),
    ("Hallerman Studio (Denmark) returns to the fair with a new light sculpture.", "Hallerman Studio"),
])
def test_a_street_or_a_firm_named_after_someone_is_no_person(real_nlp, text, name):
    assert name not in persons(real_nlp, text)


@model
@pytest.mark.parametrize("text,name", [
    ("Sen Walter Brandt, R-Idaho, said the bill would not pass. Brandt voted against it.", "Walter Brandt"),
    ("Sen Karen Holt, D-Vt., said she would vote for the measure.", "Karen Holt"),
])
def test_a_bare_title_abbreviation_is_no_part_of_the_name(real_nlp, text, name):
    found = persons(real_nlp, text)
    assert name in found
    assert not any(n.startswith(("Sen ", "Rep ")) for n in found)


@model
@pytest.mark.parametrize("text,name", [
    ("The economist Amartya Sen spoke at the forum on Monday.", "Amartya Sen"),
    ("Judge Marquez said the road had been closed since dawn.", "Marquez"),
    ("Diane Foley starred in the film, which opened on Friday.", "Diane Foley"),
    ("Anne Hathaway starred with designer Lisa Studio in the show.", "Anne Hathaway"),
])
def test_people_named_near_those_words_stay(real_nlp, text, name):
    assert name in persons(real_nlp, text)


@model
def test_a_label_set_by_the_context_wins_a_tie(real_nlp):
    text = ("Kent Hollow, set in the hills north of the lake, has a quiet yard. The town was rebuilt "
            "with the Kent Hollow prison in mind.")
    assert "Kent Hollow" not in persons(real_nlp, text)


@model
def test_a_surname_named_alone_keeps_the_person_on_a_tie(real_nlp):
    text = ("Martin Kessler was found dead in his cell. The Martin Kessler jail death drew questions. "
            "Kessler was 66.")
    assert "Martin Kessler" in persons(real_nlp, text)

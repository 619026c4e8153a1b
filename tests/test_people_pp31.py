"""People an analyst can trust (issue 11, pp31): a work named like a person.

A name followed by a film's credit and another person's full name ("Harbour Lights, directed by Nora
Quill", "Whitcombe starring Ivo Brandt") or headed by a lower-case work noun ("the biopic Dunmore",
"the film Whitcombe") is the work, at every mention of the name; "starring in" keeps the star a
person, a work noun the name does not hang on leaves it one ("When the play ended Anna Price ..."),
and a person's cue at any mention keeps the name.
Own sentences, names made up."""

from __future__ import annotations

import pytest

from people_support import people_mentions

model = pytest.mark.model


@model
def test_a_title_before_a_directing_credit_is_the_film(real_nlp):
    text = ("The actress made her screen debut in 1971 in Harold Finch, directed by Nora Quill. "
            "She later worked mostly on stage.")
    found = people_mentions(real_nlp, text)
    assert "Nora Quill" in found
    assert "Harold Finch" not in found


@model
def test_a_title_before_starring_is_the_film(real_nlp):
    text = ("Critics also expect prizes for Peter Harding, starring Michael Grant as a retired detective, "
            "and for two animated features.")
    found = people_mentions(real_nlp, text)
    assert "Michael Grant" in found
    assert "Peter Harding" not in found


@model
def test_a_name_headed_by_a_work_noun_is_the_work(real_nlp):
    text = ("The nominated films include the courtroom drama Sealed Verdict and the biopic Walter Dunmore, "
            "about the miner turned union leader.")
    found = people_mentions(real_nlp, text)
    assert not any("Dunmore" in name for name in found)


@model
def test_a_star_starring_in_a_film_stays_a_person(real_nlp):
    text = "Sarah Collins, starring in a new thriller, said on Monday she would return to television."
    assert "Sarah Collins" in people_mentions(real_nlp, text)


@model
def test_a_work_noun_the_name_does_not_hang_on_leaves_it_a_person(real_nlp):
    text = "When the play ended Anna Price thanked the cast and crew."
    assert "Anna Price" in people_mentions(real_nlp, text)


@model
def test_a_directed_by_after_a_person_with_a_role_keeps_him(real_nlp):
    text = ("Senator Hugh Brennan, directed by party leader Joan Pike to lead the talks, met the "
            "union on Friday. Brennan said the meeting went well.")
    found = people_mentions(real_nlp, text)
    assert "Hugh Brennan" in found and "Joan Pike" in found


def _span(nlp, text: str, name: str):
    doc = nlp(text)
    start = doc.text.index(name)
    return doc.char_span(start, start + len(name), label="PERSON")


@model
def test_a_natural_features_name_is_no_person(real_nlp):
    from sitroom.resolve.person_features import feature_cue

    assert feature_cue(_span(real_nlp, "Birds have come back to the shrinking Copper Lake in the north.", "Copper Lake"))
    assert feature_cue(_span(real_nlp, "Climbers reached the top of Mount Halvar on Sunday.", "Mount Halvar"))
    assert feature_cue(_span(real_nlp, "Villages along the Brenner Mountains lost power.", "Brenner Mountains"))


@model
def test_a_persons_name_ending_in_a_features_word_stays_a_person(real_nlp):
    from sitroom.resolve.person_features import feature_cue

    assert not feature_cue(_span(real_nlp, "Radio host Dora Lake spoke at the rally on Monday.", "Dora Lake"))
    assert not feature_cue(_span(real_nlp, "Donors gave to the Petra Bay campaign last year.", "Petra Bay"))
    assert not feature_cue(_span(real_nlp, "The actor River Holm arrived late.", "River Holm"))
    found = people_mentions(real_nlp, "Radio host Dora Lake, who is running for governor, spoke at the rally.")
    assert "Dora Lake" in found


def _cut(nlp, text: str, name: str) -> set[str]:
    """The persons ``surnames_left_out`` makes once the person entity is cut to ``name``."""
    from sitroom.components.actor_given import surnames_left_out
    from sitroom.resolve.actor_data import load_titles

    doc = nlp(text)
    start = doc.text.index(name)
    span = doc.char_span(start, start + len(name), label="PERSON")
    ents = sorted([e for e in doc.ents if e.end <= span.start or e.start > span.end] + [span], key=lambda e: e.start)
    return {e.text for e in surnames_left_out(doc, ents, {}, load_titles())}


CAPS = ('Stocks slipped after the vote. "It makes a deal less likely," one analyst wrote. '
        'R. GEORGE HALVORSEN, CHIEF STRATEGIST, NORTHBRIDGE PARTNERS, BOSTON: "We see a slow start."')


@model
def test_a_capitals_surname_cut_off_after_initials_and_given_names_joins(real_nlp):
    assert "R. GEORGE HALVORSEN" in _cut(real_nlp, CAPS, "R. GEORGE")


@model
def test_a_whole_capitals_name_gains_no_title_or_firm(real_nlp):
    found = _cut(real_nlp, CAPS, "R. GEORGE HALVORSEN")
    assert "R. GEORGE HALVORSEN" in found and not any("CHIEF" in n for n in found)
    found = _cut(real_nlp, CAPS.replace("HALVORSEN, CHIEF STRATEGIST", "HALVORSEN STRATEGIST,"), "R. GEORGE HALVORSEN")
    assert "R. GEORGE HALVORSEN" in found  # a full name ("HALVORSEN" is no given name) takes no more

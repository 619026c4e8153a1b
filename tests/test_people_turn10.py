"""People an analyst can trust (turn 10): an office not held yet keeps its "-elect"; a description
("expert") is no role; an office its holder had left by the publication date is a former one; a
street or a building named after someone, a company named like a person and a relative sharing a
surname are no mention of the person (own short sentences, full pipeline)."""

from __future__ import annotations

import pytest

from sitroom.resolve.person_terms import dated_role

from people_support import people_roles as _people, people_mentions as _mentions

model = pytest.mark.model  # these read the full pipeline with the trained model


def _dated_people(nlp, text: str, published: str | None) -> dict[str, str | None]:
    """Each person -> role, for a document published on ``published``."""
    doc = nlp.make_doc(text)
    doc._.published = published
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return {s._.actor.name: s._.actor.role for s in doc.spans["actors"] if s._.actor.kind == "person"}


@model
def test_an_office_not_held_yet_keeps_elect(real_nlp):
    people = _people(real_nlp, "Kamala Harris, the vice president-elect, met with advisers on Monday.")
    assert people.get("Kamala Harris") == "vice president-elect"
    people = _people(real_nlp, "Virginia Governor-elect Ralph Northam said on Tuesday he would expand Medicaid.")
    assert (people.get("Ralph Northam") or "").endswith("Governor-elect")


@model
def test_an_expert_is_no_office(real_nlp):
    people = _people(real_nlp, "Democrats need to win by 10 points, according to Michael Li, a redistricting "
                               "expert at New York University.")
    assert not people.get("Michael Li")


@model
def test_an_office_left_before_publication_is_former(real_nlp):
    text = "President Barack Obama appointed Cordray, a Democrat, as the agency's first director."
    assert _dated_people(real_nlp, text, "2017-11-20").get("Barack Obama") == "former President"
    assert _dated_people(real_nlp, text, "2012-01-10").get("Barack Obama") == "President"
    assert _dated_people(real_nlp, text, None).get("Barack Obama") == "President"
    text = "Vice President Joe Biden met Russian President Vladimir Putin in Moscow."
    people = _dated_people(real_nlp, text, "2018-03-01")
    assert people.get("Joe Biden") == "former Vice President" and people.get("Vladimir Putin") == "President"


def test_terms_of_an_office():
    assert dated_role("Donald Trump", "President", "2022-06-01") == "former President"
    assert dated_role("Donald Trump", "President", "2025-06-01") == "President"  # a second term
    assert dated_role("Barack Obama", "Democratic President", "2017-03-01") == "former Democratic President"
    assert dated_role("Barack Obama", "former President", "2017-03-01") == "former President"
    assert dated_role("Joe Biden", "Vice President", "2012-03-01") == "Vice President"
    assert dated_role("Joe Biden", "President", "2008-03-01") == "President"  # not in office yet: as the text says
    assert dated_role("Someone Else", "President", "2022-06-01") == "President"
    assert dated_role("Theresa May", "Deputy Prime Minister", "2022-06-01") == "Deputy Prime Minister"


@model
def test_a_street_named_after_someone_is_no_person(real_nlp):
    mentions = _mentions(real_nlp, "Protesters gathered on Ben Yehuda Street in Jerusalem, then marched to "
                                   "Jaffa Road.")
    assert not mentions


@model
def test_a_company_named_like_a_person_is_no_person(real_nlp):
    mentions = _mentions(real_nlp, "Companies such as Adam Opel and Aston Martin have cut jobs this year. "
                                   "Aston Martin said it would hire again.")
    assert "Aston Martin" not in mentions and "Adam Opel" not in mentions
    mentions = _mentions(real_nlp, "The crude producer Yukos said it would appeal. Yukos has been battling "
                                   "the Russian state.")
    assert "Yukos" not in mentions
    # the designer named at one mention keeps every mention of the name
    mentions = _mentions(real_nlp, "Sales at Ralph Lauren fell 5 percent, Ralph Lauren said on Tuesday. "
                                   "Designer Ralph Lauren was not available.")
    assert len(mentions.get("Ralph Lauren", [])) == 3


@model
def test_a_relative_named_by_the_surname_is_not_the_person(real_nlp):
    mentions = _mentions(real_nlp, "Her father, Murray, is a former Australian diplomat. Andrew Murray won the "
                                   "match. Murray said he was tired.")
    assert mentions.get("Andrew Murray") == ["Andrew Murray", "Murray"]
    mentions = _mentions(real_nlp, "Author Germaine Greer told the court on Monday that Nielsen feared for her "
                                   "children, Greer said.")
    assert mentions.get("Germaine Greer") == ["Germaine Greer", "Greer"]


@model
def test_a_courtesy_title_alone_is_no_person(real_nlp):
    mentions = _mentions(real_nlp, "The government refused to back Lord Dubs' Succession to the Crown Bill. The "
                                   "changes proposed by Lord Dubs were complex, said opponents of the bill, "
                                   "including Tory Lord Campbell of Alloway.")
    assert not {"Lord", "Tory Lord"} & set(mentions)
    assert "Dubs" in mentions

"""People an analyst can trust (issue 11, ppl25): a diplomat's country is the country that sends
him, not the place or matter he is sent to. A place named after "for" ("special envoy for
Yemen") or between the sender's possessive and the role ("Moscow's U.S. ambassador", "the
Kremlin leader's Libya envoy") is his posting. Own sentences."""

from __future__ import annotations

import pytest

model = pytest.mark.model


def people_countries(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {s._.actor.name: s._.actor.country for s in doc.spans["actors"] if s._.actor.kind == "person"}


@model
def test_the_remit_after_for_is_no_country(real_nlp):
    people = people_countries(real_nlp, "Boris Ivanenko, Prime Minister Mishustin's special envoy for Libya, "
                                        "arrived in Cairo on Monday.")
    assert people.get("Boris Ivanenko") != "LBY", people
    people = people_countries(real_nlp, "The special representative of the president for Yemen, Ahmad Karimi "
                                        "Tabar, said talks would resume.")
    assert people.get("Ahmad Karimi Tabar") != "YEM", people


@model
def test_a_place_between_the_possessive_and_the_role_is_the_posting(real_nlp):
    people = people_countries(real_nlp, "Peskov confirmed that the Kremlin leader's Libya envoy Oleg Sadovsky "
                                        "would travel to Benghazi.")
    assert people.get("Oleg Sadovsky") != "LBY", people
    people = people_countries(real_nlp, "Washington said the senator had met Igor Valentov, Moscow's U.S. "
                                        "ambassador, twice in June.")
    assert people.get("Igor Valentov") != "USA", people
    people = people_countries(real_nlp, "Oleg Sadovsky, Russian President Ivan Petrov's Libya envoy, said the "
                                        "talks would go on.")
    assert people.get("Oleg Sadovsky") != "LBY", people


@model
def test_the_sender_stays(real_nlp):
    # controls: the country owning the office, or named before it alone, is the diplomat's
    people = people_countries(real_nlp, "Reza Farahani, Iran's special envoy for Yemen, met officials in Muscat.")
    assert people.get("Reza Farahani") == "IRN", people
    people = people_countries(real_nlp, "Talks in Doha were attended by U.S. envoy Daniel Harlow on Sunday.")
    assert people.get("Daniel Harlow") == "USA", people
    people = people_countries(real_nlp, "Nadia Koval, Ukraine's ambassador to Canada, said aid would grow.")
    assert people.get("Nadia Koval") == "UKR", people
    people = people_countries(real_nlp, "Mikhail Bogatov, the special envoy of the president of Russia for Syria, "
                                        "arrived in Damascus.")
    assert people.get("Mikhail Bogatov") == "RUS", people

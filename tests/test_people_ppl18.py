"""People an analyst can trust (issue 11, ppl18): "Iran's special envoy for Afghanistan" is
Iran's, not Afghanistan's. Own sentences."""

from __future__ import annotations

import pytest

model = pytest.mark.model


def _countries(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {s._.actor.name: s._.actor.country for s in doc.spans["actors"] if s._.actor.kind == "person"}


@model
def test_an_envoy_for_a_country_is_the_owners(real_nlp):
    found = _countries(real_nlp, "Mahmoud Rezaei Tabar, Iran's special envoy for Iraq, met officials in "
                                 "Baghdad on Sunday.")
    assert found.get("Mahmoud Rezaei Tabar") == "IRN"
    # control: with no owner before the office, the country in its phrase is all the text says
    found = _countries(real_nlp, "Yusuf Demir, the minister for foreign affairs of Turkey, arrived in Rome on Monday.")
    assert found.get("Yusuf Demir") == "TUR"


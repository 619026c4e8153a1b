"""People (issue 11): an office spelt apart from "elect" ("President Elect X") is not held yet:
the role is the office-elect, never the office, and "Elect" is no given name. Own sentences."""

from __future__ import annotations

import pytest

from people_support import people_roles

pytestmark = pytest.mark.model


def test_an_office_elect_spelt_apart_is_no_office_held(real_nlp):
    roles = people_roles(real_nlp, "\"We were glad to see the interest in President Elect Hallam's "
                                   "plans for the port,\" the mayor said.")
    assert "Elect Hallam" not in roles
    assert roles.get("Hallam") == "President Elect"


def test_an_office_elect_before_a_full_name(real_nlp):
    roles = people_roles(real_nlp, "Officials said President Elect Donald Hallam will travel to Ohio on Friday.")
    assert roles == {"Donald Hallam": "President Elect"}


def test_the_hyphenated_form_and_a_held_office_stay_as_they_were(real_nlp):
    assert people_roles(real_nlp, "Governor-elect Ralph Northam met lawmakers in Richmond on Monday.") \
        == {"Ralph Northam": "Governor-elect"}
    assert people_roles(real_nlp, "President Donald Hallam met lawmakers in Richmond on Monday.") \
        == {"Donald Hallam": "President"}

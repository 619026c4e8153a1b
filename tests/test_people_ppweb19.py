"""ppweb19: a firm's or a work's noun right before a name makes it no one's name.

"auditors Grant Thornton", "accountants Guy Barbier", "brokerage James Capel" (firms named after their
founders) and "industry newsletter Real Trends": the nouns were missing from ``titles.yaml``
(``company_before_words``: a firm; ``thing_before_words``: a work). A singular role noun ("auditor X",
"broker X") still introduces a person. Sentences written for the test; controls keep the people.
"""

from __future__ import annotations

import pytest
from people_support import people_roles as roles

model = pytest.mark.model


@model
@pytest.mark.parametrize("text,name", [
    ("Regulators have also questioned auditors Marden Pellowe over the accounts.", "Marden Pellowe"),
    ("The ministry said accountants Tomas Verrault had been chosen to audit the bank.", "Tomas Verrault"),
    ("Prices will fall further, said an analyst at brokerage Harlan Quist in Tokyo.", "Harlan Quist"),
    ("Fees averaged 5% last year, according to industry newsletter Kiplinger Marsh.", "Kiplinger Marsh"),
])
def test_a_firm_or_work_noun_before_the_name_makes_it_no_person(real_nlp, text, name):
    assert name not in roles(real_nlp, text)


@model
@pytest.mark.parametrize("text,name", [
    ("State auditor Marden Pellowe said the accounts were in order.", "Marden Pellowe"),
    ("The accountant Tomas Verrault told the court he had seen the ledgers.", "Tomas Verrault"),
    ("Bombay broker Harlan Quist said selling pressure would grow.", "Harlan Quist"),
    ("The newsletter's editor, Dana Marlowe, said rates would fall.", "Dana Marlowe"),
    ("Singer Marco Vellani hit the charts again with a new single.", "Marco Vellani"),
])
def test_the_same_words_around_a_person_keep_the_person(real_nlp, text, name):
    assert name in roles(real_nlp, text)

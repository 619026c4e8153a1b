"""People (ppl38b, turn 38).

- "Miss" before a surname is a courtesy title like "Mrs" and "Ms": the name joins the full name met in
  the story ("Nora Vell ... Miss Vell" is one person, Nora Vell), and stays alone, with her title,
  when none is."""

from __future__ import annotations

import pytest

from people_support import people_mentions

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, full, mention", [
    ("Singer Nora Vell cancelled her tour on Monday. Miss Vell said her voice needed rest.", "Nora Vell",
     "Vell"),
    ("Actress Lydia Brannock won the prize in Rome. A friend said Miss Brannock had flown home at once.",
     "Lydia Brannock", "Brannock"),
])
def test_miss_before_a_surname_joins_the_full_name(real_nlp, text, full, mention):
    people = people_mentions(real_nlp, text)
    assert mention in people[full]
    assert not any(name.startswith("Miss") for name in people)

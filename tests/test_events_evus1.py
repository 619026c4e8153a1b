"""A subject pronoun is never a party its own verb names in full, turn 26 (model-marked: real
parses). The sentences are written for these tests, not taken from any corpus or gold file.

"He said he had urged Erdogan to withdraw": the second "he" is not Erdogan, even when Erdogan is
the nearest earlier subject; the act then has no doer rather than a wrong one. A name in a clause
of its own ("he said Erdogan would go") or a pronoun whose verb names someone else keeps the
nearest subject as before.
"""

from __future__ import annotations

import pytest
from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2017-12-01"


def _with(events, word):
    return [e for e in events if word in e.trigger.text]


@pytest.mark.parametrize("text, word, name", [
    ("Erdogan spoke to reporters on Friday. He said he had urged Erdogan to withdraw.", "urged", "erdogan"),
    ("Mueller visited Congress on Monday. Later he met Mueller in Washington.", "met", "mueller"),
    ("Merkel spoke in Berlin on Tuesday. She said she had criticized Merkel over the budget.",
     "criticized", "merkel"),
])
def test_a_pronoun_is_not_the_name_its_own_verb_takes(real_nlp, text, word, name):
    events = dated_events(real_nlp, text, PUB)
    assert all(not any(name in a.lower() for a in e.actors) for e in _with(events, word)), listed(events)


@pytest.mark.parametrize("text, word, name", [
    ("Mueller visited Congress on Monday. Later he met Trump in Washington.", "met", "mueller"),
    ("Putin spoke to reporters on Friday. He said he had urged Erdogan to withdraw.", "urged", "putin"),
    ("Erdogan met Putin in Ankara on Friday.", "met", "erdogan"),
])
def test_a_pronoun_whose_verb_names_another_keeps_its_referent(real_nlp, text, word, name):
    found = _with(dated_events(real_nlp, text, PUB), word)
    assert found and any(name in a.lower() for e in found for a in e.actors), listed(found)

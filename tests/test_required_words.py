"""required_words: the time expressions skip only the stretches where a pattern cannot match, so
they find exactly the candidates of a search of every pattern everywhere."""

from __future__ import annotations

import gzip
import json
import re
from itertools import islice

import pytest
from conftest import need_shared

from sitroom.resolve import timex_grammar
from sitroom.resolve.required_words import required_words


@pytest.mark.parametrize("source, flags, words", [
    (r"(?:\d+\s+)?(?P<unit>days?|weeks?)\s+(?P<dir>ago)", 0, ("ago",)),
    (r"(?P<unit>day|week)s?\s+(?P<dir>later|earlier)", 0, ("later", "earlier")),  # fewest, then longest
    (r"[Tt]he\s+weekend", 0, ("weekend",)),
    (r"(?:long)?\d+", 0, None),  # under an optional repeat: not required
    (r"(?i:ago)\s+\d", 0, None),  # case ignored: not used
    (r"ago\d", re.IGNORECASE, None),
    (r"(?<=ago)\d", 0, None),  # inside a look-behind: not part of the match
])
def test_required_words_are_what_every_match_holds(source, flags, words):
    assert required_words(re.compile(source, flags)) == words


def _every_pattern_everywhere(text: str) -> list[timex_grammar.Candidate]:
    """The search before required words: every pattern in every window."""
    out = []
    for lo, hi in timex_grammar._windows(text):
        for kind, rx in timex_grammar._patterns():
            for m in rx.finditer(text, lo, hi):
                if m.end() > m.start():
                    parts = {k: v for k, v in m.groupdict().items() if v is not None}
                    start = m.end("lead") if "lead" in parts else m.start()
                    out.append(timex_grammar.Candidate(start, m.end(), kind, parts))
    return out


def test_time_expressions_found_are_those_of_every_pattern_searched_everywhere():
    texts = ["It happened two days ago, and three weeks later the weekend of March 3, 2021 came; "
             "a month-long strike in the 1990s, the third quarter of 2020, next Monday morning."]
    for parts in (("bbc_fulltext_2004_2005", "bbc_fulltext.jsonl"), ("reuters21578", "reuters21578.jsonl.gz")):
        path = need_shared("corpus", "news_text", *parts)
        with (gzip.open if path.suffix == ".gz" else open)(path, "rt", encoding="utf-8") as fh:
            texts += [t for t in islice((json.loads(line).get("text") or "" for line in fh), 300) if t]
    found = 0
    for text in texts:
        expected = _every_pattern_everywhere(text)
        assert timex_grammar.find(text) == expected
        found += len(expected)
    assert found > 1000
    assert sum(words is not None for _, _, words in timex_grammar._needs()) >= 25

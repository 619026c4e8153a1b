"""The two example articles: header metadata, no footer, no Markdown, split paragraphs rejoined."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES

from sitroom.ingest import read
from sitroom.model import Article

SEEDS = {
    "000_3e1ded05b9e7478f.txt": (
        "NATO's Afghan draw-down stokes Kremlin's fears of clash with US", "2013-09-03",
        ["Kyrgyzstan, Uzbekistan and Tajikistan have supported", "are regarded by the Kremlin",
         "truce of 1997 between the Tajik", "The Kremlin will also provide $200 million",
         "receive $1 billion", "told the pro-Kremlin newspaper Vzglyad: “Our"],
        "As NATO forces prepare a draw-down",
        "warned in Vzglyad that there were currently no prospects of a stable border between Afghanistan and Tajikistan.",
    ),
    "001_e14ba20ab12d1b48.txt": (
        "Russia conducts military drills in Central Asia and China as US completes troop withdrawal from Afghanistan",
        "2021-08-01",
        ["between the two militaries, and further", "China supported the US involvement in Afghanistan",
         "from consolidating its position in Afghanistan", "journal Russia in Global Affairs, that",
         "Also writing for Russia in Global Affairs,"],
        "Against the backdrop of the US troop withdrawal",
        "implications for India's foreign policy strategy.",
    ),
}


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    return {a.source.rsplit("/", 1)[-1]: a for a in read([EXAMPLES])}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_metadata_and_text(seeds, name):
    title, published, fragments, start, end = SEEDS[name]
    art = seeds[name]
    assert (art.title, art.authors, art.published) == (title, ("Clara Weiss",), published)
    assert art.text.startswith(start) and art.text.endswith(end)
    for fragment in fragments:
        assert fragment in art.text
    for gone in ("\\$", "*", "To contact", "wsws.org", "Clara Weiss", "\n\n\n", "  "):
        assert gone not in art.text


def test_multi_paragraph_quote_is_not_joined(seeds):
    text = seeds["001_e14ba20ab12d1b48.txt"].text
    assert "—regional and not only.\n\n\"Much more important\" for Moscow" in text


def test_paragraphs_are_kept(seeds):
    assert seeds["000_3e1ded05b9e7478f.txt"].text.count("\n\n") == 20  # 21 paragraphs
    assert seeds["001_e14ba20ab12d1b48.txt"].text.count("\n\n") == 16  # 17 paragraphs

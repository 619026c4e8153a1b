"""Cleaning on made-up text: Markdown, boilerplate, split paragraphs, whitespace; properties."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sitroom.ingest.clean import clean, normalize, strip_markdown_inline


def test_markdown_escapes_and_emphasis_are_undone():
    text = clean(r"The fund got \$200 million from *Le Monde* and **Reuters**, said _The Times_ \*not\* bold.")
    assert text == "The fund got $200 million from Le Monde and Reuters, said The Times *not* bold."


def test_links_images_headings_and_rules():
    text = clean("## Background\n\nSee [the report](https://example.org/r?a=(1)) now. ![a map](map.png)\n\n---\n\nEnd.")
    assert text == "Background\n\nSee the report now.\n\nEnd."


def test_snake_case_and_arithmetic_survive():
    assert clean("Set max_bytes_limit to 5 * 3 here.") == "Set max_bytes_limit to 5 * 3 here."


def test_boilerplate_paragraphs_are_dropped():
    body = "Troops crossed the border on Monday, the ministry said."
    raw = "\n\n".join([body, "Share this article", "Subscribe to our newsletter for daily updates",
                      "Download PDF", "Read more: Ten facts about the border", "© 2021 Example News",
                      "We use cookies to improve your experience.", "https://example.org/story/1"])
    assert clean(raw) == body


def test_dangling_contact_lead_in_at_the_end_is_dropped():
    body = "The talks ended without an agreement."
    raw = f"{body}\n\n\n\nTo reach our newsroom and the\neditors, go to:\n\n**[example.org/contact](https://example.org/contact)**"
    assert clean(raw) == body


def test_body_prose_mentioning_boilerplate_words_is_kept():
    body = ("The minister said readers who subscribe to the state newsletter were told to share this "
            "information with neighbours, which critics called propaganda aimed at rural voters.")
    assert clean(body) == body


def test_paragraph_split_mid_sentence_is_rejoined():
    raw = ("The ministers of the three neighbouring republics met the envoy and\n\n"
           "Canada agreed to send aid.\n\n"
           "Both bases are regarded\n\nby the army as important.\n\n"
           "A new truce signed in 1997\n\nbetween the parties held.")
    assert clean(raw) == ("The ministers of the three neighbouring republics met the envoy and Canada agreed to send aid."
                          "\n\nBoth bases are regarded by the army as important."
                          "\n\nA new truce signed in 1997 between the parties held.")


def test_headings_lists_and_finished_quotes_are_not_joined():
    raw = ("Background\n\nthe first paragraph starts in lower case.\n\n"
           "He said, \"the reality is not a threat but an opportunity for partners and others.\n\n"
           "\"Much more important\" was the next step, he said.\n\n"
           "- first item of a list without a stop\n- second item")
    out = clean(raw).split("\n\n")
    assert out[0] == "Background"
    assert out[2].startswith('He said') and out[3].startswith('"Much more')
    assert out[4] == "- first item of a list without a stop\n- second item"


def test_wrapped_lines_and_hyphenation_are_joined():
    assert clean("The congressman was in satisfac-\ntory condition,\nthe doctor said.") == (
        "The congressman was in satisfactory condition, the doctor said.")


def test_lines_are_paragraphs_when_long_and_no_blank_lines():
    para = "This is a long line of article prose that goes on well past one hundred characters in total length, as news lines do."
    assert clean(f"{para}\n{para}") == f"{para}\n\n{para}"


def test_mojibake_and_whitespace():
    assert clean("Itâ€™s a cafÃ©\u00a0 in  Kabul\u200b. \r\n\r\n\r\n\r\nNext   paragraph.") == (
        "It’s a café in Kabul.\n\nNext paragraph.")


def test_normalize_keeps_line_breaks():
    assert normalize("a  b \n c\td") == "a b\nc d"


def test_inline_markdown_keeps_escaped_markers_literal():
    assert strip_markdown_inline(r"\[not a link\](x) and \_kept\_") == "[not a link](x) and _kept_"


_prose = st.text(
    alphabet=st.sampled_from(list("abcdefgh ABC.,:;!?\"'()[]*_#-\n\u00a0\u201c\u201d$0123456789")), max_size=400
)


@settings(max_examples=300, deadline=None)
@given(_prose)
def test_clean_is_idempotent_and_never_raises(text):
    once = clean(text)
    assert clean(once) == once
    assert "\n\n\n" not in once and once == once.strip()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_clean_never_raises_on_any_unicode(text):
    for markdown in (False, True):
        out = clean(text, markdown=markdown)
        assert isinstance(out, str) and "\x00" not in out


def test_captions_gallery_headings_credits_and_related_lines_are_dropped():
    body = "Rebels shelled the town on Sunday, killing four civilians, officials said."
    raw = "\n\n".join([body, "Media caption Residents flee the shelling in the town",
                      "Soldiers fire at rebel positions outside the town View Photos",
                      "With assistance by Anna Weber",
                      "Additional reporting by Paul Martin in Geneva; Editing by Tom Ames.",
                      "Related: Army launches offensive in the north"])
    assert clean(raw) == body


def test_prose_that_opens_like_a_credit_is_kept():
    body = "Reporting by the local newspaper showed that the army had shelled the town twice."
    assert clean(body) == body
    body = "Writing by candlelight, the soldiers described how the town was shelled."
    assert clean(body) == body


def test_a_list_of_short_lines_keeps_its_lines():
    """Headlines or links one per line are items, not a wrapped sentence: joined, they would read
    as one run-on sentence ("... tanker Russia invades Ukraine ...")."""
    body = "Troops crossed the border on Monday, the ministry said."
    text = clean(f"{body}\n\nIran attacks Saudi tanker\nRussia invades Ukraine\nChina threatens Taiwan")
    assert text == f"{body}\n\nIran attacks Saudi tanker\nRussia invades Ukraine\nChina threatens Taiwan"


def test_hard_wrapped_prose_is_still_joined():
    text = clean("The United States and major Latin\nAmerican nations agreed to set aside sharp differences\n"
                 "over control of the Inter-American Development Bank, officials said on Monday.")
    assert "\n" not in text


def test_a_related_stories_header_goes_with_its_links():
    body = "Troops crossed the border on Monday, the ministry said."
    after = "The ministry gave no figures for the troops involved."
    for links in ("Related Stories\nIran attacks Saudi tanker\nRussia invades Ukraine\nChina threatens Taiwan",
                  "Related Stories\n\nIran attacks Saudi tanker\n\nRussia invades Ukraine",
                  "Read more: Iran attacks Saudi tanker\n\nRussia invades Ukraine in pre-dawn raid"):
        assert clean(f"{body}\n\n{links}\n\n{after}") == f"{body}\n\n{after}", links


def test_prose_after_a_related_header_is_kept():
    body = "Troops crossed the border on Monday, the ministry said."
    assert clean(f"Related\n\n{body}") == body

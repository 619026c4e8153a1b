"""Lines that are no reported prose (headlines, links, captions, listings) code no event."""

from __future__ import annotations

import pytest
import spacy

from events_support import PROSE_BODY, prose_reports
from sitroom.components.event_prose import Layout, rules


def test_headlines_and_links_inside_a_body_report_nothing():
    text = PROSE_BODY + "\n\nIran attacks Saudi tanker\nChina threatens Taiwan"
    assert prose_reports(text, ["attacked", "assault", "attacks", "threatens"]) == {
        "attacked": True, "assault": True, "attacks": False, "threatens": False}


def test_a_caption_above_the_body_reports_nothing():
    text = "Soldiers detain a protester in Hebron (Reuters)\n\n" + PROSE_BODY
    assert prose_reports(text, ["detain", "attacked"]) == {"detain": False, "attacked": True}


@pytest.mark.parametrize("line", ["Monday: Iran and Russia hold talks in Geneva.",
                                  "Tuesday, March 3: NATO ministers meet in Brussels.",
                                  "Jan 15 - parliament votes on the sanctions bill.",
                                  "10:00 - the president meets the Iraqi prime minister."])
def test_event_listings_and_calendars_report_nothing(line):
    doc = spacy.blank("en")(PROSE_BODY + "\n\n" + line)
    lay = Layout(doc.text)
    last = doc[len(doc) - 3:len(doc) - 2]
    assert not lay.reports(last)


@pytest.mark.parametrize("line", ["May: the prime minister said she would resign.",
                                  "Mayor said: the talks failed.",
                                  "WASHINGTON (Reuters) - The Senate passed the bill on Monday."])
def test_names_and_datelines_are_no_listing_labels(line):
    assert not rules().listing.match(line)


def test_a_one_line_text_has_no_layout_to_read():
    assert prose_reports("Iran attacks Saudi tanker", ["attacks"]) == {"attacks": True}


def test_a_text_of_fragments_is_its_own_report():
    """An incident log of short lines has no other prose: its lines are the report."""
    text = "Man arrested after stabbing on Main Street\nPolice detain two suspects in Elm Park\nCar torched in Oak Road"
    assert prose_reports(text, ["arrested", "detain"]) == {"arrested": True, "detain": True}


def test_a_long_paragraph_without_final_punctuation_is_still_prose():
    para = ("The government said on Thursday it would continue to work with Senator Rubio as he "
            "seeks a further expansion of the child tax credit in the tax bill")
    assert prose_reports(PROSE_BODY + "\n\n" + para, ["work"]) == {"work": True}


def test_a_labelled_caption_reports_nothing_however_long():
    caption = ("CAP: Central Bank of Iran Governor Valiollah Seif and National Bank of Kazakhstan "
               "Governor Daniyar Akishev signing an agreement on mutual cooperation in Astana on "
               "December 22 (PHOTO: president.ir)")
    assert prose_reports(PROSE_BODY + "\n\n" + caption, ["signing", "attacked"]) == {"signing": False, "attacked": True}


def test_the_items_a_line_of_prose_leads_into_areprose_reports():
    """A press release's list of results reports acts; a related-stories list does not."""
    text = (PROSE_BODY + "\n\nIn the last 24 hours, coalition and Afghan forces:\n"
            "- Killed three insurgents in Helmand\n- Detained a Taliban leader in Kandahar\n\n"
            "Related Stories:\nIran attacks Saudi tanker")
    assert prose_reports(text, ["Killed", "Detained", "attacks"]) == {"Killed": True, "Detained": True,
                                                                  "attacks": False}
    text = PROSE_BODY + "\n\nThe ministry said its forces had:\n- killed three insurgents in Helmand"
    assert prose_reports(text, ["killed"]) == {"killed": True}


def test_the_fields_of_a_report_form_areprose_reports():
    text = (PROSE_BODY + "\n\nIncident: Armed robbery at a petrol station\n"
            "Summary: Officers arrested two men who assaulted the clerk")
    assert prose_reports(text, ["robbery", "arrested"]) == {"robbery": True, "arrested": True}


def test_a_sentence_that_places_people_in_a_picture_or_credits_one_is_a_caption():
    for caption in ("Central Bank of Iran Governor Valiollah Seif (L) and Kazakh Governor Daniyar Akishev "
                    "signing an agreement in Astana on December 22.",
                    "Iranian President Hassan Rouhani (2nd R) meets Russian President Vladimir Putin in "
                    "Moscow on March 28.",
                    "Troops patrol the border near Kandahar on Monday (PHOTO: president.ir)."):
        word = next(w for w in ("signing", "meets", "patrol") if w in caption)
        assert prose_reports(PROSE_BODY + "\n\n" + caption, [word, "attacked"]) == {word: False, "attacked": True}, caption


def test_a_party_label_or_a_list_letter_in_brackets_is_no_caption():
    for line, word in (("Senator Lindsey Graham (R) criticised the plan on Monday, aides said.", "criticised"),
                       ("The rules (c) ban strikes on hospitals, the ministry said.", "ban")):
        assert prose_reports(PROSE_BODY + "\n\n" + line, [word]) == {word: True}, line


@pytest.mark.parametrize("caption", [
    "Image copyright GETTY IMAGES Image caption Troops patrol the border near Kandahar",
    "Police detain a protester outside parliament (Photo by Chip Somodevilla/Getty Images)",
    "Troops patrol the border near Kandahar on Monday. REUTERS/Kevin Lamarque",
    "Rescuers carry a wounded man in Aleppo, Syria, on Monday (AP Photo/Hassan Ammar)",
    "Soldiers detain a protester in Hebron. Photo: AFP",
    "AP: Soldiers detain a protester in Hebron on Monday",
    "Media caption Soldiers detain a protester in Hebron",
])
def test_a_credit_or_a_picture_label_inside_a_line_makes_it_a_caption(caption):
    """However long the caption runs and however it ends, its credit or label gives it away."""
    caption += (" after clashes in which, officials said, rebels fired at a convoy of the army, "
                "killing three soldiers, wounding four more and burning two trucks.")
    word = next(w for w in ("patrol", "detain", "carry") if f" {w} " in caption)
    assert prose_reports(PROSE_BODY + "\n\n" + caption + "\n\n" + PROSE_BODY, [word, "fired", "attacked"]) == {
        word: False, "fired": False, "attacked": True}


@pytest.mark.parametrize("line", [
    "A Reuters/Ipsos poll released on Monday found that voters opposed the strikes on Syria.",
    "An Ipsos/Reuters poll found that most Americans opposed the strikes on Syria.",
    "An AP/NORC poll found that most Americans opposed the strikes on Syria.",
    "KABUL (AP) - Taliban fighters attacked a police post in Ghazni, officials said.",
    "KABUL/KANDAHAR (AFP/AP) -- Afghan troops attacked a Taliban stronghold in Ghazni, officials said.",
    "HERAT (Reuters/Xinhua) - Afghan troops attacked a Taliban stronghold in Ghazni, officials said.",
    "Getty Images said on Monday it had agreed to buy the rival photo agency.",
])
def test_an_agency_named_in_prose_is_no_credit(line):
    word = next(w for w in ("opposed", "attacked", "agreed") if f" {w} " in line)
    assert prose_reports(PROSE_BODY + "\n\n" + line, [word]) == {word: True}


def test_a_headline_glued_to_the_sentence_after_it_reports_nothing():
    """Extraction joined a subheading to its paragraph: the headline is cut off at the opener of
    the sentence it runs into, and that sentence still reports."""
    text = (PROSE_BODY + "\n\nThe two sides signed six documents. Iran, China sign military cooperation agreement "
            "The navy chief also announced that he had signed a cooperation agreement with his "
            "Chinese counterparts. ‘Need for constant consultation’ Elsewhere in his remarks, "
            "Shamkhani welcomed the talks.")
    assert prose_reports(text, ["sign", "signed", "consultation", "welcomed"]) == {
        "sign": False, "signed": True, "consultation": False, "welcomed": True}


@pytest.mark.parametrize("line", [
    "Writing in the newspaper The Times, the minister said troops attacked the town.",
    "He told The Sun that troops attacked the town and He later added nothing.",
    "Next came the song See It In A Boy's Eyes, which troops attacked in a review.",
    "The talks ended. Trump, Bannon said, attacked the town and The rest followed.",
])
def test_a_capital_after_a_function_word_or_before_a_name_is_no_glued_headline(line):
    assert prose_reports(PROSE_BODY + "\n\n" + line, ["attacked"]) == {"attacked": True}


def test_the_caption_a_credit_ends_reports_nothing_though_its_sentence_ends_before_the_credit():
    caption = ("Afghan soldiers detain a suspected Taliban fighter after clashes in the Arghandab "
               "district of Kandahar province, Afghanistan, on March 3, 2018. REUTERS/Ahmad Nadeem")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(PROSE_BODY + "\n\n" + caption)
    lay = Layout(doc.text)
    tok = next(t for t in doc if t.text == "detain")
    assert not lay.reports(doc[tok.i:tok.i + 1])
    tok = next(t for t in doc if t.text == "attacked")
    assert lay.reports(doc[tok.i:tok.i + 1])


# -- turn 10, round 2: headline questions, video players, pictures that show --------------------

def test_a_short_question_on_its_own_line_is_a_headline_but_a_labelled_one_is_not():
    text = PROSE_BODY + "\n\nWill Iran attack Saudi tankers in the Gulf?\nQ: Why did Russia attack the port?"
    assert prose_reports(text, ["attacked", "Will", "Why"]) == {"attacked": True, "Will": False, "Why": True}


def test_a_quoted_question_line_is_prose():
    text = PROSE_BODY + "\n\n“Why did they attack us?” the mayor asked."
    assert prose_reports(text, ["Why"]) == {"Why": True}


@pytest.mark.parametrize("line", [
    "JUST WATCHED Trump says he will meet Kim Replay More Videos ... MUST WATCH",
    "An undated photo shows soldiers attacking a village near Aleppo.",
    "The picture depicts police arresting protesters outside parliament.",
])
def test_video_players_and_what_a_picture_shows_report_nothing(line):
    assert rules().in_caption.search(line)


@pytest.mark.parametrize("line", ["He said he just watched the video of the attack.",
                                  "Police released more videos of the attack on Monday.",
                                  "The report shows that soldiers attacked the village."])
def test_watching_videos_and_reports_that_show_stay_prose(line):
    assert not rules().in_caption.search(line)


# -- turn 13 (evne14): headlines that end on a name or a quote, bracketed asides ----------------

@pytest.mark.parametrize("text, headline, body", [
    # a headline that ends on a name, before a sentence that goes on in lower case
    ("Turkey pursues four-way summit on Aleppo In a phone call with his Qatari counterpart, the "
     "minister urged talks.", "summit", "urged"),
    ("“Canada refuses to take blame for its role in Libya For his part the Italian minister "
     "accused Ottawa of delays.", "refuses", "accused"),
    # a headline that ends on a quote it opened
    ("Erdogan praises ties with Rome ‘warm, close and lasting’ At a joint press conference, the "
     "president praised the new accord.", "praises", "praised"),
])
def test_a_glued_headline_may_end_on_a_name_or_on_a_quote_it_opened(text, headline, body):
    assert prose_reports(PROSE_BODY + "\n\nThe talks ended. " + text, [headline, body]) == {headline: False, body: True}


@pytest.mark.parametrize("line", [
    # a pronoun after a name: prose whose full stop went missing, not a headline
    "Aliyev attacked the plan in an interview published on Friday He added that talks would go on.",
    # a name that goes on in capitals: a title, not a headline's end
    "Critics attacked the novel Death In A Small Town when it appeared.",
    # an apostrophe inside a word opens no quote, so a possessive's closes none
    "Iran's navy attacked the ships of the Gulf states' At dawn the crews fled.",
])
def test_a_name_before_a_pronoun_or_a_title_ends_no_headline(line):
    assert prose_reports(PROSE_BODY + "\n\nThe talks ended. " + line, ["attacked"]) == {"attacked": True}


@pytest.mark.parametrize("aside, word", [
    ("(This version of the March 3 story corrects paragraph 5 to clarify the sanctions)", "sanctions"),
    ("(In Jan 9 item, corrects second paragraph to show the ban was lifted)", "ban"),
    ("(Refiles to add dropped word in 3rd paragraph of the attack story)", "attack"),
    ("(See our report Chile protests against mining deal.)", "protests"),
    ("(Marta from Porto, visited June 2018)", "visited"),
    ("(Ken W., Leeds; visited April 2019)", "visited"),
])
def test_an_editors_note_a_reference_or_a_signature_in_brackets_reports_nothing(aside, word):
    text = PROSE_BODY + "\n\n" + aside + " Police arrested two men in Lyon on Sunday, officials said."
    assert prose_reports(text, [word, "arrested"]) == {word: False, "arrested": True}


@pytest.mark.parametrize("line", [
    "(Last year, the minister visited Kabul and signed a transit deal.)",
    "Putin met Raisi in Tehran (he last visited in July 2015) to discuss the talks.",
    "The envoy (who visited May 2017 too, the ministry said) met Raisi.",
    "(Interestingly, Zarif adds that Iran signed a deal with India.)",
    "Iran signed the deal (see below for the text) on Monday.",
])
def test_bracketed_prose_still_reports(line):
    word = next(w for w in ("signed", "visited", "met") if f" {w} " in line)
    assert prose_reports(PROSE_BODY + "\n\n" + line, [word]) == {word: True}

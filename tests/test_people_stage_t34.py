"""People (issue 11): a one-word stage name after "Lady" keeps its title word when the story names
the singer that way more than once; the second "Lady X" is no full name that makes "X" a surname.
Own sentences, names made up."""

from __future__ import annotations

from people_support import people_mentions


def test_a_stage_name_named_twice_keeps_its_title_word(real_nlp):
    people = people_mentions(real_nlp, "Lady Vortexa cancelled her concert in the capital on Friday. "
                                       "Fans had queued for hours. Vortexa said she was ill. "
                                       "Later, Lady Vortexa thanked the crowd for waiting.")
    assert "Lady Vortexa" in people and "Vortexa" not in people
    assert people["Lady Vortexa"].count("Lady Vortexa") == 2


def test_a_peeress_with_her_full_name_in_the_story_stays_that_person(real_nlp):
    # control: the full name elsewhere makes the word a surname ("Lady Brenwick" is Helen Brenwick)
    people = people_mentions(real_nlp, "Helen Brenwick chaired the inquiry into the port. "
                                       "Lady Brenwick said the report would come out in May. "
                                       "Later, Lady Brenwick met the minister.")
    assert "Lady Brenwick" not in people

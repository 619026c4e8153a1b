"""People an analyst can trust (issue 11, ppl38): a name the NER took for a person's that names a
first-level region or a city of 100,000 people or more in the country the story is about ("to Mato
Grosso" in a story on Brazil, "the siege on Dayr al-Zawr" in one on Syria, "According to Fars, he
said" in one on Iran) is that place, not a person, unless a mention marks a person: a title, a role
or family word before it, "who" or an age after it, a given name first, a fuller name in the story.
A surname that is a large town of another country ("Chang Hua" in a story on Iran, "Bono" in one on
Britain) stays a person's. An award named like a person ("Oscar", "Grammy") after an article or a
possessive ("his second Oscar", "an Oscar for his movie") is the prize, unless a mention marks a
person ("her uncle Oscar", "Mr Oscar, who ..."). Own sentences, names and numbers changed."""

from __future__ import annotations

import pytest

from people_support import people_mentions

model = pytest.mark.model


@model
def test_a_large_place_of_the_story_country_is_no_person(real_nlp):
    text = ("The quarrel over land has spread violence from the Amazon basin to Mato Grosso, and 300 "
            "people died in Brazil last year in fights over farms.")
    assert "Mato Grosso" not in people_mentions(real_nlp, text)
    text = ("Syrian troops broke the siege on Dayr al-Zawr after three years, the Syrian army said, and "
            "the Syrian government sent food to Dayr al-Zawr.")
    assert "Dayr al-Zawr" not in people_mentions(real_nlp, text)
    text = ("According to Fars, he said most of the drugs seized in Iran were bound for Europe. Iran's "
            "police chief said the haul was the largest this year.")
    assert "Fars" not in people_mentions(real_nlp, text)


@model
def test_people_named_like_places_stay_people(real_nlp):
    # controls: "who" after the name; a title before it; a family word before it; a town of another
    # country than the story's (a Chinese envoy in Iran, an Irish singer in Britain)
    text = ("Madison, who wrote much of the American constitution, is buried in Virginia, and the "
            "United States honours Madison every year.")
    assert people_mentions(real_nlp, text).get("Madison") == ["Madison", "Madison"]
    text = ("Voters in Ohio and Texas cheered. Ms Madison told American reporters the United States would "
            "act, and Madison left for Texas.")
    assert people_mentions(real_nlp, text).get("Madison") == ["Madison", "Madison"]
    text = ("Voters in Ohio and Texas cheered as American officials watched. His daughter Madison joined "
            "him on stage in the United States.")
    assert "Madison" in people_mentions(real_nlp, text)
    text = ("Talks in Tehran went well, Iran's foreign ministry said. Chang Hua met Iranian officials in "
            "Tehran on Monday, and Iran welcomed the Chinese visit.")
    assert "Chang Hua" in people_mentions(real_nlp, text)
    text = ("The singer played in London and Manchester. Fans across Britain cheered Bono at the British "
            "awards, and Britain's critics praised Bono too.")
    assert people_mentions(real_nlp, text).get("Bono") == ["Bono", "Bono"]
    # an apposition to an occupation: a Chinese name GeoNames also lists for a city of China
    text = ("The station took crews and was visited by China's first female astronaut, Liu Yang, in "
            "2012. China plans a larger station, Chinese officials said.")
    assert "Liu Yang" in people_mentions(real_nlp, text)


@model
def test_an_award_counted_or_owned_is_no_person(real_nlp):
    # "Oscar", "Grammy" (titles.yaml named_things) after an article or a possessive, over adjectives
    # and an award's category ("her second best actress Oscar"): the prize, not a person
    text = ("Instead, Redford took his second Oscar for best director after winning in 1995. Jane Marr "
            "picked up her second best actress Oscar for playing a jockey.")
    assert "Oscar" not in people_mentions(real_nlp, text)
    text = "The director Tom Bale has vowed not to campaign for an Oscar for his movie, the studio said."
    assert "Oscar" not in people_mentions(real_nlp, text)
    text = ("Singer Dana Kell won four awards at the Grammy ceremony in Los Angeles. Lana Pike picked up "
            "her first ever Grammy for her song Poison.")
    assert "Grammy" not in people_mentions(real_nlp, text)


@model
def test_people_named_like_an_award_stay_people(real_nlp):
    # controls: a family word before the name at one mention; a fuller name holding it; a title and
    # "who"
    text = ("The story goes that a librarian said the statue looked like her uncle Oscar, and the name "
            "Oscar stuck.")
    assert people_mentions(real_nlp, text).get("Oscar") == ["Oscar", "Oscar"]
    text = "Oscar Lind scored twice. Coach Ray Moss said Oscar had been the best player on the pitch."
    assert people_mentions(real_nlp, text).get("Oscar Lind") == ["Oscar Lind", "Oscar"]
    text = "Mr Oscar, who runs the bakery, said the rent had doubled. Oscar added that he would stay."
    assert people_mentions(real_nlp, text).get("Oscar") == ["Oscar", "Oscar"]

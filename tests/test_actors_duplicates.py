"""`entities --duplicates` on bodies whose names hold one another: which name survives, and when
the two are two bodies (no model)."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner

from sitroom.cli import main
from sitroom.model import Article, Entity, Mention, Record
from sitroom.resolve.actors import EntitySummary, duplicate_candidates
from sitroom.store import open_store


def org(name: str, mentions: int = 1, documents: int = 1) -> EntitySummary:
    return EntitySummary("org:" + name.lower().replace(" ", "-"), name, "organization", None, mentions, documents)


def pairs(*rows: EntitySummary, tails: dict | None = None) -> set[tuple[str, str]]:
    return {(c.keep, c.merge) for c in duplicate_candidates(rows, tails=tails)}


def test_the_better_attested_name_survives():
    assert pairs(org("Federal Reserve", 5, 4), org("Federal Reserve Bank")) == {
        ("org:federal-reserve", "org:federal-reserve-bank")}
    assert pairs(org("Wells Fargo", 3, 3), org("Wells Fargo Bank")) == {("org:wells-fargo", "org:wells-fargo-bank")}
    # a tie keeps the fuller name
    assert pairs(org("Senate Intelligence"), org("Senate Intelligence Committee")) == {
        ("org:senate-intelligence-committee", "org:senate-intelligence")}


def test_a_name_longer_by_an_artefact_is_no_better_name():
    assert pairs(org("Department for Transport"), org("Department of Transport Document")) == {
        ("org:department-for-transport", "org:department-of-transport-document")}
    assert pairs(org("Tehran Zoo"), org("Tehran Zoo Animal", 3, 2)) == {("org:tehran-zoo", "org:tehran-zoo-animal")}
    assert pairs(org("Rolls Royce"), org("Rolls Royce Plc>", 2, 2)) == {("org:rolls-royce", "org:rolls-royce-plc>")}


def test_a_name_cut_inside_a_longer_one_is_not_kept():
    rows = (org("Supreme National", 5, 4), org("Supreme National Council"))
    tails = {"org:supreme-national": [" Security Council (SNSC) said", " Security Council Secretary Ali"],
             "org:supreme-national-council": [" (SNSC) declared"]}
    assert pairs(*rows, tails=tails) == {("org:supreme-national-council", "org:supreme-national")}
    # an office after a name does not cut it: "Federal Reserve Chairman Jerome Powell"
    tails = {"org:federal-reserve": [" Chairman Jerome Powell said"]}
    assert pairs(org("Federal Reserve", 5, 4), org("Federal Reserve Bank"), tails=tails) == {
        ("org:federal-reserve", "org:federal-reserve-bank")}


def test_a_name_cut_before_of_a_place_is_that_places_branch():
    tails = {"org:federal-reserve-bank": [" of New York will soon narrow its search"]}
    assert pairs(org("Federal Reserve", 5, 4), org("Federal Reserve Bank"), tails=tails) == set()


def test_a_word_inside_a_longer_name_makes_another_body():
    assert pairs(org("Joint Commission", 7, 3), org("Joint Economic Commission")) == set()
    assert pairs(org("Islamic Party"), org("Islamic Coalition Party")) == set()
    assert pairs(org("National Iranian Oil Company", 12, 5), org("National Iranian South Oil Company", 2, 1)) == set()
    # unless it spells out a name the store knows abbreviated, or a service
    got = pairs(org("House of Representatives", 35, 35), org("House Judiciary Committee", 5, 5),
                org("House of Representatives Judiciary Committee"))
    assert ("org:house-judiciary-committee", "org:house-of-representatives-judiciary-committee") in got
    assert pairs(org("201st Division"), org("201st Army Division", 2, 2)) == {
        ("org:201st-army-division", "org:201st-division")}


def _entity(spec: tuple, text: str, context: str) -> Entity:
    """An entity named ``spec[1]`` at the start of every occurrence of ``context`` in ``text``."""
    name = spec[1]
    return Entity(*spec, tuple(Mention(m.start(), m.start() + len(name), name)
                               for m in re.finditer(re.escape(context), text)))


def test_the_cli_reads_the_texts_for_cut_names(tmp_path):
    text = ("The Federal Reserve raised rates. Iran's Supreme National Security Council met. The "
            "Federal Reserve Bank of New York will hire. The Supreme National Security Council chief spoke. "
            "The Supreme National Council (SNSC) said no.")
    fed = ("org:federal-reserve", "Federal Reserve", "organization", None)
    fed_ny = ("org:federal-reserve-bank", "Federal Reserve Bank", "organization", None)
    snsc = ("org:supreme-national", "Supreme National", "organization", None)
    council = ("org:supreme-national-council", "Supreme National Council", "organization", None)
    rec = Record(article=Article(text=text, source="a.txt", title="t", published="2021-08-06"),
                 entities=(_entity(fed, text, "Federal Reserve raised"), _entity(fed_ny, text, "Federal Reserve Bank"),
                           _entity(snsc, text, "Supreme National Security"),
                           _entity(council, text, "Supreme National Council")))
    assert [len(e.mentions) for e in rec.entities] == [1, 1, 2, 1]
    db = str(tmp_path / "dup.db")
    with open_store(db) as store:
        store.write(rec)
    result = CliRunner().invoke(main, ["entities", "--duplicates", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    got = {(r["keep"], r["merge"]) for r in json.loads(result.output)}
    # the Fed's New York bank is a branch, "Supreme National" is cut from the Security Council
    assert got == {("org:supreme-national-council", "org:supreme-national")}

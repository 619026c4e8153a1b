"""The fixed dev/test split of the geoparsing sets (they have none of their own)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from sitroom.cli import main
from sitroom.eval import geoparsing

# sha1 first hex digit: "5" -> a, "6" -> c, "a" -> 8 (even: dev); "1" -> 3, "2" -> d (odd: test)
ARTICLE = """  <article {attr}>
    <text>Floods hit {name} on Monday.</text>
    <toponyms><toponym><start>10</start><end>{end}</end><phrase>{name}</phrase>
      <gaztag><lat>{lat}</lat><lon>{lon}</lon></gaztag></toponym></toponyms>
  </article>"""
PLACES = {"5": ("Paris", 48.85, 2.35), "1": ("Berlin", 52.52, 13.40), "6": ("Rome", 41.9, 12.5),
          "2": ("Madrid", 40.4, -3.7)}


def _write(path, attr="docid", urls=False):
    arts = []
    for key, (name, lat, lon) in PLACES.items():
        if urls:
            art = ARTICLE.format(attr="", name=name, end=10 + len(name), lat=lat, lon=lon)
            art = art.replace("<text>", f"<source>{key}</source>\n    <text>")
        else:
            art = ARTICLE.format(attr=f'{attr}="{key}"', name=name, end=10 + len(name),
                                 lat=lat, lon=lon)
        arts.append(art)
    path.write_text("<articles>\n" + "\n".join(arts) + "\n</articles>\n", encoding="utf-8")
    return path


def _names(articles):
    return sorted(g.text for _, golds in articles for g in golds)


def test_dev_is_even_first_sha1_digit_of_the_document_id(tmp_path):
    path = _write(tmp_path / "set.xml")
    assert _names(geoparsing.load(path, "dev")) == ["Paris", "Rome"]
    assert _names(geoparsing.load(path, "test")) == ["Berlin", "Madrid"]
    assert _names(geoparsing.load(path)) == ["Berlin", "Madrid", "Paris", "Rome"]


def test_file_attribute_and_source_url_are_document_ids_too(tmp_path):
    by_file = _write(tmp_path / "gwn.xml", attr="file")
    by_source = _write(tmp_path / "virus.xml", urls=True)
    for path in (by_file, by_source):
        assert _names(geoparsing.load(path, "dev")) == ["Paris", "Rome"]


def _shared(tmp_path):
    root = tmp_path / "shared" / "eval" / "geoparsing"
    root.mkdir(parents=True)
    for file in {**geoparsing.SETS, **geoparsing.DEV}.values():
        _write(root / file)
    return tmp_path / "shared"


def test_cli_part_scores_only_that_part(tmp_path, monkeypatch):
    seen = []

    def fake_resolution(articles, gaz=None):
        seen.append(_names(articles))
        return {"n": 1.0, "acc161": 100.0, "mean_km": 0.0, "median_km": 0.0, "unresolved": 0.0}

    monkeypatch.setattr(geoparsing, "resolution", fake_resolution)
    monkeypatch.setattr(geoparsing, "end_to_end", lambda arts: {
        "n": 1.0, "recall": 100.0, "acc161": 100.0, "acc161_found": 100.0, "precision": 100.0,
        "median_km": 0.0})
    shared = str(_shared(tmp_path))
    result = CliRunner().invoke(main, ["eval", "geoparsing", "--shared", shared, "--part", "test",
                                       "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert set(figures) == {"GWN", "LGL", "TR-News", "GeoVirus"}
    assert all(f["part"] == "test" and f["articles"] == 2 for f in figures.values())
    assert seen and all(names == ["Berlin", "Madrid"] for names in seen)

    table = CliRunner().invoke(main, ["eval", "geoparsing", "--shared", shared, "--part", "dev"])
    assert table.exit_code == 0 and "Part: dev" in table.output
    assert seen[-1] == ["Paris", "Rome"]


def test_part_is_refused_for_an_evaluation_without_one(tmp_path):
    result = CliRunner().invoke(main, ["eval", "timex", "--shared", str(_shared(tmp_path)),
                                       "--part", "dev"])
    assert result.exit_code != 0 and "--part applies to geoparsing only" in result.output

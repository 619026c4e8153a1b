"""Actor dictionary: generated countries, curated YAML, validation and user files (no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.resolve.actor_data import KINDS, ActorDataError, load_actors, load_titles, norm_key


@pytest.fixture(scope="module")
def actors():
    return load_actors()


def test_every_country_with_capital_and_demonym(actors):
    rus = actors.entries["RUS"]
    assert (rus.name, rus.kind, rus.country) == ("Russia", "country", "RUS")
    assert "Moscow" in rus.capitals and "Russian" in rus.demonyms
    # every UN member has at least one demonym (a handful share or lack an English adjective)
    missing = [k for k, e in actors.entries.items() if e.kind == "country" and len(k) == 3 and not e.demonyms]
    assert len(missing) < 80
    assert all(e.kind in KINDS for e in actors.entries.values())


@pytest.mark.parametrize(
    ("text", "key", "vtype"),
    [
        ("the States", "USA", "name"), ("U.S.", "USA", "name"), ("Britain", "GBR", "name"),
        ("Kremlin", "kremlin", "name"), ("Beijing", "CHN", "capital"), ("Dushanbe", "TJK", "capital"),
        ("Tajik", "TJK", "demonym"), ("Daesh", "ISIS", "name"), ("al-Qaida", "AL-QAEDA", "name"),
        ("Vzglyad", "VZGLYAD", "name"), ("USSR", "SUN", "name"), ("Astana", "KAZ", "capital"),
    ],
)
def test_lookup(actors, text, key, vtype):
    hit = actors.lookup(text)
    assert hit is not None and (hit.key, hit.vtype) == (key, vtype)


def test_metonym_targets_the_country(actors):
    assert actors.target("kremlin").key == "RUS"
    assert actors.target("white-house").key == "USA"
    assert actors.target("NATO").key == "NATO"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "extra.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("actors:\n  - {key: X1, name: X One, kind: militia}\n", "unknown kind"),
        ("actors:\n  - {key: X1, name: X One, kind: organization, country: XXZ}\n", "not an ISO alpha-3"),
        ("actors:\n  - {key: X1, name: X One, kind: organization, variants: [NATO]}\n", "claimed by both"),
        ("actors:\n  - {name: nameless}\n", "needs 'key' and 'name'"),
        ("- just a list\n", "expected a mapping"),
    ],
)
def test_invalid_user_file(tmp_path, body, message):
    with pytest.raises(ActorDataError, match=message):
        load_actors(_write(tmp_path, body))


def test_user_file_adds_and_replaces(tmp_path):
    path = _write(
        tmp_path,
        "actors:\n"
        "  - {key: JAMAAT-X, name: Jamaat X, kind: armed_group, country: TJK, variants: [JX]}\n"
        "  - {key: TALIBAN, name: Taliban, kind: organization, country: AFG, variants: [Islamic Emirate]}\n",
    )
    actors = load_actors(path)
    assert actors.lookup("JX").key == "JAMAAT-X"
    assert actors.entries["TALIBAN"].kind == "organization"
    assert actors.lookup("Islamic Emirate").key == "TALIBAN"
    assert load_actors().entries["TALIBAN"].kind == "armed_group"  # the built-in stays as it was


def test_norm_key_and_titles():
    assert norm_key("Bashar al–Assad") == norm_key("bashar al assad") == "bashar-al-assad"
    assert norm_key("Zoë  Müller") == "zoe-muller"
    titles = load_titles()
    assert "defense minister" in titles.roles and "mullah" in titles.honorifics

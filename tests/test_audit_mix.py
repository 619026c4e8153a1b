"""The hand-audit mix and the dev parts never share an article: tuning on dev cannot leak into the audit."""

from itertools import combinations

from audit import mix
from conftest import need_shared


def test_audit_mix_and_dev_parts_are_disjoint_and_large_enough():
    need_shared("corpus", "news_text")
    parts = {"mix": mix.build(), "dev": mix.build_dev(1), "dev2": mix.build_dev(2),
             "dev3": mix.build_dev3(), "dev4": mix.build_dev4(), "dev5": mix.build_dev5(),
             "dev6": mix.build_dev6(), "dev7": mix.build_dev7(), "dev9": mix.build_dev9(),
             "dev10": mix.build_dev10()}
    ids = {name: [r["id"] for r in rows] for name, rows in parts.items()}
    assert len(set(ids["mix"])) >= 500
    for name, got in ids.items():
        assert len(got) == len(set(got)), f"{name} repeats an article"
    for name in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev9", "dev10"):
        assert all((r["text"] or "").strip() for r in parts[name]), f"{name} holds an empty article"
    for (a, xs), (b, ys) in combinations(ids.items(), 2):
        assert not set(xs) & set(ys), f"{a} and {b} share articles"
    assert len(ids["dev5"]) == len(ids["dev6"]) == len(ids["dev7"]) == len(ids["dev9"]) == len(ids["dev10"]) == 360


def test_audit_mix_refuses_an_option_as_its_output_path(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert mix.main(["--help"]) == 2
    assert mix.main(["--dev7", "--quiet"]) == 2
    assert "usage" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())

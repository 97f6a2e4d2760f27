"""The dossier stage: per story, what a reader needs — summary with citations, timeline, facts, contradictions,
statements, actors, its events and each outlet's coverage — assembled from the link stage's results (see
:mod:`.assemble`)."""
from .assemble import build_brief, build_story, list_stories, statements_in
from .records import (Brief, Citation, OutletCoverage, StoryActor, StoryArticle, StoryDossier, StoryEvent,
                      StorySummary, SummarySentence, Thread, TimelineEntry)

__all__ = ["build_brief", "build_story", "list_stories", "statements_in", "StorySummary", "Brief", "Citation",
           "OutletCoverage", "StoryActor", "StoryArticle", "StoryDossier", "StoryEvent", "SummarySentence", "Thread",
           "TimelineEntry"]

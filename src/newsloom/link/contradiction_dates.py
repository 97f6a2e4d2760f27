"""Date contradictions: two outlets giving different days for the same event.

Two units that state the same kind of event of the same thing (same event class and argument, same speaker:
:func:`newsloom.link.facts.same_frame`) and align closely, but give different days, cannot both be right.
"""
from __future__ import annotations

from typing import Mapping

import numpy as np

from .contradiction_records import Contradiction, contradiction_id, make_side, variant_of
from .fact_units import Prepared
from .facts import outlet_names, same_frame

#: Word alignment at or above which two same-frame units with different days are about the same thing.
DATE_WORDING = 0.55


def date_contradictions(prepared: Prepared, texts: Mapping[str, str], words: np.ndarray) -> list[Contradiction]:
    """Pairs of dated same-frame clauses of different outlets, worded alike, that share no day."""
    units = [u for u in prepared.units if u.kind == "clause" and any(k.startswith("date:") for k in u.keys)]
    if len(units) < 2:
        return []
    names = outlet_names(prepared)
    out = []
    for i, a in enumerate(units):
        for b in units[i + 1:]:
            if a.info.source == b.info.source or not same_frame(a, b) or a.denial != b.denial:
                continue
            da = {k for k in a.keys if k.startswith("date:")}
            db = {k for k in b.keys if k.startswith("date:")}
            if da & db or words[a.index, b.index] < DATE_WORDING:
                continue
            sa = make_side(", ".join(sorted(k[5:] for k in da)),
                           [variant_of(a.info, a.sentence, a.span, a.text, texts)], names)
            sb = make_side(", ".join(sorted(k[5:] for k in db)),
                           [variant_of(b.info, b.sentence, b.span, b.text, texts)], names)
            out.append(Contradiction(id=contradiction_id("date", sa, sb), kind="date",
                                     what=f"date: {sa.value} vs {sb.value}", a=sa, b=sb,
                                     note="the same event given different days"))
    return out

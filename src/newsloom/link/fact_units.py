"""The units facts are made of: the sentences, clauses and fact-stating phrases of one story's articles, with
everything the fact and contradiction finders compare.

Facts and contradictions both compare units across articles, so each unit is read once, here, from the stored
analysis (never a new parse). Pieces without a verb are left out. What a unit carries:

* its spans (sentence and clause) and text, cut by :mod:`newsloom.link.fact_clauses`;
* *keys* — strong evidence of what it is about (:mod:`newsloom.link.fact_keys`); *context*: the keys of the rest
  of its sentence;
* *words* — lemmas as compared by wording, without the attribution ("Brennish officials said", "according
  to …"), weighted by role (:mod:`newsloom.link.fact_words`);
* its *frame* (event classes of its predicates and their arguments) and *speaker* (who it is attributed to);
* *denial* and *negation*, with the words of what is denied (:mod:`newsloom.link.fact_denials`);
* the cross-outlet *statements* (:func:`newsloom.link.statements.group_statements`) it reports.

:func:`prepare` does this for a story's ``(Article, ArticleAnalysis)`` pairs; :func:`prepare_facts` for a story
given as facts (each variant's sentence parsed and analysed on its own).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

from .fact_articles import ArticleInfo, Pair, article_infos, outlet_key, published_key
from .fact_clauses import (BOILERPLATE, MIN_CONTENT_WORDS, content_count, sentence_pieces, split_clauses,
                           stating_phrases, tokens_text, trim_tokens)
from .fact_denials import denial_scope, negation
from .fact_keys import ArticleKeys
from .fact_words import ARGUMENT_WEIGHT, role_words, word_of

Span = tuple[int, int]


@dataclass(eq=False)
class Unit:
    """One sentence or clause: where it stands, its text and the evidence compared across articles.

    ``tokens`` are token indices into the article's parse; ``keys`` are ``actor:``, ``ent:``, ``num:``,
    ``date:`` and ``year:`` strings; ``denial`` is true for a denial ("denied that …", "… are non-existent", "there
    were no strikes"), ``negated`` for a denial or any negated main predicate ("did not respond").
    """

    index: int
    info: ArticleInfo
    sentence: Span
    span: Span
    text: str
    tokens: tuple[int, ...]
    keys: frozenset[str] = frozenset()
    context: frozenset[str] = frozenset()  # keys of the rest of its sentence: the setting it is stated in
    places: frozenset[str] = frozenset()
    negated: bool = False
    denial: bool = False
    whole: bool = True  # the unit is its whole sentence (not a clause cut out of it)
    kind: str = "clause"  # "clause" (a sentence or clause) or "phrase" (a noun phrase that states something)
    statements: frozenset[str] = frozenset()  # ids of the cross-outlet statements it reports
    speaker: str | None = None  # who it is attributed to in its sentence (corpus actor id or words), if anyone
    events: frozenset[str] = frozenset()  # event classes of its predicates ("ev:fail")
    denied: frozenset[str] = frozenset()  # for a denial or negation: the compared words of what it denies
    arguments: frozenset[str] = frozenset()  # its predicates' core arguments (subject, object) as compared words
    content: str = ""  # the text without its attribution ("Brennish officials said"), as compared by wording
    words: tuple[tuple[str, float], ...] = ()  # compared words (lemmas) with their role weights
    predicates: tuple[str, ...] = ()

    @property
    def article_id(self) -> str:
        return self.info.article_id


@dataclass
class Prepared:
    """A story ready for the fact and contradiction finders: articles, their parses and their units."""

    pairs: list[Pair]
    infos: dict[str, ArticleInfo]
    docs: dict[str, object]
    units: list[Unit] = field(default_factory=list)
    nlp: object = None
    statements: tuple = ()
    #: The story's actors resolved across its articles (CorpusActor records; ids as the corpus would give them).
    actors: tuple = ()
    #: Every kept sentence (piece) as ``(info, span, tokens)``, and each article's key look-up.
    sentences: list = field(default_factory=list)
    lookups: dict = field(default_factory=dict)
    #: For a story given as facts: each parsed sentence's (synthetic) article id → the variants it stands for.
    remap: dict = field(default_factory=dict)


def prepare(pairs: Sequence[Pair], copies: Mapping[str, str] | None = None, nlp=None,
            with_statements: bool = True) -> Prepared:
    """Parse-restore every article of the story and cut it into units (in article order, then text order)."""
    from ..analyse.article import restore_parse
    from .actors import resolve_actors

    if nlp is None:
        from ..analyse.nlp import load_pipeline

        nlp = load_pipeline()
    pairs = sorted(pairs, key=lambda p: (published_key(p[0].published), p[0].id))
    infos = article_infos(pairs, copies)
    corpus = resolve_actors([(a.id, a.published, an.actors) for a, an in pairs])
    actor_ids = {member: actor.id for actor in corpus for member in actor.members}
    prepared = Prepared(pairs=list(pairs), infos=infos, docs={}, nlp=nlp, actors=corpus,
                        statements=_statements(pairs, corpus) if with_statements else ())
    quoted = [(v.article_id, span, st.id) for st in prepared.statements if len(st.variants) > 1
              for v in st.variants for span in v.content]
    for article, analysis in pairs:
        if analysis.skipped or not analysis.parse:
            continue
        doc = restore_parse(analysis, nlp.vocab)
        prepared.docs[article.id] = doc
        lookup = ArticleKeys(article, analysis, actor_ids)
        prepared.lookups[article.id] = lookup
        for sentence in analysis.sentences:
            for start, end in sentence_pieces(article.text, sentence.start, sentence.end):
                piece = [t for t in doc if start <= t.idx < end and not t.is_space]
                if not piece or BOILERPLATE.search(article.text[start:end]):
                    continue
                if not any(t.pos_ in ("VERB", "AUX") for t in piece):
                    continue  # a heading or a label, not a statement
                prepared.sentences.append((infos[article.id], (start, end), piece))
                clauses = split_clauses(piece)
                setting, _ = lookup.keys(piece)
                for number, tokens in enumerate(clauses):
                    tokens = trim_tokens(sorted(tokens, key=lambda t: t.i), clause=number > 0)
                    if content_count(tokens) < (MIN_CONTENT_WORDS if len(clauses) == 1 else MIN_CONTENT_WORDS - 1):
                        continue
                    _add_unit(prepared, infos[article.id], lookup, (start, end), tokens, "clause",
                              whole=len(clauses) == 1, setting=setting)
                    for phrase in stating_phrases(tokens):
                        _add_unit(prepared, infos[article.id], lookup, (start, end), phrase, "phrase", whole=False,
                                  setting=setting)
    for unit in prepared.units:
        length = unit.span[1] - unit.span[0]
        unit.statements = frozenset(sid for aid, span, sid in quoted if aid == unit.article_id
                                    and _overlap(span, unit.span) >= 0.5 * length)
    return prepared


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _statements(pairs: Sequence[Pair], corpus) -> tuple:
    """The statements module's cross-outlet statements of the story (one speaker's quotes that say the same)."""
    from .statements import group_statements, statement_inputs

    inputs = statement_inputs(pairs, corpus)
    return group_statements(inputs) if inputs else ()


def _add_unit(prepared: Prepared, info: ArticleInfo, lookup: ArticleKeys, sentence: Span, tokens: list,
              kind: str, whole: bool, setting: frozenset[str] = frozenset()) -> None:
    keys, places = lookup.keys(tokens)
    if kind == "phrase" and (not any(k.startswith(("actor:", "ent:")) for k in keys)
                             or any(k.startswith("actor:p-") for k in keys)):
        return  # a phrase about no named thing, or a role description of a person (the actor stage's business)
    attribution = lookup.attribution(tokens)
    content = [t for t in tokens if t.i not in attribution] or tokens
    denial, negated = negation(tokens)
    words, predicates = role_words(content, attribution, prepared.nlp)
    denied = frozenset()
    if negated:
        scope = denial_scope(tokens)
        denied = frozenset(w for w in (word_of(t, prepared.nlp) for t in scope if t.i not in attribution)
                           if w and not w.startswith("<"))
    events = frozenset(p for p in predicates if p.startswith("ev:"))
    arguments = frozenset(w for w, weight in words if (weight == ARGUMENT_WEIGHT or w == "ev:talks")
                          and w not in events)
    prepared.units.append(Unit(
        index=len(prepared.units), info=info, sentence=sentence,
        span=(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)), text=tokens_text(tokens),
        tokens=tuple(t.i for t in tokens), keys=keys, context=setting - keys, places=places, negated=negated,
        denial=denial,
        whole=whole, kind=kind, content=tokens_text(content), words=words, predicates=predicates,
        speaker=lookup.speaker(tokens), events=events, arguments=arguments, denied=denied))


def prepare_facts(facts: Sequence, nlp=None) -> Prepared:
    """A story given as facts (its variants' sentences), prepared like articles: each distinct sentence is
    parsed and analysed on its own (dated by its article), then cut into units. ``remap`` leads each parsed
    sentence back to the variants (article, outlet, spans) it stands for."""
    from dataclasses import replace

    from ..analyse.article import analyse_parsed
    from ..records import Article

    if nlp is None:
        from ..analyse.nlp import load_pipeline

        nlp = load_pipeline()
    by_text: dict[str, list] = {}
    for fact in facts:
        for variant in fact.variants:
            group = by_text.setdefault(variant.text, [])
            if all((v.article_id, v.sentence_span) != (variant.article_id, variant.sentence_span) for v in group):
                group.append(variant)
    pairs = []
    remap: dict[str, list] = {}
    for text, variants in sorted(by_text.items(), key=lambda item: (item[1][0].article_id, item[1][0].sentence_span)):
        if not text.strip():
            continue
        first = variants[0]
        article = Article.create(source=f"{first.article_id}#{first.sentence_span[0]}", paragraphs=(text,),
                                 outlet=first.outlet, published=first.published, language="en")
        pairs.append((article, analyse_parsed(article, nlp(article.text), "facts")))
        remap[article.id] = variants
    prepared = prepare(pairs, nlp=nlp)
    infos = {aid: replace(info, source=remap[aid][0].source,  # a copy's sentence counts for its original
                          original=None if remap[aid][0].source == outlet_key(info.outlet) else "copy")
             for aid, info in prepared.infos.items()}
    prepared.infos = infos
    for unit in prepared.units:
        unit.info = infos[unit.article_id]
    prepared.sentences = [(infos[info.article_id], span, piece) for info, span, piece in prepared.sentences]
    prepared.remap = remap
    return prepared

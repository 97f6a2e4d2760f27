"""One article's analysis from its spaCy parse: sentences, entities, actors, resolved times, and quotes.

Pure functions of the article and its parse, independent of every other article, so they can run in any
process and their result can be cached by article id and analyser version.
"""
from __future__ import annotations

from spacy.tokens import Doc, DocBin

from ..records import Article, ArticleAnalysis, Entity, Sentence, TimeRef
from .actors import find_actors
from .quotes import find_quotes
from .timex import find_times

#: Token attributes kept in the stored parse: enough for quotes and events to be found later without parsing.
PARSE_ATTRS = ["ORTH", "SPACY", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "SENT_START", "ENT_IOB", "ENT_TYPE"]
SUPPORTED_LANGUAGES = ("en",)


def skip_reason(article: Article) -> str | None:
    """Why the language layer cannot analyse this article, or ``None`` when it can."""
    if article.language is None:
        return "language unknown (too little text to tell): not analysed"
    if article.language not in SUPPORTED_LANGUAGES:
        return f"language {article.language!r}: the language layer analyses English only for now"
    return None


def skipped(article: Article, version: str, reason: str) -> ArticleAnalysis:
    return ArticleAnalysis(article_id=article.id, version=version, language=article.language, skipped=reason)


def sentence_tense(sentence) -> str | None:
    """``past``, ``future`` or ``None``, from the sentence's verbs: it decides which Wednesday "on Wednesday" is."""
    future = past = False
    for token in sentence:
        lower = token.lower_
        if token.tag_ == "MD" and lower in ("will", "'ll", "shall", "wo"):
            future = True
        elif token.tag_ == "VBD" or (token.tag_ == "VBN" and token.dep_ != "amod"):
            past = True
    if future and not past:
        return "future"
    if past and not future:
        return "past"
    return None


def _anchor(article: Article) -> str | None:
    return article.published[:10] if article.published else None


def resolve_times(doc: Doc, anchor: str | None) -> tuple[TimeRef, ...]:
    """Time expressions of every sentence, resolved against ``anchor`` with that sentence's tense."""
    found: list[TimeRef] = []
    for sentence in doc.sents:
        offset = sentence.start_char
        for ref in find_times(sentence.text, anchor, tense_hint=sentence_tense(sentence)):
            found.append(TimeRef(ref.start + offset, ref.end + offset, ref.text, ref.type, ref.value, ref.anchor))
    return tuple(found)


def analyse_parsed(article: Article, doc: Doc, version: str) -> ArticleAnalysis:
    """The analysis of ``article`` from ``doc``, the spaCy parse of ``article.text``."""
    if doc.text != article.text:
        raise ValueError(f"article {article.id}: the parse is not of this article's text")
    parse = DocBin(attrs=PARSE_ATTRS, docs=[doc]).to_bytes()
    actors = find_actors(doc)
    return ArticleAnalysis(
        article_id=article.id,
        version=version,
        language=article.language,
        sentences=tuple(Sentence(s.start_char, s.end_char) for s in doc.sents),
        entities=tuple(Entity(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents),
        actors=actors,
        times=resolve_times(doc, _anchor(article)),
        quotes=find_quotes(doc, actors, article.text),
        parse=parse,
    )


def restore_parse(analysis: ArticleAnalysis, vocab) -> Doc:
    """The stored parse as a spaCy ``Doc`` again (needs the pipeline's vocabulary)."""
    return next(DocBin().from_bytes(analysis.parse).get_docs(vocab))

"""clean: raw documents to articles — main text, re-flowed paragraphs, metadata, and what was removed."""
from .article import EmptyArticle, clean_document

__all__ = ["EmptyArticle", "clean_document"]

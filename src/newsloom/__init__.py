"""newsloom: many outlets' coverage of an event, consolidated into one source-attributed dossier."""

__version__ = "0.1.0"

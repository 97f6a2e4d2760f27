"""The web stage: ``newsloom serve``'s pages and JSON API over the store's read model and kept dossiers
(see :mod:`.app`)."""

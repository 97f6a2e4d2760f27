"""Link stage: turns per-article analyses into corpus-wide identities."""

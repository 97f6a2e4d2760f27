"""present: what people read — terminal views now; the brief (JSON/Markdown/HTML) and the web UI later."""

"""present: what people read — terminal views, and the brief as JSON data, Markdown and one HTML page."""

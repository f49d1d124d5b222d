"""Generated bibliography documents: notes with a bibliography, and reference lists (issue 16)."""

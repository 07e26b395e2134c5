"""Data files of Utväg (forms, translations, legal references). Not code."""

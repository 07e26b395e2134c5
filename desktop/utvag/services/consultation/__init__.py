"""Consultations with SAV: building and sending a consultation, SAV's inbox and answer, and
the files they travel in."""

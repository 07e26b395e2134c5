"""cli layer of Utväg."""

"""domain layer of Utväg."""

"""vault layer of Utväg."""

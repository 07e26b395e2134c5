"""ui layer of Utväg."""

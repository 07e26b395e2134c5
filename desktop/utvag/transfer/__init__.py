"""transfer layer of Utväg."""

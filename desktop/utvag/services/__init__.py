"""services layer of Utväg."""

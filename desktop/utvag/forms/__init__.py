"""forms layer of Utväg."""

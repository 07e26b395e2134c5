"""Staff safety: high-risk records, risk meetings and incidents at the unit."""

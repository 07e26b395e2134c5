"""The lock screen and what surrounds it: unlocking, a new vault's passphrase, the first run,
and locking when idle."""

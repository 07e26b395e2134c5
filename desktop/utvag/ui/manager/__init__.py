"""The unit manager's screens: received incident reports and log reviews."""

"""Concern reports about a child: the list, the dialogs and their labels."""

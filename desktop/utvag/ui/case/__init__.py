"""The case screens: the case list, the open case and its tabs, and the dialogs that change a
case."""

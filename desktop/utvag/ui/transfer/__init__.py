"""Moving cases between units in the app: the transfer dialog, importing a package with its
preview, registering a receipt, and the unit's keys. Every step calls ``utvag.services.transfer``,
the same use cases as ``utvag transfer …`` and ``utvag keys …``."""

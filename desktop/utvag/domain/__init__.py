"""The domain of Utväg: defector cases, people, assessments and the guideline's rules.

Pure Python with no Qt and no storage, importing nothing else of the application. Models are
frozen dataclasses and enums in small modules named for what they hold (``personal_number``,
``milieu``, ``consent``, ``threat``, ``routing``, ``defector_case`` …); the guideline's rules are
plain functions in :mod:`utvag.domain.rules`. Broken rules raise
:class:`utvag.domain.errors.DomainError` naming the field and the rule.
"""

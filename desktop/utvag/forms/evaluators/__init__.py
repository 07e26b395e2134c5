"""Evaluators turn validated answers of a form into a domain outcome.

A definition names its evaluator (``"evaluator": "defector-assessment/1"``). Evaluators are never
removed: a stored assessment made on an old form version keeps evaluating the way it did.
"""

"""Declarative assessment forms: loading, validation, conditional steps and evaluation.

Pure Python: imports the domain and nothing else of the application (no Qt, no storage). The
caller passes the forms directory (``resources/forms``) to :meth:`FormRegistry.from_directory`.
"""

from utvag.forms.answers import AnswersDocument, load_answers, parse_answers
from utvag.forms.definition import Field, FieldType, FormDefinition, Step
from utvag.forms.evaluation import evaluate_answers, evaluate_document
from utvag.forms.loader import FormRegistry, load_definition, parse_definition
from utvag.forms.validation import validate_answers, visibility
from utvag.forms.wizard import FormWizard, WizardState

__all__ = [
    "AnswersDocument",
    "Field",
    "FieldType",
    "FormDefinition",
    "FormRegistry",
    "FormWizard",
    "Step",
    "WizardState",
    "evaluate_answers",
    "evaluate_document",
    "load_answers",
    "load_definition",
    "parse_answers",
    "parse_definition",
    "validate_answers",
    "visibility",
]

"""The defector assessment in the desktop app: the wizard that renders any form definition, the
summary and sign-off, printing to PDF, and the case tabs that show the assessment in force."""

from utvag.ui.assessment.case_tabs import AnswersTab, AssessmentTab, assessment_tabs
from utvag.ui.assessment.wizard_dialog import AssessmentDialog

__all__ = ["AnswersTab", "AssessmentDialog", "AssessmentTab", "assessment_tabs"]

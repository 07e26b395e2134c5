"""Translated labels for the follow-up views: due items, statistics tables and categories,
log-review reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from utvag.ui.code_labels import CodeLabels

translate = QCoreApplication.translate


due_kind_label = CodeLabels(lambda: {
    "threat_review": translate("followup", "Review the threat assessment"),
    "police_followup_during": translate("followup", "Follow up with the Police"),
    "police_followup_after": translate("followup",
                                       "Follow up with the Police after the case"),
    "intervention_ending": translate("followup", "Intervention ends"),
    "state_funding_pending": translate("followup",
                                       "State funding awaits the Police's decision"),
    "relative_not_informed": translate("followup", "Inform the relative about support"),
    "relative_contact_path": translate(
        "followup", "Set up a contact path to the unit responsible for the relative"),
    "concern_protection_assessment": translate(
        "followup", "Protection assessment (24 hours)"),
    "concern_preliminary_assessment": translate(
        "followup", "Preliminary assessment (14 days)"),
    "need_followup": translate("followup", "Follow up whether the needs are met"),
    "concern_feedback": translate("followup", "Feedback to the concern's reporter"),
    "threat_assessment_awaited": translate(
        "threat", "The Police's threat assessment is awaited"),
    "threat_assessment_to_request": translate(
        "threat", "Ask the Police for the threat assessment"),
    "custody_transition_planning": translate(
        "threat", "Plan the transition to release with Kriminalvården/SiS"),
    "custody_release": translate("threat", "Expected release from custody"),
    "consultation_answer": translate("followup", "SAV's answer to the consultation"),
    "transfer_awaited": translate(
        "followup", "Move the application to the board the case is routed to"),
    "serious_crime_judgement": translate(
        "followup", "Judge with the Police whether the investigation continues (serious crime)"),
    "case_to_close": translate(
        "followup", "Close the case: the defector process has ended"),
    "sav_judgement_to_ask": translate(
        "followup", "Ask SAV whether the person is a special defector"),
})


threat_label = CodeLabels(lambda: {
    "low": translate("followup", "Low"),
    "high": translate("followup", "High"),
}, missing="—")


table_label = CodeLabels(lambda: {
    "opened": translate("followup", "Cases opened"),
    "closed": translate("followup", "Cases closed"),
    "outcome": translate("followup", "Assessment and routing outcome"),
    "milieu": translate("followup", "Milieu"),
    "age_band": translate("followup", "Age"),
    "gender": translate("followup", "Gender"),
    "transfers": translate("followup", "Transfers to another board"),
    "transfers_received": translate("followup", "Transfers from another board"),
    "interventions": translate("followup", "Interventions chosen"),
    "needs_safety_housing": translate("followup", "Needs: safety and housing"),
    "needs_livelihood": translate("followup", "Needs: livelihood"),
    "needs_employment_school": translate("followup", "Needs: employment or school"),
    "needs_health_addiction": translate("followup", "Needs: health and addiction"),
    "needs_relations": translate("followup", "Needs: relations"),
    "needs_criminality": translate("followup", "Needs: criminality"),
})


category_label = CodeLabels(lambda: {
    "Q1": translate("followup", "Jan–Mar"), "Q2": translate("followup", "Apr–Jun"),
    "Q3": translate("followup", "Jul–Sep"), "Q4": translate("followup", "Oct–Dec"),
    "not_assessed": translate("followup", "Not assessed"),
    "not_defector": translate("followup", "Not a defector"),
    "defector_own_district": translate("followup", "Defector, own district"),
    "defector_other_district": translate("followup", "Defector, other district"),
    "special_defector_sav": translate("followup", "Special defector (SAV)"),
    "criminal_network": translate("followup", "Criminal network"),
    "violent_extremism": translate("followup", "Violent extremism"),
    "honour_context": translate("followup", "Honour context"),
    "under_15": translate("followup", "Under 15"), "15_17": "15–17", "18_20": "18–20",
    "21_25": "21–25", "26_35": "26–35",
    "36_plus": translate("followup", "36 and over"),
    "unknown": translate("followup", "Unknown"),
    "female": translate("followup", "Female"), "male": translate("followup", "Male"),
    "other": translate("followup", "Other"),
    "protected_housing": translate("followup", "Protected housing"),
    "relocation": translate("followup", "Relocation"),
    "financial_support": translate("followup", "Financial support"),
    "counselling": translate("followup", "Counselling"),
    "mentor": translate("followup", "Mentor"),
    "employment_education": translate("followup", "Work or education"),
    "treatment": translate("followup", "Treatment"),
    "family_support": translate("followup", "Family support"),
    "met": translate("followup", "Met"),
    "partly": translate("followup", "Partly met"),
    "not_met": translate("followup", "Not met"),
    "not_followed_up": translate("followup", "Not followed up"),
})


review_reason_label = CodeLabels(lambda: {
    "protected_identity": translate("followup", "Protected identity: every access"),
    "high_risk": translate("followup", "High-risk case: every access"),
    "sample": translate("followup", "Monthly sample"),
    "concern_report": translate("followup", "Concern report: every access"),
})


# What an audit row of the follow-up records says, for the access logs.
followup_action_label = CodeLabels(lambda: {
    "intervention.add": translate("followup", "recorded an intervention"),
    "intervention.update": translate("followup", "ended an intervention"),
    "relative_link.add": translate("followup", "linked a relative"),
    "relative_link.update": translate("followup", "updated a relative"),
    "police_followup.add": translate("followup", "recorded a Police follow-up"),
    "concern_report.add": translate("followup", "recorded a concern report"),
    "concern_report.update": translate("followup", "updated a concern report"),
    "concern_report.link": translate("followup", "linked a concern report to the case"),
    "concern_report.read": translate("followup", "read a concern report"),
    "concern_report.list": translate("followup", "listed concern reports"),
    "concern_conversation.add": translate("followup",
                                          "recorded a conversation about a concern report"),
    "state_funding.add": translate("followup", "recorded a state-funding application"),
    "state_funding.update": translate("followup", "recorded the Police's funding decision"),
    "case_need.add": translate("followup", "recorded a need"),
    "need_intervention.add": translate("followup", "linked an intervention to a need"),
    "need_intervention.remove": translate("followup",
                                          "took back an intervention's link to a need"),
    "need_followup.add": translate("followup", "followed up a need"),
    "case.close": translate("followup", "closed the case"),
    "case.status": translate("followup", "changed the case's status"),
    "consent.withdraw": translate("followup", "recorded that the consent was withdrawn"),
    "application.add": translate("followup", "recorded an application"),
    "decision.add": translate("followup", "recorded a decision"),
    "special_defector.decide": translate("followup", "recorded SAV's special-defector "
                                                     "decision"),
    "retention.hold": translate("followup", "placed a legal hold"),
    "retention.release": translate("followup", "lifted a legal hold"),
    "retention.destroy": translate("followup", "destroyed the case (retention)"),
})


def retention_rule_label(rule: str, texts: dict[str, dict[str, str]], language: str) -> str:
    """Why a case is due or kept: a configured rule's own text, or one of the built-in reasons."""
    built_in = {
        "legal-hold": translate("followup", "Kept: a legal hold is in force"),
        "case-open": translate("followup", "Kept: the case is still open"),
        "concern-report-open": translate(
            "followup", "Kept: the concern report's preliminary assessment is not made"),
        "consultation-unanswered": translate(
            "followup", "Kept: SAV has not answered the consultation"),
        "log-review-unsigned": translate(
            "followup", "Kept: the log review is not signed"),
        "same-person-open-case": translate(
            "followup", "Kept: another case on the same person is open"),
        "same-person-later-entry": translate(
            "followup", "Kept: another case on the same person has a later entry"),
    }
    if rule in built_in:
        return built_in[rule]
    text = texts.get(rule, {})
    return text.get(language) or text.get("en") or rule


def retention_record_label(label: str) -> str:
    """What a row of the retention view or the destruction record is: a case's number as it is,
    a record without a case as its kind and id («Mottagen konsultation 3»)."""
    kinds = (  # longest prefix first: "log-review-signoff-" before "log-review-"
        ("consultation-received-", translate("followup", "Received consultation %1")),
        ("unit-incident-", translate("followup", "Incident at the unit %1")),
        ("incident-report-", translate("followup", "Received incident report %1")),
        ("log-review-signoff-", translate("followup", "Signed log review %1")),
        ("log-review-", translate("followup", "Received log review %1")),
        ("concern-report-", translate("followup", "Concern report %1")),
    )
    for prefix, text in kinds:
        rest = label[len(prefix):]
        if label.startswith(prefix) and rest.isdigit():
            return text.replace("%1", rest)
    return label

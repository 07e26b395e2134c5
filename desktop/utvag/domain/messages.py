"""Reasons and warnings: a stable machine code with Swedish and English text.

Codes never change meaning once released; stored outcomes keep their texts as they were written.
Parameters are given either as one string for both languages or as a ``(sv, en)`` pair.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from utvag.domain.errors import DomainError

Param = str | tuple[str, str]


@dataclass(frozen=True)
class Message:
    code: str
    sv: str = field(repr=False)
    en: str = field(repr=False)

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "sv": self.sv, "en": self.en}

    @classmethod
    def from_dict(cls, data: Any) -> Message:
        if not isinstance(data, dict) or not all(
            isinstance(data.get(k), str) for k in ("code", "sv", "en")
        ):
            raise DomainError(
                "A stored message needs code, sv and en.", field="message", rule="format"
            )
        return cls(code=data["code"], sv=data["sv"], en=data["en"])


_CATALOGUE: dict[str, tuple[str, str]] = {
    # criteria
    "belongs_met": (
        "Individen tillhör {milieu}.",
        "The person belongs to {milieu}.",
    ),
    "belongs_not_met": (
        "Det är inte visat att individen tillhör en kriminell gruppering/nätverk, "
        "våldsbejakande extremistisk miljö eller hederskontext.",
        "It is not shown that the person belongs to a criminal group/network, a violent-extremist "
        "milieu or an honour context.",
    ),
    "honour_context_not_perpetrator": (
        "Avhoppare från hederskontext avser en individ som utför hedersrelaterat våld och "
        "förtryck; individen är inte bedömd som utövare.",
        "A defector from an honour context is a person who commits honour-related violence and "
        "oppression; the person is not assessed as a perpetrator.",
    ),
    "wants_to_leave_met": (
        "Individen vill lämna miljön, visat genom samtycke och svar om motivation.",
        "The person wants to leave, shown by the consent and the answers about motivation.",
    ),
    "wants_to_leave_not_stated": (
        "Det är inte visat att individen vill lämna den miljö hen tillhört.",
        "It is not shown that the person wants to leave the milieu.",
    ),
    "wish_without_consent": (
        "Viljan att lämna visas bland annat genom samtycke till att bryta sekretessen; "
        "samtycke saknas.",
        "The wish to leave is shown partly by consenting to lift confidentiality; there is no "
        "consent.",
    ),
    "motivation_insight_missing": (
        "Individen saknar insikt om att aktivt arbeta för ett liv utan kriminalitet.",
        "The person lacks insight into actively working towards a life without crime.",
    ),
    "motivation_long_term_missing": (
        "Individen saknar motivation att på lång sikt leva ett liv utan kriminalitet.",
        "The person lacks motivation to live a life without crime in the long term.",
    ),
    "needs_protection_met": (
        "Individen har behov av samhällets stöd och/eller skydd (hotbild: {level}).",
        "The person needs society's support and/or protection (threat level: {level}).",
    ),
    "needs_protection_not_met": (
        "Individen bedöms inte ha behov av samhällets stöd och/eller skydd.",
        "The person is not assessed to need society's support and/or protection.",
    ),
    "consent_met": (
        "Samtycke till att häva sekretessen finns och omfattar berörda myndigheter.",
        "Consent to lift confidentiality is given and covers the authorities involved.",
    ),
    "consent_missing": (
        "Samtycke till att häva sekretessen mellan myndigheter saknas.",
        "There is no consent to lift confidentiality between authorities.",
    ),
    "consent_withdrawn": (
        "Samtycket återkallades {withdrawn_on}; uppgifter får inte längre utbytas med stöd av det.",
        "The consent was withdrawn on {withdrawn_on}; information may no longer be exchanged "
        "under it.",
    ),
    "consent_not_covering": (
        "Samtycket omfattar inte alla berörda myndigheter; saknas: {missing}.",
        "The consent does not cover every authority involved; missing: {missing}.",
    ),
    "defector": (
        "Samtliga fyra kriterier är uppfyllda: individen är avhoppare.",
        "All four criteria hold: the person is a defector.",
    ),
    "not_defector": (
        "Individen är inte avhoppare; ej uppfyllda kriterier: {failed}.",
        "The person is not a defector; criteria not met: {failed}.",
    ),
    # routing
    "route_special_defector_threat": (
        "Hög hotbild och högt skyddsbehov: särskild avhoppare, handläggs av SAV oavsett "
        "tillhörighet ({belonging}).",
        "High threat and high protection need: special defector, handled by SAV whatever the "
        "district of belonging ({belonging}).",
    ),
    "route_special_circumstances": (
        "Särskilda omständigheter; SAV har beslutat att individen är särskild avhoppare. "
        "Motivering: {justification}",
        "Other special circumstances; SAV has decided the person is a special defector. "
        "Justification: {justification}",
    ),
    "route_district": (
        "Låg hotbild: ärendet handläggs av socialnämnden i stadsområdet där individen har sin "
        "tillhörighet ({belonging}).",
        "Low threat: the case is handled by the board of the district the person belongs to "
        "({belonging}).",
    ),
    "route_not_defector": (
        "Inte avhoppare: ärendet handläggs av socialnämnden i stadsområdet där individen har sin "
        "tillhörighet ({belonging}).",
        "Not a defector: the case stays with the board of the district the person belongs to "
        "({belonging}).",
    ),
    "override_ignored_high_threat": (
        "Särskilda omständigheter behöver inte prövas: hög hotbild gör redan individen till "
        "särskild avhoppare.",
        "Special circumstances need no review: the high threat already makes the person a "
        "special defector.",
    ),
    # protection
    "relocation_high_threat_away": (
        "Hög hotbild föranleder alltid behov av skydd genom flytt bort från Göteborg.",
        "A high threat always calls for protection by relocation away from Gothenburg.",
    ),
    "relocation_low_threat_assessed": (
        "Låg hotbild: behovet av flytt är bedömt utifrån stöd att komma bort från närmiljön "
        "({relocation}).",
        "Low threat: the need to relocate is assessed from the support needed to get away from "
        "the person's surroundings ({relocation}).",
    ),
    # warnings
    "belongs_without_authority_source": (
        "Tillhörigheten bygger bara på individens egna uppgifter; inhämta information från "
        "samverkande myndigheter, främst Polismyndigheten och Kriminalvården.",
        "Belonging rests on the person's own account only; obtain information from cooperating "
        "authorities, above all the Police and the Prison and Probation Service.",
    ),
    "milieu_judgement_missing": (
        "Det är inte angivet vem som bedömt grupperingen/miljön och när.",
        "It is not recorded who judged the group or milieu, and when.",
    ),
    "milieu_judge_unexpected": (
        "Enligt riktlinjen bedöms {kind} av {expected}.",
        "By the guideline, {kind} is judged by {expected}.",
    ),
    "womens_roles_not_considered": (
        "Kvinnors roll ska särskilt beaktas men är inte beaktad i bedömningen.",
        "Women's roles must be given particular attention but were not considered.",
    ),
    "threat_update_reroutes": (
        "Den nya hotbildsbedömningen ({level_before} → {level_after}) ändrar vem som ska "
        "handlägga ärendet: {unit_before} → {unit_after}. Uppgifter som förändrar bedömningen "
        "av hotbild kan innebära att ärendet ska flyttas.",
        "The new threat assessment ({level_before} → {level_after}) changes who handles the "
        "case: {unit_before} → {unit_after}. Information that changes the threat assessment "
        "can mean that the case is to be transferred.",
    ),
    "threat_update_same_routing": (
        "Den nya hotbildsbedömningen ({level_before} → {level_after}) ändrar inte vem som "
        "handlägger ärendet ({unit_after}).",
        "The new threat assessment ({level_before} → {level_after}) does not change who "
        "handles the case ({unit_after}).",
    ),
    "threat_update_propose_transfer": (
        "Förslag: flytta ärendet till {unit_after}.",
        "Proposed: transfer the case to {unit_after}.",
    ),
    "threat_review_missing": (
        "Inget datum för förnyad hotbildsbedömning är satt.",
        "No date is set for reviewing the threat assessment.",
    ),
    "threat_review_overdue": (
        "Hotbildsbedömningen skulle ha omprövats {review_on}; inhämta en ny från Polismyndigheten.",
        "The threat assessment was due for review on {review_on}; obtain a new one from the "
        "Police.",
    ),
    "low_threat_high_protection_need": (
        "Låg hotbild men högt skyddsbehov: överväg om särskilda omständigheter föreligger och "
        "samråd med SAV.",
        "Low threat but high protection need: consider whether special circumstances apply and "
        "consult SAV.",
    ),
    "override_pending": (
        "Särskilda omständigheter är anmälda men SAV har ännu inte beslutat; ärendet fördelas "
        "tills vidare efter hotbilden.",
        "Special circumstances are put forward but SAV has not decided yet; until then the case is "
        "routed by the threat level.",
    ),
    "override_rejected": (
        "SAV har bedömt att särskilda omständigheter inte gör individen till särskild avhoppare.",
        "SAV has decided that the special circumstances do not make the person a special defector.",
    ),
    "relocation_to_assess": (
        "Behovet av flytt är ännu inte bedömt.",
        "The need to relocate has not been assessed yet.",
    ),
    "serious_crime_consultation_pending": (
        "Individen är misstänkt för allvarlig brottslighet: bedöm i samverkan med "
        "Polismyndigheten om utredningen ska fortsätta.",
        "The person is suspected of serious crime: judge together with the Police whether to "
        "continue the investigation.",
    ),
    "serious_crime_discontinue": (
        "Samrådet med Polismyndigheten ledde till att det inte är lämpligt att fortsätta "
        "avhopparutredningen.",
        "The consultation with the Police concluded that continuing the defector investigation "
        "is not appropriate.",
    ),
    "custody_transition_plan_missing": (
        "Individen är i {setting}: planera övergången till frigivning i samverkan med {authority}.",
        "The person is in {setting}: plan the transition to release together with {authority}.",
    ),
    "custody_release_date_missing": (
        "Datum för frigivning eller utskrivning saknas.",
        "The release date is missing.",
    ),
    "state_funding_not_defector": (
        "Statliga medel är sökta men individen uppfyller inte kriterierna för avhoppare.",
        "State funding is applied for but the person does not meet the defector criteria.",
    ),
    "state_funding_police_form_missing": (
        "Polisens blankett för stöd till avhoppare är inte undertecknad.",
        "The Police's form for defector support has not been signed.",
    ),
    "state_funding_witness": (
        "Individen är vittne i ett pågående mål; Polisens villkor för stöd kan vara ouppfyllda.",
        "The person is a witness in an ongoing case; the Police's conditions for support may not "
        "be met.",
    ),
    "relative_not_informed": (
        "Anhörig har inte informerats om stöd och hjälp som finns att få.",
        "A relative has not been informed about the support available.",
    ),
    "relative_contact_path_missing": (
        "Kommunikationsväg till ansvarig verksamhet för anhörig saknas.",
        "There is no communication path to the unit responsible for a relative.",
    ),
    # SAV's word on special-defector status
    "sav_confirmed_special": (
        "SAV har bedömt att individen är särskild avhoppare ({decided_on}).",
        "SAV has decided that the person is a special defector ({decided_on}).",
    ),
    "sav_not_special": (
        "SAV har bedömt att individen inte är särskild avhoppare ({decided_on}); ärendet "
        "överflyttas till {district}.",
        "SAV has decided that the person is not a special defector ({decided_on}); the case "
        "moves to {district}.",
    ),
    "sav_differs_from_threat": (
        "SAV:s bedömning skiljer sig från vad Polisens hotbild ger; motiveringen är avgörande.",
        "SAV's decision differs from what the Police's threat assessment gives; the "
        "justification is decisive.",
    ),
    # derived answers and ignored ones
    "derived_high_threat": (
        "Hög hotbild: {field} har fyllts i som {value}.",
        "High threat: {field} was filled in as {value}.",
    ),
    "hidden_answer_ignored": (
        "Svaret på {field} gäller inte efter de andra svaren och har inte räknats.",
        "The answer to {field} does not apply given the other answers and was not counted.",
    ),
    "fact_from_case": (
        "{field} fylls i från ärendet (ålder på bedömningsdagen); det angivna svaret har "
        "ersatts.",
        "{field} is filled in from the case (age on the day of the assessment); the answer "
        "given was replaced.",
    ),
}

CODES: frozenset[str] = frozenset(_CATALOGUE)


def message(code: str, **params: Param) -> Message:
    """Build the message ``code`` with its parameters filled in."""
    try:
        sv_template, en_template = _CATALOGUE[code]
    except KeyError:
        raise KeyError(f"unknown message code {code!r}") from None
    sv_params = {k: v[0] if isinstance(v, tuple) else v for k, v in params.items()}
    en_params = {k: v[1] if isinstance(v, tuple) else v for k, v in params.items()}
    return Message(
        code=code, sv=sv_template.format(**sv_params), en=en_template.format(**en_params)
    )

"""Rules about the milieu a person belongs to (guideline, section "Definitioner")."""

from __future__ import annotations

from utvag.domain.messages import Message, message
from utvag.domain.milieu import ExtremistMilieu, Milieu, MilieuJudge, MilieuKind, NetworkCategory

# Swedish and English names, for reasons and warnings.
_NETWORK = {
    NetworkCategory.SELF_DEFINED: ("självdefinierad grupp", "self-defined group"),
    NetworkCategory.EXTERNALLY_DEFINED: ("externdefinierad grupp", "externally defined group"),
    NetworkCategory.UNNAMED: ("icke-namngiven grupp", "unnamed group"),
    NetworkCategory.PROJECT_BASED: ("projektbaserad konstellation", "project-based constellation"),
}
_EXTREMIST = {
    ExtremistMilieu.RIGHT_WING: ("den högerextrema miljön", "the right-wing extremist milieu"),
    ExtremistMilieu.LEFT_WING: ("den vänsterextrema miljön", "the left-wing extremist milieu"),
    ExtremistMilieu.VIOLENT_ISLAMIST: (
        "den våldsbejakande islamistiska miljön", "the violent Islamist milieu"),
}
_KIND = {
    MilieuKind.CRIMINAL_NETWORK: (
        "kriminella grupperingar/nätverk", "which criminal groups/networks exist"),
    MilieuKind.VIOLENT_EXTREMISM: (
        "våldsbejakande extremistiska miljöer", "which violent-extremist milieus exist"),
    MilieuKind.HONOUR_CONTEXT: ("hederskontext", "an honour context"),
}


def describe_milieu(milieu: Milieu) -> tuple[str, str]:
    """A short Swedish and English description of the milieu, for reasons."""
    if milieu.kind is MilieuKind.CRIMINAL_NETWORK and milieu.network_category is not None:
        sv, en = _NETWORK[milieu.network_category]
        return f"en kriminell gruppering/nätverk ({sv})", f"a criminal group/network ({en})"
    if milieu.kind is MilieuKind.VIOLENT_EXTREMISM and milieu.extremist_milieu is not None:
        sv, en = _EXTREMIST[milieu.extremist_milieu]
        return f"en våldsbejakande extremistisk miljö ({sv})", f"a violent-extremist milieu ({en})"
    return ("en hederskontext som utövare", "an honour context as a perpetrator")


def expected_milieu_judge(kind: MilieuKind) -> MilieuJudge | None:
    """Who judges which groups or milieus exist.

    Guideline, "Definitioner › Kriminell gruppering/nätverk":
        «Vilka dessa grupperingar/nätverk är kommer att variera över tid och bedöms av
        Polismyndigheten.»
    Guideline, "Definitioner › Våldsbejakande extremistisk miljö":
        «Vilka de våldsbejakande extremistiska miljöerna är kommer att variera över tid och
        bedöms av Säkerhetspolisen.»
    The guideline names no such judge for an honour context, so None.
    """
    if kind is MilieuKind.CRIMINAL_NETWORK:
        return MilieuJudge.POLICE
    if kind is MilieuKind.VIOLENT_EXTREMISM:
        return MilieuJudge.SECURITY_SERVICE
    return None


def milieu_judge_warnings(milieu: Milieu) -> tuple[Message, ...]:
    """Warn when the judgement of the milieu is missing or made by another authority than the
    guideline names (:func:`expected_milieu_judge` quotes the passages in full).

    Guideline, "Definitioner › Kriminell gruppering/nätverk" and "› Våldsbejakande
    extremistisk miljö": the groups or milieus «bedöms av Polismyndigheten» and «bedöms av
    Säkerhetspolisen» respectively.
    """
    expected = expected_milieu_judge(milieu.kind)
    if expected is None:
        return ()
    if milieu.judged_by is None:
        return (message("milieu_judgement_missing"),)
    if milieu.judged_by is not expected:
        return (
            message(
                "milieu_judge_unexpected",
                kind=_KIND[milieu.kind],
                expected=expected.authority.names,
            ),
        )
    return ()


def is_honour_context_defector(milieu: Milieu) -> bool:
    """Only a perpetrator can be a defector from an honour context.

    Guideline, "Definitioner › Hederskontext":
        «Avhoppare från hederskontext avser en individ som utför hedersrelaterat våld och
        förtryck.»
    """
    return milieu.kind is MilieuKind.HONOUR_CONTEXT and milieu.honour_perpetrator is True

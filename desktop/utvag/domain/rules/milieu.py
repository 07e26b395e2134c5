"""Rules about the milieu a person belongs to (guideline, section "Definitioner")."""

from __future__ import annotations

from utvag.domain.messages import Message, message
from utvag.domain.milieu import ExtremistMilieu, Milieu, MilieuJudge, MilieuKind, NetworkCategory

_NETWORK_SV = {
    NetworkCategory.SELF_DEFINED: "självdefinierad grupp",
    NetworkCategory.EXTERNALLY_DEFINED: "externdefinierad grupp",
    NetworkCategory.UNNAMED: "icke-namngiven grupp",
    NetworkCategory.PROJECT_BASED: "projektbaserad konstellation",
}
_NETWORK_EN = {
    NetworkCategory.SELF_DEFINED: "self-defined group",
    NetworkCategory.EXTERNALLY_DEFINED: "externally defined group",
    NetworkCategory.UNNAMED: "unnamed group",
    NetworkCategory.PROJECT_BASED: "project-based constellation",
}
_EXTREMIST_SV = {
    ExtremistMilieu.RIGHT_WING: "den högerextrema miljön",
    ExtremistMilieu.LEFT_WING: "den vänsterextrema miljön",
    ExtremistMilieu.VIOLENT_ISLAMIST: "den våldsbejakande islamistiska miljön",
}
_EXTREMIST_EN = {
    ExtremistMilieu.RIGHT_WING: "the right-wing extremist milieu",
    ExtremistMilieu.LEFT_WING: "the left-wing extremist milieu",
    ExtremistMilieu.VIOLENT_ISLAMIST: "the violent Islamist milieu",
}
_KIND_SV = {
    MilieuKind.CRIMINAL_NETWORK: "kriminella grupperingar/nätverk",
    MilieuKind.VIOLENT_EXTREMISM: "våldsbejakande extremistiska miljöer",
    MilieuKind.HONOUR_CONTEXT: "hederskontext",
}
_KIND_EN = {
    MilieuKind.CRIMINAL_NETWORK: "which criminal groups/networks exist",
    MilieuKind.VIOLENT_EXTREMISM: "which violent-extremist milieus exist",
    MilieuKind.HONOUR_CONTEXT: "an honour context",
}
_JUDGE_SV = {
    MilieuJudge.POLICE: "Polismyndigheten",
    MilieuJudge.SECURITY_SERVICE: "Säkerhetspolisen",
}
_JUDGE_EN = {MilieuJudge.POLICE: "the Police", MilieuJudge.SECURITY_SERVICE: "the Security Service"}


def describe_milieu(milieu: Milieu) -> tuple[str, str]:
    """A short Swedish and English description of the milieu, for reasons."""
    if milieu.kind is MilieuKind.CRIMINAL_NETWORK and milieu.network_category is not None:
        category = milieu.network_category
        return (
            f"en kriminell gruppering/nätverk ({_NETWORK_SV[category]})",
            f"a criminal group/network ({_NETWORK_EN[category]})",
        )
    if milieu.kind is MilieuKind.VIOLENT_EXTREMISM and milieu.extremist_milieu is not None:
        extremist = milieu.extremist_milieu
        return (
            f"en våldsbejakande extremistisk miljö ({_EXTREMIST_SV[extremist]})",
            f"a violent-extremist milieu ({_EXTREMIST_EN[extremist]})",
        )
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
    guideline names (see :func:`expected_milieu_judge`).

    Guideline, "Definitioner › Kriminell gruppering/nätverk":
        «Vilka dessa grupperingar/nätverk är kommer att variera över tid och bedöms av
        Polismyndigheten.»
    Guideline, "Definitioner › Våldsbejakande extremistisk miljö":
        «Vilka de våldsbejakande extremistiska miljöerna är kommer att variera över tid och
        bedöms av Säkerhetspolisen.»
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
                kind=(_KIND_SV[milieu.kind], _KIND_EN[milieu.kind]),
                expected=(_JUDGE_SV[expected], _JUDGE_EN[expected]),
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

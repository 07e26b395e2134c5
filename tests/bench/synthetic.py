"""Deterministic, clearly fictional case data for the benchmarks.

Surnames are random joins of invented syllables (``Fjäskvik``, ``Omblund``), first names come from
a short list of common given names, and identity numbers end in a deliberately wrong check digit,
so no generated person can be a real one. Note texts are drawn from a social-services vocabulary
with a skewed (Zipf-like) word frequency, as real journals have.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from utvag.domain.personal_number import luhn_check_digit

SEED = 20_250_601

FIRST_NAMES = (
    "Aisha", "Ali", "Alma", "Amir", "Anna", "Astrid", "Ayan", "Bashir", "Bilal", "Cecilia",
    "Dalia", "Daniel", "Diana", "Elias", "Elin", "Emir", "Emma", "Erik", "Fatima", "Filip",
    "Hamid", "Hanna", "Hassan", "Ida", "Ibrahim", "Isak", "Jasmin", "Johan", "Jonas", "Karin",
    "Khalid", "Lars", "Layla", "Leila", "Linnea", "Lucas", "Maja", "Malik", "Maria", "Marwa",
    "Maryam", "Mohammed", "Mustafa", "Nadia", "Nils", "Noor", "Olivia", "Omar", "Oscar", "Petra",
    "Rami", "Rana", "Sabina", "Sara", "Selma", "Sofia", "Tariq", "Theo", "Vera", "Yasmin",
    "Yusuf", "Zainab", "Zara", "Åsa",
)
_HEADS = (
    "Alb", "Brusk", "Dimm", "Ekl", "Fjäsk", "Grevl", "Hulm", "Ilv", "Jorv", "Kvarn", "Ljusk",
    "Mörv", "Nyb", "Omb", "Prästv", "Rusk", "Sälv", "Tjurv", "Ulv", "Vrets", "Yxl", "Ärv",
    "Östr", "Bjälk", "Dunk", "Fjov", "Gnist", "Hägr", "Knöl", "Lomm", "Murk", "Skvalt",
)
_MIDS = ("", "a", "e", "i", "o", "u", "ar", "el", "en", "or")
_TAILS = (
    "berg", "blad", "by", "dahl", "gren", "holm", "hult", "kvist", "lund", "man", "mo", "myr",
    "näs", "qvist", "sjö", "strand", "ström", "vik", "zelius", "ås",
)

# Function words first (the most frequent), then a caseworker's content words: a base list and
# Swedish compounds of it, in a fixed shuffled order. Word frequency falls off as 1/rank (Zipf).
FUNCTION_WORDS = (
    "och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har",
    "inte", "om", "ett", "hon", "han", "men", "var", "vid", "kan", "ska", "efter", "också",
    "hade", "nu", "vill", "när", "sin",
)
BASE_WORDS = (
    "samtal", "mamma", "pappa", "skola", "familj", "kontakt", "möte", "polis", "hot", "oro",
    "boende", "bror", "syster", "telefon", "uppföljning", "bedömning", "placering", "skyddat",
    "kurator", "socialsekreterare", "orosanmälan", "utredning", "riskbedömning", "säkerhetsplan",
    "insats", "stödsamtal", "bistånd", "ekonomiskt", "kontaktperson", "trakasserier", "våld",
    "hedersnormer", "avhopp", "gängmiljö", "kriminalitet", "narkotika", "skulder", "tolk",
    "vårdnadshavare", "arabiska", "somaliska", "dari", "tigrinja", "förskola", "gymnasiet",
    "lärare", "rektor", "elevhälsa", "bup", "vårdcentral", "akuten", "jourhem", "stödboende",
    "skyddsplacering", "adressändring", "sekretessmarkering", "folkbokföring", "kvinnojour",
    "ungdomsmottagning", "frivården", "kriminalvården", "åklagare", "förundersökning", "förhör",
    "vittne", "målsägande", "kontaktförbud", "larm", "trygghetslarm", "hembesök", "nätverksmöte",
    "samordnad", "individuell", "plan", "sip", "lvu", "beslut", "yttrande", "överklagande",
    "förvaltningsrätten", "kusin", "farbror", "morbror", "faster", "moster", "svärfamilj",
    "förlovning", "äktenskap", "resa", "utlandet", "pass", "mobiltelefon", "sociala", "medier",
    "meddelanden", "kontroll", "isolering", "ekonomi", "arbete", "praktik", "sfi",
    "arbetsförmedlingen", "försörjning", "hyresvärd", "andrahandskontrakt", "flytt", "ort",
    "kommun", "mottagande", "överlämning", "samtycke", "fullmakt", "anteckning", "rättelse",
    "bilaga", "läkarintyg", "skador", "blåmärken", "sömnsvårigheter", "ångest", "självskada",
    "missbruk", "alkohol", "behandling", "öppenvård", "motiverande", "återfall", "provsvar",
    "urinprov", "besked", "väntar", "återkommer", "bokad", "inställt", "uteblev", "ringde",
    "mejl", "brev", "berättar", "uppger", "känner", "rädd", "trygg", "orolig", "lugn", "arg",
    "ledsen", "hemma", "skolan", "kvällen", "helgen", "veckan", "imorgon", "igår", "tidigare",
)
_FIRST = (
    "skol", "familje", "social", "polis", "hem", "boende", "kontakt", "stöd", "säkerhets",
    "risk", "hot", "våld", "ekonomi", "arbets", "vård", "barn", "ungdoms", "kvinno", "besöks",
    "samtals", "uppföljnings", "utrednings", "insats", "skydds", "telefon", "nätverks",
    "kurators", "läkar", "tolk", "resurs", "jour", "kris", "hyres", "tjänste", "rätts",
)
_SECOND = (
    "möte", "samtal", "plan", "kontakt", "besök", "beslut", "ärende", "utredning", "insats",
    "rapport", "anmälan", "bedömning", "stöd", "situation", "frågor", "uppgifter", "tid",
    "handling", "åtgärd", "intyg", "personal", "miljö", "problem", "behov", "lösning",
)


def _content_words() -> tuple[str, ...]:
    words = list(dict.fromkeys(BASE_WORDS + tuple(a + b for a in _FIRST for b in _SECOND)))
    random.Random(7).shuffle(words)
    return tuple(words)


CONTENT_WORDS = _content_words()
VOCABULARY = FUNCTION_WORDS + CONTENT_WORDS
_CUMULATIVE = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(VOCABULARY))))
SEARCHABLE = tuple(w for w in CONTENT_WORDS if len(w) >= 3)

UNITS = ("Centrum", "Hisingen", "Nordost", "Sydvast")
CASE_TYPES = ("defector", "defector", "relative", "high_risk")
PROTECTION = ("none",) * 17 + ("sekretessmarkering", "sekretessmarkering",
                               "skyddad_folkbokforing")
CASEWORKERS = ("handläggare.a", "handläggare.b", "handläggare.c", "handläggare.d")
EPOCH = datetime(2019, 1, 1, tzinfo=UTC)
SPAN = timedelta(days=7 * 365)


@dataclass(frozen=True)
class FakePerson:
    name: str
    personal_number: str | None
    number_kind: str
    birth_date: str
    gender: str | None
    protected_identity: str
    district: str | None

    def fields(self) -> dict[str, Any]:
        return {
            "name": self.name, "personal_number": self.personal_number,
            "number_kind": self.number_kind, "birth_date": self.birth_date,
            "gender": self.gender, "protected_identity": self.protected_identity,
            "district": self.district,
        }


def surname(rng: random.Random) -> str:
    return rng.choice(_HEADS) + rng.choice(_MIDS) + rng.choice(_TAILS)


def fake_number(birth: datetime, rng: random.Random) -> str:
    """``YYYYMMDD-NNNC`` whose check digit is wrong on purpose: never a real person's number."""
    serial = f"{rng.randrange(1000):03d}"
    ten = birth.strftime("%y%m%d") + serial
    wrong = (luhn_check_digit(ten) + 1 + rng.randrange(9)) % 10
    return birth.strftime("%Y%m%d") + "-" + serial + str(wrong)


def person(rng: random.Random) -> FakePerson:
    name = rng.choice(FIRST_NAMES) + " " + surname(rng)
    if rng.random() < 0.15:
        name = rng.choice(FIRST_NAMES) + " " + name  # a second given name
    birth = datetime(1960, 1, 1) + timedelta(days=rng.randrange(45 * 365))
    has_number = rng.random() < 0.8
    return FakePerson(
        name=name,
        personal_number=fake_number(birth, rng) if has_number else None,
        number_kind="personal_identity_number" if has_number else "no_swedish_number",
        birth_date=birth.date().isoformat(),
        gender=rng.choice(("kvinna", "man", None)),
        protected_identity=rng.choice(PROTECTION),
        district=rng.choice((*UNITS, None)),
    )


def note_text(rng: random.Random) -> str:
    words = rng.choices(VOCABULARY, cum_weights=_CUMULATIVE, k=rng.randrange(25, 90))
    sentences, start = [], 0
    while start < len(words):
        end = start + rng.randrange(6, 14)
        sentence = " ".join(words[start:end])
        sentences.append(sentence[:1].upper() + sentence[1:] + ".")
        start = end
    return " ".join(sentences)


def timestamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def opened_at(index: int, total: int, rng: random.Random) -> datetime:
    """Cases open in order over seven years, with some jitter."""
    base = EPOCH + SPAN * (index / max(total, 1))
    return base + timedelta(minutes=rng.randrange(0, 600))


def search_queries(rng: random.Random, count: int, case_numbers: list[str],
                   people: list[tuple[str, str | None, str]]) -> list[str]:
    """What caseworkers type into the search box: name, note-word and number prefixes.

    ``people`` holds (name, identity number or None, birth date) of persons in the store.
    """
    queries = []
    for _ in range(count):
        kind = rng.random()
        name, number, birth_date = rng.choice(people)
        first, *_, last = name.split()
        if kind < 0.20:  # a given name, partly typed
            queries.append(first[: rng.randrange(3, len(first) + 1)])
        elif kind < 0.35:  # a surname, partly typed
            queries.append(last[: rng.randrange(3, min(len(last), 7) + 1)])
        elif kind < 0.50:  # given name and the start of the surname
            queries.append(f"{first} {last[: rng.randrange(2, 5)]}")
        elif kind < 0.70:  # a note word, partly typed
            word = rng.choice(SEARCHABLE)
            queries.append(word[: rng.randrange(3, len(word) + 1)])
        elif kind < 0.80:  # two note words
            a, b = rng.sample(SEARCHABLE, 2)
            queries.append(f"{a[: rng.randrange(3, len(a) + 1)]} {b[:4]}")
        elif kind < 0.85:  # a name and a note word
            queries.append(f"{last[:4]} {rng.choice(SEARCHABLE)[:4]}")
        elif kind < 0.93:  # a case number, whole or its serial part
            case_number = rng.choice(case_numbers)
            queries.append(case_number if rng.random() < 0.5 else case_number.rsplit("-", 1)[1])
        else:  # a date of birth or identity number
            pnr = number or birth_date.replace("-", "")
            queries.append(pnr[: rng.choice((8, 13))])
    return queries

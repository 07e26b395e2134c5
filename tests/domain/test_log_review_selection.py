"""The log-review queue: every access to protected-identity and high-risk cases, plus a sample."""

from __future__ import annotations

from utvag.domain.log_review import (
    Access,
    CaseFlags,
    ReviewReason,
    always_reviewed,
    queue_digest,
    review_queue,
)


def accesses(count: int, case_id: int, start: int = 1) -> list[Access]:
    return [Access(start + n, f"2025-03-0{1 + n % 9}T10:00:00", "anna", "case.read", case_id)
            for n in range(count)]


FLAGS = {
    1: CaseFlags("defector", "none"),
    2: CaseFlags("defector", "skyddad_folkbokforing"),
    3: CaseFlags("high_risk", "none"),
}


def test_selection_is_one_function() -> None:
    assert always_reviewed(FLAGS[1]) is None
    assert always_reviewed(FLAGS[2]) is ReviewReason.PROTECTED_IDENTITY
    assert always_reviewed(FLAGS[3]) is ReviewReason.HIGH_RISK


def test_every_flagged_access_and_a_fixed_sample_of_the_rest() -> None:
    log = accesses(100, 1) + accesses(30, 2, 101) + accesses(5, 3, 131)
    queue = review_queue(log, FLAGS, month="2025-03", key=b"k" * 32, sample_size=10)
    reasons = [e.reason for e in queue]
    assert reasons.count(ReviewReason.PROTECTED_IDENTITY) == 30
    assert reasons.count(ReviewReason.HIGH_RISK) == 5
    assert reasons.count(ReviewReason.SAMPLE) == 10
    assert [e.access.seq for e in queue] == sorted(e.access.seq for e in queue)
    again = review_queue(log, FLAGS, month="2025-03", key=b"k" * 32, sample_size=10)
    assert queue_digest(again) == queue_digest(queue)
    other_key = review_queue(log, FLAGS, month="2025-03", key=b"x" * 32, sample_size=10)
    assert queue_digest(other_key) != queue_digest(queue)

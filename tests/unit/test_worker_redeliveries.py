"""The worker skips a record Faust hands it a second time (a start-up seek back to the committed offset)."""

from streams.worker import Redeliveries


def test_records_in_order_are_all_new() -> None:
    seen = Redeliveries()
    assert [seen.is_repeat("pages.raw", 0, offset) for offset in (5, 6, 7)] == [False, False, False]


def test_a_record_handed_over_again_is_a_repeat() -> None:
    seen = Redeliveries()
    for offset in (5, 6, 7):
        seen.is_repeat("pages.raw", 0, offset)
    assert seen.is_repeat("pages.raw", 0, 5)
    assert seen.is_repeat("pages.raw", 0, 7)
    assert not seen.is_repeat("pages.raw", 0, 8)


def test_partitions_and_topics_are_apart() -> None:
    seen = Redeliveries()
    seen.is_repeat("pages.raw", 0, 9)
    assert not seen.is_repeat("pages.raw", 1, 3)
    assert not seen.is_repeat("deals.events", 0, 3)


def test_a_revoked_partition_starts_afresh() -> None:
    seen = Redeliveries()
    seen.is_repeat("pages.raw", 0, 9)
    seen.is_repeat("pages.raw", 1, 9)
    seen.forget([("pages.raw", 0)])
    assert not seen.is_repeat("pages.raw", 0, 4)
    assert seen.is_repeat("pages.raw", 1, 4)


def test_a_gap_is_not_a_repeat() -> None:
    """Compacted or transactional topics skip offsets: a later offset is always new."""
    seen = Redeliveries()
    seen.is_repeat("pages.raw", 0, 2)
    assert not seen.is_repeat("pages.raw", 0, 40)

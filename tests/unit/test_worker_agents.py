"""DEALSTREAM_AGENTS: which agents a worker process runs (all by default, or one side of the split)."""

import logging
from pathlib import Path

import pytest

from streams.config import Settings
from streams.worker import create_app, quiet_worker


@pytest.mark.parametrize(("agents", "expected", "tables"), [
    ("all", ["pages", "route-by-deal", "stories"], ["stories-by-deal"]),
    ("pages", ["pages"], []),
    ("stories", ["route-by-deal", "stories"], ["stories-by-deal"]),
])
def test_a_worker_runs_the_agents_its_setting_names(agents: str, expected: list[str], tables: list[str],
                                                     tmp_path: Path) -> None:
    app = create_app(Settings(agents=agents, state_dir=tmp_path))
    assert sorted(app.agents) == expected
    assert sorted(app.tables) == tables


def test_every_agent_runs_in_one_process_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEALSTREAM_AGENTS", raising=False)
    assert Settings().agents == "all"


def test_an_unknown_agent_set_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEALSTREAM_AGENTS", "extract")
    with pytest.raises(ValueError, match="DEALSTREAM_AGENTS"):
        Settings()


@pytest.mark.parametrize("loglevel", ["info", "warning"])
def test_the_worker_logs_at_its_level_only(loglevel: str, tmp_path: Path) -> None:
    """No logger left at DEBUG (Faust's spinner would set the root logger so at warning level)."""
    root = logging.getLogger()
    level, handlers = root.level, root.handlers[:]
    try:
        quiet_worker(create_app(Settings(state_dir=tmp_path)), loglevel)._setup_logging()
        assert root.level == getattr(logging, loglevel.upper())
        assert not logging.getLogger("aiokafka.producer.producer").isEnabledFor(logging.DEBUG)
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)

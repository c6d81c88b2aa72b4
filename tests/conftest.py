"""Fixtures shared by the whole suite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from support.seeds import ROOT, seed_paths
from text_stub import TextStub


@pytest.fixture
def repo_root() -> Path:
    """The checkout's top folder."""
    return ROOT


@pytest.fixture
def seed_articles() -> list[Path]:
    """Every seed article; the test fails when the seeds are not beside the checkout."""
    return seed_paths()


@pytest.fixture(scope="session")
def _empty_text_services() -> Iterator[str]:
    """A local PubMed / Europe PMC stand-in that holds no work (see the fixture below)."""
    with TextStub() as stub:
        yield stub.base


@pytest.fixture(autouse=True)
def _text_services_stay_local(_empty_text_services: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """`audit` asks PubMed and Europe PMC for abstracts unless --no-support: tests that do not
    name a stand-in get an empty local one, so no test ever reaches the real services."""
    monkeypatch.setenv("CITECHECK_PUBMED_URL", f"{_empty_text_services}/entrez/eutils")
    monkeypatch.setenv(
        "CITECHECK_EUROPEPMC_URL", f"{_empty_text_services}/europepmc/webservices/rest"
    )
    monkeypatch.delenv("NCBI_API_KEY", raising=False)

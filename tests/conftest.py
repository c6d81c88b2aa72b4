"""Fixtures shared by the whole suite."""

from __future__ import annotations

import dataclasses
import functools
import multiprocessing
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from citecheck.resolution import crossref, europepmc, pubmed, text_http
from citecheck.resolution.http import HttpSettings
from support.seeds import ROOT, seed_paths
from text_stub import TextStub

# No example has a time limit: on a shared, loaded machine one example can take seconds, and a
# test must pass there (speed is measured in bench/, never in a test).
settings.register_profile("no_deadline", deadline=None)
settings.load_profile("no_deadline")

# Every PDF is read in a child of the fork server (inputs/pdf.py). With the reader and pdfminer
# loaded there once, each of the suite's PDF reads stops paying their import (about a second);
# the child still runs the same code, under the same limits, which it sets relative to its own
# size.
multiprocessing.get_context("forkserver").set_forkserver_preload(
    ["citecheck.inputs.pdf", "pdfminer.high_level"]
)


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


@pytest.fixture(autouse=True)
def _cache_stays_in_the_test(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A test that runs `audit` without --cache-dir would read and write the user's own cache,
    so what it saw would depend on earlier runs on that machine: each test gets its own."""
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    for name in ("CITECHECK_CROSSREF_URL", "CITECHECK_DOI_URL", "CITECHECK_MAILTO"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs through the CLI against a failing stand-in retry with back-offs of milliseconds, as
    the client tests that pass `retry_wait` do: what such a test asserts (verdicts, reasons,
    counts) does not depend on how long the product waits between attempts, and the defaults'
    seconds of jittered back-off per failing request only made it slow. Every other setting
    (attempts, time-outs, the breaker, the pace) stays the product's own."""
    quick = functools.partial(HttpSettings, retry_wait=0.01, retry_wait_max=0.05)
    monkeypatch.setattr(crossref, "HttpSettings", quick)
    monkeypatch.setattr(text_http, "HttpSettings", quick)


QUICK_PACE = 10  # times the services' published rates, for stand-ins that publish none


@pytest.fixture
def quick_pace(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs through the CLI against local stand-ins pace their requests at ten times the real
    services' published rates (Crossref, doi.org, PubMed and its id look-ups, Europe PMC; the
    in-flight caps unchanged), as the client tests that want "a fast pool" do: a test that
    asserts verdicts, reasons or what was asked does not assert the pace, which the pacing
    tests check at the real rates (they do not use this fixture)."""
    for name in ("POLITE", "PUBLIC"):
        pool = getattr(crossref, name)
        fast = dataclasses.replace(
            pool, single_rate=pool.single_rate * QUICK_PACE, list_rate=pool.list_rate * QUICK_PACE
        )
        monkeypatch.setattr(crossref, name, fast)
    monkeypatch.setattr(crossref, "DOI_ORG_RATE", crossref.DOI_ORG_RATE * QUICK_PACE)
    monkeypatch.setattr(pubmed, "RATE_WITHOUT_KEY", pubmed.RATE_WITHOUT_KEY * QUICK_PACE)
    monkeypatch.setattr(pubmed, "RATE_WITH_KEY", pubmed.RATE_WITH_KEY * QUICK_PACE)
    monkeypatch.setattr(europepmc, "RATE", europepmc.RATE * QUICK_PACE)

"""The eighth first-time user trial: a failing PubMed or Europe PMC host is told with the option
that sets its address, not Crossref's."""

from __future__ import annotations

import asyncio
import logging

import pytest

from citecheck.resolution.circuit import CircuitBreaker
from citecheck.resolution.europepmc import EuropePmcClient
from citecheck.resolution.http import PoliteHttp
from citecheck.resolution.pubmed import PubMedClient


def _open(breaker: CircuitBreaker) -> None:
    for _ in range(breaker.failures_to_open):
        breaker.failed()


@pytest.mark.parametrize(
    ("client", "url", "option"),
    [
        (
            PubMedClient,
            "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi",
            "--pubmed-url",
        ),
        (
            EuropePmcClient,
            "https://www.ebi.ac.uk/europepmc/webservices/rest/search",
            "--europepmc-url",
        ),
    ],
)
def test_a_failing_text_service_names_its_own_address_option(
    client: type[PubMedClient] | type[EuropePmcClient],
    url: str,
    option: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    service = client()
    try:
        breaker = service.http.http.breaker(url)
        with caplog.at_level(logging.WARNING):
            _open(breaker)
        (line,) = [r.getMessage() for r in caplog.records if "in a row" in r.getMessage()]
        assert f"Check the address ({option})" in line
        assert "--crossref-url" not in line
    finally:
        asyncio.run(service.http.aclose())


def test_crossref_hosts_still_name_the_crossref_options(caplog: pytest.LogCaptureFixture) -> None:
    http = PoliteHttp(user_agent="citecheck/test")
    try:
        with caplog.at_level(logging.WARNING):
            _open(http.breaker("https://api.crossref.org/works"))
        assert any("(--crossref-url, --doi-url)" in r.getMessage() for r in caplog.records)
    finally:
        asyncio.run(http.aclose())

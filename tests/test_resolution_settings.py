"""Base URLs: checked where the settings are built (one line, exit 2 at the CLI), and normalised
into the key the cache files answers under."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.errors import InputError
from citecheck.resolution.factory import MailtoError, SourceSettings
from citecheck.resolution.urls import BaseURLError, base_url_key, check_base_url

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ketamine-review.md"
BAD = [
    "not a url",
    "ftp://x",
    "http://",
    "https:///works",
    "api.crossref.org",
    "http://host:port",
    "  ",
]


@pytest.mark.parametrize("url", BAD)
def test_bad_base_urls_are_input_errors_naming_option_and_value(url):
    with pytest.raises(BaseURLError) as info:
        check_base_url(url, "--crossref-url")
    message = str(info.value)
    assert isinstance(info.value, InputError)
    assert message.startswith("--crossref-url: ") and repr(url.strip()) in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "url",
    [
        "https://api.crossref.org",
        "http://127.0.0.1:8080/api/",
        "HTTPS://API.Crossref.org",
        " https://doi.org ",
    ],
)
def test_good_base_urls_pass(url):
    assert check_base_url(url, "--doi-url") == url.strip()


def test_settings_check_both_urls_also_from_the_environment(monkeypatch):
    with pytest.raises(BaseURLError, match="--crossref-url"):
        SourceSettings(crossref_url="not a url")
    with pytest.raises(BaseURLError, match="--doi-url"):
        SourceSettings.from_env(doi_url="ftp://x")
    monkeypatch.setenv("CITECHECK_CROSSREF_URL", "http://")
    with pytest.raises(BaseURLError, match="CITECHECK_CROSSREF_URL"):
        SourceSettings.from_env()


def test_base_url_key_normalises_spellings_of_one_server():
    assert base_url_key("https://api.crossref.org") == "https://api.crossref.org"
    assert base_url_key("HTTPS://API.Crossref.org:443/") == "https://api.crossref.org"
    assert base_url_key("http://127.0.0.1:8080/api//") == "http://127.0.0.1:8080/api"
    assert base_url_key("http://127.0.0.1:80") == "http://127.0.0.1"
    assert base_url_key("http://[::1]:9/x?q=1#f") == "http://[::1]:9/x"
    assert base_url_key("http://127.0.0.1:8080") != base_url_key("http://127.0.0.1:8081")


@pytest.mark.parametrize("option", ["--crossref-url", "--doi-url"])
@pytest.mark.parametrize("url", ["not a url", "ftp://x", "http://"])
def test_cli_audit_with_a_bad_url_exits_2_with_one_line(option, url, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CITECHECK_CROSSREF_URL", raising=False)
    monkeypatch.delenv("CITECHECK_DOI_URL", raising=False)
    with pytest.raises(SystemExit) as info:
        main(["audit", str(EXAMPLE), "--no-progress", option, url])
    _, err = capsys.readouterr()
    assert info.value.code == 2
    assert err.count("\n") == 1 and option in err and repr(url) in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:99999", "http://127.0.0.1:0", "https://[::1]:70000/api"]
)
def test_a_port_out_of_range_is_said_so(url):
    with pytest.raises(BaseURLError, match=r"port is out of range \(1-65535\)"):
        check_base_url(url, "--crossref-url")


def test_a_port_that_is_not_a_number_is_said_so():
    with pytest.raises(BaseURLError, match="port is not a number"):
        check_base_url("http://host:port", "--crossref-url")


@pytest.mark.parametrize(
    "value",
    [
        "notanemail",
        "me@localhost",
        "me@@example.org",
        "me @example.org",
        "@example.org",
        "me@example.",
    ],
)
def test_a_mailto_that_is_not_an_address_is_an_input_error(value, monkeypatch):
    monkeypatch.delenv("CITECHECK_MAILTO", raising=False)
    with pytest.raises(MailtoError) as info:
        SourceSettings.from_env(mailto=value)
    message = str(info.value)
    assert isinstance(info.value, InputError)
    assert message.startswith("--mailto (CITECHECK_MAILTO): ") and repr(value.strip()) in message
    assert "\n" not in message


def test_a_mailto_from_the_environment_is_checked_too(monkeypatch):
    monkeypatch.setenv("CITECHECK_MAILTO", "not-an-address")
    with pytest.raises(MailtoError, match="CITECHECK_MAILTO"):
        SourceSettings.from_env()


@pytest.mark.parametrize("value", ["me@example.org", " editor@uni.ac.uk ", "a.b+c@sub.example.io"])
def test_good_mailtos_pass(value):
    assert SourceSettings(mailto=value).mailto == value.strip()
    assert SourceSettings(mailto="  ").mailto is None


def test_cli_audit_with_a_bad_mailto_exits_2_with_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CITECHECK_MAILTO", raising=False)
    with pytest.raises(SystemExit) as info:
        main(["audit", str(EXAMPLE), "--no-progress", "--offline", "--mailto", "notanemail"])
    _, err = capsys.readouterr()
    assert info.value.code == 2
    assert err.count("\n") == 1 and "--mailto" in err and "'notanemail'" in err

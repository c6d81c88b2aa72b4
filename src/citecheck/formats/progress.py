"""A progress bar for reference resolution, on standard error and only on a terminal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from citecheck.models import Reference

OnProgress = Callable[[Reference], None]


def _ignore(_ref: Reference) -> None:
    """The callback when there is no bar to advance."""


@contextmanager
def resolution_progress(
    total: int, *, enabled: bool, console: Console | None = None
) -> Iterator[OnProgress]:
    """Yield `on_progress(ref)`, which advances a bar of `total` references by one.

    Does nothing when disabled, when there is nothing to resolve, or when the console (standard
    error by default) is not a terminal, so pipes and CI logs stay clean. The bar is transient:
    it disappears once resolution ends, leaving the report alone on screen.
    """
    target = console if console is not None else Console(stderr=True)
    if not enabled or total <= 0 or not target.is_terminal:
        yield _ignore
        return
    progress = Progress(
        SpinnerColumn(),
        TextColumn("checking references"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[last]}", style="dim"),
        console=target,
        transient=True,
    )
    task = progress.add_task("resolve", total=total, last="")

    def on_progress(ref: Reference) -> None:
        progress.update(task, advance=1, last=ref.id)

    with progress:
        yield on_progress

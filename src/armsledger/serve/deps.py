"""What every handler gets: the app's state and a read-only register for the request."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Annotated, cast

from fastapi import Depends, Request

from armsledger.serve.index import DealIndex
from armsledger.store import Register

# Request bodies over this are refused with 413 (an article is a few KB; 1 MiB is plenty).
MAX_BODY = 1 << 20


@dataclass
class ServeState:
    db_path: str
    write_token: str | None = None
    max_body: int = MAX_BODY
    index: DealIndex = field(init=False)

    def __post_init__(self) -> None:
        self.index = DealIndex(self.db_path)


def get_state(request: Request) -> ServeState:
    return cast(ServeState, request.app.state.serve)


StateDep = Annotated[ServeState, Depends(get_state)]


def get_register(state: StateDep) -> Iterator[Register]:
    """A read-only connection for one request (SQLite connections are cheap to open)."""
    register = Register(state.db_path, readonly=True)
    try:
        yield register
    finally:
        register.close()


RegisterDep = Annotated[Register, Depends(get_register)]

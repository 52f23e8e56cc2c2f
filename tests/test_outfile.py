"""write_whole: an output file is replaced whole or left as it was."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from armsledger.errors import OutputError
from armsledger.outfile import write_whole


def test_the_new_content_replaces_the_old_with_the_old_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old\n")
    target.chmod(0o640)
    with write_whole(target) as stream:
        stream.write("new\r\n")  # no newline translation: CSV rows end in CRLF
    assert target.read_bytes() == b"new\r\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_new_file_gets_the_umask_default(tmp_path: Path) -> None:
    target = tmp_path / "new.json"
    umask = os.umask(0o022)
    try:
        with write_whole(target) as stream:
            stream.write("{}")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # not mkstemp's 0600


def test_a_write_failing_midway_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old\n")
    with pytest.raises(OutputError) as info, write_whole(target) as stream:
        stream.write("half")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert str(info.value).startswith(f"{target}: cannot write: No space left on device (fix:")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_any_other_failure_also_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with pytest.raises(KeyError), write_whole(target) as stream:
        stream.write("half")
        raise KeyError("a bug in the writer")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_an_output_error(tmp_path: Path) -> None:
    with (
        pytest.raises(OutputError, match="No such file or directory"),
        write_whole(tmp_path / "nope" / "x.csv") as stream,
    ):
        stream.write("x")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_a_device_is_written_in_place(tmp_path: Path) -> None:
    with (
        pytest.raises(OutputError, match="No space left on device"),
        write_whole("/dev/full") as stream,
    ):
        stream.write("x" * 100_000)
    assert Path("/dev/full").is_char_device()

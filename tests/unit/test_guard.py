"""The start-up guards: one app instance per database file, and no database on a network share.

Locks are contended from real child processes, because a lock object is re-entrant within the
process that holds it and a crash can only be simulated by killing a process.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from lijiabu_desk.db import guard
from lijiabu_desk.db.errors import StorageError
from lijiabu_desk.db.guard import (
    DatabaseInUseError,
    InstanceLock,
    LockOwner,
    NetworkShareError,
    check_local_path,
    is_network_path,
)

# A child that holds the lock until told to release it (a line "release" on stdin).
HOLDER = """
import sys
from pathlib import Path
from lijiabu_desk.db.guard import InstanceLock
lock = InstanceLock(Path(sys.argv[1]))
lock.acquire()
print("held", flush=True)
for line in sys.stdin:
    if line.strip() == "release":
        lock.release()
        print("released", flush=True)
"""

# A child that tries once: exit 0 if it got the lock, 3 if the database is in use.
TRY_ONCE = """
import sys
from pathlib import Path
from lijiabu_desk.db.guard import DatabaseInUseError, InstanceLock
try:
    InstanceLock(Path(sys.argv[1])).acquire()
except DatabaseInUseError:
    sys.exit(3)
"""

IN_USE = "这个数据库已经在另一个李家堡警务台账窗口中打开了"


@pytest.fixture
def start_holder() -> Iterator[Callable[[Path], subprocess.Popen[str]]]:
    children: list[subprocess.Popen[str]] = []

    def start(db_path: Path) -> subprocess.Popen[str]:
        child = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(db_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        children.append(child)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "held"
        return child

    yield start
    for child in children:
        child.kill()
        child.communicate()


def another_process_gets_it(db_path: Path) -> bool:
    done = subprocess.run([sys.executable, "-c", TRY_ONCE, str(db_path)], timeout=60)
    assert done.returncode in (0, 3), done
    return done.returncode == 0


def test_second_process_is_refused_and_told_who_holds_it(tmp_path, start_holder) -> None:
    db_path = tmp_path / "desk.sqlite3"
    holder = start_holder(db_path)
    lock = InstanceLock(db_path)
    with pytest.raises(DatabaseInUseError) as caught:
        lock.acquire()
    err = caught.value
    assert isinstance(err, StorageError)
    assert err.owner is not None
    assert err.owner.pid == holder.pid
    assert err.message.startswith(IN_USE)
    assert socket.gethostname() in err.message
    assert f"{err.owner.started:%Y-%m-%d %H:%M}" in err.message
    assert str(err) == err.message
    assert not lock.is_held


def test_a_killed_holder_leaves_no_stale_lock(tmp_path, start_holder) -> None:
    db_path = tmp_path / "desk.sqlite3"
    holder = start_holder(db_path)
    holder.kill()  # SIGKILL on POSIX: no clean-up code runs in the child
    holder.wait(timeout=30)
    lock = InstanceLock(db_path)
    assert lock.lock_path.exists()  # the crash left its files behind, yet they do not block
    assert json.loads(lock.owner_path.read_text(encoding="utf-8"))["pid"] == holder.pid
    owner = lock.acquire()
    assert lock.is_held
    assert owner.pid == os.getpid()
    assert json.loads(lock.owner_path.read_text(encoding="utf-8"))["pid"] == os.getpid()
    lock.release()


def test_release_by_the_holder_makes_it_available(tmp_path, start_holder) -> None:
    db_path = tmp_path / "desk.sqlite3"
    holder = start_holder(db_path)
    with pytest.raises(DatabaseInUseError):
        InstanceLock(db_path).acquire()
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.write("release\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "released"
    with InstanceLock(db_path) as lock:
        assert lock.is_held
    assert not lock.is_held


def test_context_manager_holds_then_releases_for_other_processes(tmp_path) -> None:
    db_path = tmp_path / "desk.sqlite3"
    with InstanceLock(db_path) as lock:
        assert lock.lock_path == tmp_path / "desk.sqlite3.lock"
        assert not another_process_gets_it(db_path)
    assert not lock.is_held
    assert another_process_gets_it(db_path)


def test_different_databases_do_not_block_each_other(tmp_path, start_holder) -> None:
    start_holder(tmp_path / "a.sqlite3")
    with InstanceLock(tmp_path / "b.sqlite3") as lock:
        assert lock.is_held
    with pytest.raises(DatabaseInUseError):
        InstanceLock(tmp_path / "a.sqlite3").acquire()


def test_owner_file_records_this_process_and_goes_away_on_release(tmp_path) -> None:
    lock = InstanceLock(tmp_path / "desk.sqlite3")
    owner = lock.acquire()
    assert lock.owner_path == tmp_path / "desk.sqlite3.owner"
    recorded = json.loads(lock.owner_path.read_text(encoding="utf-8"))
    assert recorded["pid"] == os.getpid()
    assert recorded["host"] == socket.gethostname()
    assert datetime.fromisoformat(recorded["started"]) == owner.started
    assert lock.acquire() == owner  # acquiring again is a no-op, one release frees it
    lock.release()
    assert not lock.owner_path.exists()
    assert another_process_gets_it(tmp_path / "desk.sqlite3")
    lock.release()  # releasing twice is harmless


def test_second_lock_object_in_the_same_process_is_refused(tmp_path) -> None:
    with InstanceLock(tmp_path / "desk.sqlite3"), pytest.raises(DatabaseInUseError):
        InstanceLock(tmp_path / "desk.sqlite3").acquire()


def test_unreadable_owner_file_still_gives_a_plain_message(tmp_path, start_holder) -> None:
    db_path = tmp_path / "desk.sqlite3"
    start_holder(db_path)
    (tmp_path / "desk.sqlite3.owner").write_text("{half written", encoding="utf-8")
    with pytest.raises(DatabaseInUseError) as caught:
        InstanceLock(db_path).acquire()
    assert caught.value.owner is None
    assert caught.value.message == (f"{IN_USE}。请切换到那个窗口；如果看不到它，请重启电脑后再试。")


def test_lock_that_cannot_be_created_is_a_storage_error_not_in_use(tmp_path) -> None:
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    with pytest.raises(StorageError) as caught:
        InstanceLock(not_a_folder / "desk.sqlite3").acquire()
    assert not isinstance(caught.value, DatabaseInUseError)
    assert "无法给数据库加锁" in caught.value.message


def test_owner_json_round_trip_and_garbage() -> None:
    owner = LockOwner(42, "派出所-PC", datetime(2025, 3, 1, 8, 30).astimezone())
    assert LockOwner.from_json(owner.to_json()) == owner
    for garbage in ("", "[]", '{"pid": 1}', '{"pid": "x", "host": "h", "started": "now"}'):
        assert LockOwner.from_json(garbage) is None


# --- network shares -------------------------------------------------------------------------


def drives(remote: str = "") -> Callable[[str], int]:
    """A fake GetDriveTypeW: the letters in ``remote`` are network drives, others fixed disks."""

    def drive_type(root: str) -> int:
        assert len(root) == 3 and root.endswith(":\\") and root[0].isupper(), root
        return 4 if root[0] in remote else 3

    return drive_type


@pytest.mark.parametrize(
    "path",
    [
        r"\\server\share\desk.sqlite3",
        "//server/share/desk.sqlite3",
        r"\\?\UNC\server\share\desk.sqlite3",
        r"\\?\unc\server\share\desk.sqlite3",
        r"\\.\UNC\server\share\desk.sqlite3",
    ],
)
def test_windows_unc_paths_are_network(path: str) -> None:
    assert is_network_path(Path(path), platform="win32", drive_type=drives())


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (r"Z:\台账\desk.sqlite3", True),
        (r"z:\desk.sqlite3", True),
        (r"\\?\Z:\desk.sqlite3", True),
        (r"C:\Users\police\desk.sqlite3", False),
        (r"\\?\C:\desk.sqlite3", False),
        ("desk.sqlite3", False),
    ],
)
def test_windows_mapped_drives_follow_the_drive_type(path: str, expected: bool) -> None:
    assert is_network_path(Path(path), platform="win32", drive_type=drives("Z")) is expected


def test_windows_drive_type_failure_or_absence_means_local() -> None:
    def broken(root: str) -> int:
        raise OSError("no such drive")

    assert not is_network_path(Path(r"Z:\desk.sqlite3"), platform="win32", drive_type=broken)
    if sys.platform != "win32":  # without an injected function nothing is asked off Windows
        assert not is_network_path(Path(r"Z:\desk.sqlite3"), platform="win32")


PROC_MOUNTS = r"""sysfs /sys sysfs rw,nosuid 0 0
/dev/sda1 / ext4 rw,relatime 0 0
overlay /var/lib/docker/overlay2/abc/merged overlay rw,relatime 0 0
server:/export /srv/nfs nfs4 rw,vers=4.2 0 0
//nas/share /mnt/share cifs rw,vers=3.0 0 0
/dev/sdb1 /mnt/share/usb ext4 rw 0 0
//nas/my\040docs /mnt/my\040docs cifs rw 0 0
server:/old /data nfs rw 0 0
tmpfs /data tmpfs rw 0 0
auto.home /home autofs rw 0 0
server:/home /home nfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/var/lib/desk/desk.sqlite3", False),  # ext4 root
        ("/var/lib/docker/overlay2/abc/merged/desk.sqlite3", False),  # overlay is local
        ("/srv/nfs/desk.sqlite3", True),
        ("/srv/nfs", True),
        ("/srv/nfsdata/desk.sqlite3", False),  # a prefix of the name is not a parent folder
        ("/mnt/share/desk.sqlite3", True),
        ("/mnt/share/usb/desk.sqlite3", False),  # the longest mount point wins
        ("/mnt/my docs/desk.sqlite3", True),  # \040 in /proc/mounts is a space
        ("/mnt/my/desk.sqlite3", False),
        ("/data/desk.sqlite3", False),  # tmpfs mounted over the nfs one
        ("/home/police/desk.sqlite3", True),  # autofs trigger with nfs mounted on it
    ],
)
def test_linux_mount_table(path: str, expected: bool) -> None:
    assert is_network_path(Path(path), platform="linux", mounts=PROC_MOUNTS) is expected


def test_linux_other_network_types_and_empty_table() -> None:
    for fs_type in ("cifs", "smb3", "sshfs", "fuse.sshfs", "9p", "ceph", "glusterfs", "davfs"):
        mounts = f"/dev/sda1 / ext4 rw 0 0\nremote /mnt/x {fs_type} rw 0 0\n"
        assert is_network_path(Path("/mnt/x/desk.sqlite3"), platform="linux", mounts=mounts)
    assert not is_network_path(Path("/mnt/x/desk.sqlite3"), platform="linux", mounts="")


MAC_MOUNT = """/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
//police@nas._smb._tcp.local/Shared Docs on /Volumes/Shared Docs (smbfs, nodev, nosuid)
nas:/export on /Volumes/nfs (nfs, asynchronous)
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/Users/police/desk.sqlite3", False),
        ("/System/Volumes/Data/desk.sqlite3", False),
        ("/Volumes/Shared Docs/台账/desk.sqlite3", True),
        ("/Volumes/nfs/desk.sqlite3", True),
        ("/Volumes/nfs2/desk.sqlite3", False),
    ],
)
def test_macos_mount_output(path: str, expected: bool) -> None:
    assert is_network_path(Path(path), platform="darwin", mounts=MAC_MOUNT) is expected


def test_unknown_platform_is_never_blocked() -> None:
    mounts = "server:/export / nfs rw 0 0\n"
    assert not is_network_path(Path("/desk.sqlite3"), platform="freebsd14", mounts=mounts)


def test_this_machines_temp_folder_is_local(tmp_path) -> None:
    assert not is_network_path(tmp_path / "desk.sqlite3")
    check_local_path(tmp_path / "desk.sqlite3")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/mounts")
def test_check_local_path_refuses_a_share(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(guard, "_read_text", lambda path: "//nas/share / cifs rw 0 0\n")
    with pytest.raises(NetworkShareError) as caught:
        check_local_path(tmp_path / "desk.sqlite3")
    assert isinstance(caught.value, StorageError)
    assert "网络共享" in caught.value.message
    assert str(tmp_path / "desk.sqlite3") in caught.value.message

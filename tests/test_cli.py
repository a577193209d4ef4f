from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest

import azfp
from azfp.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert azfp.__version__ in out
    assert azfp.DATA_VERSION in out


def test_summary_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 0
    assert azfp.DATA_VERSION in out
    assert f"organizations  {len(azfp.organizations)}" in out
    code, again, _ = run(capsys, "summary")
    assert again == out


def test_summary_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "summary", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["records"]["memberships"] == len(azfp.memberships)
    assert {p["organization"] for p in data["memberships_active"]["periods"]} == {
        m.organization for m in azfp.memberships.active()
    }


def test_memberships_on_a_day(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "memberships", "--on", "1992-06-01", "--json")
    rows = json.loads(out)["periods"]
    assert code == 0
    assert [(r["organization"], r["status"]) for r in rows if r["organization"] == "cis"] == [
        ("cis", "signatory")
    ]
    assert len(rows) == len(azfp.memberships.active(on="1992-06-01"))
    code, out, _ = run(capsys, "memberships", "--on", "1995-01-01")
    assert code == 0
    assert "1995-01-01" in out
    for m in azfp.memberships.active(on="1995-01-01"):
        assert str(m.start) in out
    code, out, _ = run(capsys, "memberships", "--on", "1900-01-01")
    assert "No status" in out


def test_show_an_organization_with_its_history(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "Commonwealth of Independent States")
    assert code == 0
    for m in azfp.memberships.of("cis"):
        assert f"{m.start}" in out
        assert m.status.value in out
    assert "Sources:" in out
    code, out, _ = run(capsys, "show", "OTS", "--json")
    data = json.loads(out)
    assert data["record"]["id"] == "ots"
    assert len(data["memberships"]) == len(azfp.memberships.of("ots"))


def test_show_a_figure(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "diplomatic-relations")
    assert code == 0
    assert "points:" in out


def test_search(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "turkic", "--json")
    assert code == 0
    assert json.loads(out)[0] == {
        "collection": "organizations",
        "id": "ots",
        "name": "Organization of Turkic States",
    }
    code, out, _ = run(capsys, "search", "zzqqxx")
    assert "Nothing matches" in out


def test_validate(capsys: pytest.CaptureFixture[str], data_copy: pathlib.Path) -> None:
    code, out, _ = run(capsys, "validate")
    assert (code, out.strip()) == (0, "the shipped data: all checks passed")
    code, out, _ = run(capsys, "validate", str(data_copy), "--json")
    assert (code, json.loads(out)["problems"]) == (0, [])
    path = data_copy / "figures.json"
    path.write_bytes(path.read_bytes().replace(b"States", b"Stated", 1))
    code, out, _ = run(capsys, "validate", str(data_copy))
    assert code == 1
    assert "figures.json: checksum mismatch" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["memberships", "--on", "1995"], "--on: '1995' is not a single day"),
        (["memberships", "--on", "yesterday"], "--on: "),
        (["show", "no such thing at all"], "no azfp record matches"),
        (["search", "un", "--limit", "0"], "--limit"),
        (["search", "un", "--limit", "x"], "invalid int value"),
        (["frobnicate"], "invalid choice"),
        (["show"], "required"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert message in err


def test_damaged_shipped_data_exits_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from azfp import dataset

    def broken() -> dataset.Dataset:
        raise azfp.DataIntegrityError([azfp.Problem("x.json", "", "broken")])

    monkeypatch.setattr(dataset, "default", broken)
    for name in azfp.COLLECTIONS:
        monkeypatch.delitem(vars(azfp), name, raising=False)
    code, _, err = run(capsys, "summary")
    assert code == 1
    assert "damaged data" in err


def test_python_dash_m_runs_the_command_line() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "azfp", "memberships", "--on", "bad"], capture_output=True, text=True
    )
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert out.stderr.startswith("azfp: error: --on:")


def test_roles_on_a_day_and_in_full(capsys: pytest.CaptureFixture[str]) -> None:
    seat = next(r for r in azfp.roles if r.id.startswith("un-security-council-member"))
    day = seat.start.latest().isoformat()
    code, out, _ = run(capsys, "roles", "--on", day, "--json")
    assert code == 0
    held = {r["role"] for r in json.loads(out)["roles"]}
    assert seat.role in held
    assert held == {r.role for r in azfp.roles.active(on=day)}
    code, out, _ = run(capsys, "roles")
    assert code == 0
    assert out.count("\n") >= len(azfp.roles)
    code, out, _ = run(capsys, "roles", "--on", "1900-01-01")
    assert "No role is recorded on 1900-01-01" in out


def test_show_lists_the_roles_of_an_organization(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "Non-Aligned Movement")
    assert code == 0
    assert "Roles:" in out
    for role in azfp.roles.of("nam"):
        assert role.role in out

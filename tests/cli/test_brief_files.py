"""Brief files people read: `brief --format html|md [-o FILE]`, and `run` writing the HTML brief."""
import lxml.html
from typer.testing import CliRunner

from newsloom.cli import app


def invoke(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_brief_html_to_a_file_with_o_and_one_story(examples_db, tmp_path):
    page = tmp_path / "brief.html"
    result = invoke("brief", "--db", examples_db, "--format", "html", "-o", page)
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "killed: at least 12 vs 8" in text
    doc = lxml.html.document_fromstring(text)
    stories = doc.xpath('//section[@class="story"]/@id')
    assert len(stories) == 3
    one = tmp_path / "one.html"
    story_id = stories[-1].removeprefix("story-")
    assert invoke("brief", "--db", examples_db, "--format", "html", "--story", story_id, "--out", one).exit_code == 0
    assert lxml.html.document_fromstring(one.read_text()).xpath('//section[@class="story"]/@id') == [stories[-1]]


def test_brief_markdown_to_stdout_and_to_a_file(examples_db, tmp_path):
    result = invoke("brief", "--db", examples_db, "--format", "md")
    assert result.exit_code == 0
    assert result.stdout.startswith("# newsloom brief: 3 stories") and "## Articles" in result.stdout
    assert "| --- |" in result.stdout and "\n> " in result.stdout
    target = tmp_path / "brief.md"
    assert invoke("brief", "--db", examples_db, "--format", "md", "-o", target).exit_code == 0
    assert target.read_text(encoding="utf-8") .split("_Generated")[0] == result.stdout.split("_Generated")[0]


HOSTILE = ('TALVERNO, March 4 – Officials said <script>alert(1)</script> talks between Kestovia and Brennmark '
           'collapsed on Tuesday. "We will not sign"><img src=x onerror=alert(1)>," Minister Arvid Tormelen said. '
           "The [delegation](javascript:alert(1)) left | and | returned </style> on Wednesday.\n")


def test_run_writes_the_html_brief_beside_the_database_and_hostile_text_stays_text(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(HOSTILE, encoding="utf-8")
    (inputs / "manifest.csv").write_text(
        'file,url,outlet,published,title\n'
        'a.txt,javascript:alert(1),"</style><b onmouseover=alert(1)>Wire",2025-03-04,"<script>alert(2)</script>"\n',
        encoding="utf-8")
    db = tmp_path / "hostile.db"
    result = invoke("run", inputs, "--db", db, "--workers", "1")
    assert result.exit_code == 0, result.output
    page = tmp_path / "hostile.brief.html"
    assert f"brief → {page}" in result.output.replace("\n", "")
    doc = lxml.html.document_fromstring(page.read_text(encoding="utf-8"))
    assert not doc.xpath("//script | //img | //*[@src]")
    assert not [a for e in doc.iter() if isinstance(e.tag, str) for a in e.attrib if a.startswith("on")]
    assert all(h.startswith("#") for h in doc.xpath("//@href"))
    text = doc.text_content()
    assert "<script>alert(1)</script>" in text and "</style><b onmouseover=alert(1)>Wire" in text
    custom = tmp_path / "custom.html"
    page.unlink()
    again = invoke("run", inputs, "--db", db, "--workers", "1", "--html", custom)
    assert again.exit_code == 0 and custom.is_file() and not page.exists()
    custom.unlink()
    quiet = invoke("run", inputs, "--db", db, "--workers", "1", "--no-html")
    assert quiet.exit_code == 0 and not custom.exists() and not page.exists() and "brief →" not in quiet.output

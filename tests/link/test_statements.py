"""Statements across outlets: the same statement, worded differently by each outlet (quoted, paraphrased,
translated), becomes one Statement; different statements of one speaker stay apart; speakers never mix.

The quotes are built by hand from the cleaned seeds and examples (spans found with ``str.find``), each with a
label naming the statement it reports. Labels are the ground truth of these tests and of the score
distributions the threshold was chosen from: ``python tests/link/test_statements.py`` prints them, for the
chosen scorer and for the simpler ones it was compared with.
"""
from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from newsloom.clean import clean_document
from newsloom.link.statements import (THRESHOLD, PairScorer, QuoteInput, WordVectors, average_link,
                                      group_statements)
from newsloom.records import Quote, RawDocument

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples"

# (document, speaker, kind, statement label, content fragment(s)). Fragments are found in the cleaned text;
# a quote split around its attribution has two.
SEED_QUOTES = [
    # ---- Khawaja Asif, Pakistan's defence minister
    ("000", "asif", "indirect", "threat", "if our borders are violated or attacked, we will retaliate, and if we "
                                          "find the need to attack inside Afghanistan, we will do so"),
    ("000", "asif", "direct", "honest", "Our work with the Taliban delegation ended yesterday, and it became clear "
                                        "to the mediators that the Taliban is not behaving honestly"),
    ("000", "asif", "direct", "respond", "Afghan territory is being used against Pakistan, and if it is repeated, "
                                         "Pakistan will respond"),
    ("000", "asif", "indirect", "writing", "the Taliban accepts all our demands and considerations but is not "
                                           "willing to give a written guarantee"),
    ("001", "asif", "indirect", "threat", "any attacks on Pakistan from Afghan soil would prompt retaliation deep "
                                          "into Afghanistan"),
    ("001", "asif", "mixed", "threat", "any terrorist attack on Pakistan using Afghan territory would prompt "
                                       "Islamabad to strike “deep into Afghanistan.”"),
    ("001", "asif", "direct", "threat", "We will strike, and we will certainly strike."),
    ("001", "asif", "direct", "threat", "If they use their territory and violate ours, then if we have to go deep "
                                        "into Afghanistan to retaliate, we will definitely do so."),
    ("001", "asif", "mixed", "open war", "failure to reach an agreement could mean “open war.”"),
    ("001", "asif", "direct", "sincere", "At no level in Kabul were they sincere. Under India’s direction and "
                                         "acting as their ‘agents,’ Fitna al-Hindustan is trying to use "
                                         "Afghanistan to position itself against Pakistan."),
    ("001", "asif", "indirect", "india", "the entire Kabul leadership is under India’s influence"),
    ("001", "asif", "indirect", "working groups", "working groups from both Pakistan and Afghanistan were present "
                                                  "in Istanbul. Although an agreement was nearly finalized, Kabul "
                                                  "blocked it."),
    ("001", "asif", "direct", "draft", "Whenever something was finalized and a draft agreement prepared—I think "
                                       "this happened three or four times—they contacted Kabul, and a negative "
                                       "response came from there. That’s why we couldn’t reach any agreement with "
                                       "them."),
    ("001", "asif", "mixed", "so be it", "if Kabul’s leaders choose the path of conflict, “so be it.”"),
    ("001", "asif", "mixed", "ttp soil", "the other side acknowledged that the banned Tehrik-i-Taliban Pakistan "
                                         "(TTP) must be prevented from attacking Pakistan and that they were "
                                         "“using our [Afghan] soil.”"),
    ("001", "asif", "indirect", "writing", "although there was agreement in principle on many points, they were "
                                           "unwilling to commit it in writing"),
    ("001", "asif", "direct", "ttp not discussed", "This was not discussed. Even if it had been proposed, we would "
                                                   "have rejected it outright."),
    ("001", "asif", "mixed", "flaws", "mediator countries Qatar and Turkey are now aware of Kabul’s “flaws in "
                                      "perspective.”"),
    ("001", "asif", "direct", "sincerity", "We tried with full sincerity to ensure Pakistan and Afghanistan can be "
                                           "good neighbors and live in peace."),
    ("001", "asif", "direct", "delhi", "But if they have handed the reins over to Delhi, it will be difficult."),
    ("001", "asif", "direct", "pray", "One can only pray, there is no remedy for this."),
    ("001", "asif", "indirect", "legitimacy", "the legitimacy of Afghanistan’s Taliban government is unclear"),
    ("001", "asif", "indirect", "authority", "the Taliban government does not have authority over the entire "
                                             "country"),
    ("001", "asif", "direct", "state", "Afghanistan does not meet the definition of a state, and even the interim "
                                       "administration recognizes this. They themselves are involved in killings "
                                       "and are benefiting financially from being in power."),
    ("001", "asif", "direct", "possibility", "That is certainly a possibility."),
    ("002", "asif", "mixed", "threat", "his country would strike “deep inside Afghanistan” if Afghan territory was "
                                       "used to launch terrorist attacks against his country"),
    ("002", "asif", "direct", "threat", "We will launch strikes, we will definitely do that."),
    ("002", "asif", "direct", "threat", "If their territory is used and they violate our territory, we will "
                                        "certainly penetrate deep into Afghanistan to respond."),
    ("002", "asif", "indirect", "tweet", "the potential collapse of the Taliban regime if it continued with its "
                                         "current policies"),
    ("002", "asif", "mixed", "victory", "the Taliban’s victory at the time as “a victory from God,”"),
    ("003", "asif", "mixed", "obliterate", "a threat to “obliterate” the Taliban"),
    ("003", "asif", "direct", "obliterate", "Pakistan does not require to employ even a fraction of its full "
                                            "arsenal to completely obliterate the Taliban regime and push them back "
                                            "to the caves for hiding."),
    ("003", "asif", "mixed", "open war", "he believed Afghanistan sought peace, but warned that the failure to "
                                         "achieve an agreement in Istanbul would result in “open war.”"),
    ("004", "asif", "indirect", "reset", "Islamabad’s attempts to reset relations with the Taliban regime in "
                                         "Afghanistan have completely failed"),
    ("004", "asif", "mixed", "reset", "he personally welcomed the Taliban after they seized Kabul and travelled to "
                                      "Afghanistan several times to stabilise ties, but “none of it brought any "
                                      "benefit or success.”"),
    ("004", "asif", "mixed", "equation", "Pakistan had expected the Taliban to remain dependent on them, but “the "
                                         "entire equation has reversed.”"),
    ("004", "asif", "direct", "civilians", "We do react and retaliate, but civilians are not our target at all. We "
                                           "have a disciplined force with traditions and a code of conduct. We are "
                                           "not a ragtag group like the Taliban, who neither have a code of conduct "
                                           "nor religion nor traditions,"),
    ("004", "asif", "direct", "non-existent", "Both things are non-existent at this time."),
    ("004", "asif", "mixed", "lost hope", "Pakistan has now “completely lost hope” in the Taliban and sees “no "
                                          "scope left for any positive change” from Kabul"),
    ("004", "asif", "direct", "hope", "Hope should always remain unless all limits are crossed,",
     "But today, we are completely writing them off, and we have no good hope from them."),
    ("004", "asif", "mixed", "islamic law", "which version of Islamic law the Afghan Taliban follow, “that requires "
                                            "them to live in their neighbour’s home for decades and then spill "
                                            "blood,”"),
    # ---- Attaullah Tarar, Pakistan's information minister
    ("000", "tarar", "indirect", "talks failed", "the talks with Afghanistan have failed to lead to a practical "
                                                 "solution and that Islamabad will take all necessary measures to "
                                                 "protect its people"),
    ("001", "tarar", "mixed", "talks failed", "during talks in Istanbul, Turkey, between the two countries on "
                                              "border terrorism originating from Afghan soil, both sides “failed to "
                                              "reach an effective solution.”"),
    ("003", "tarar", "mixed", "talks failed", "Peace talks, held in Istanbul, Turkey, concluded without a "
                                              "“workable solution,”"),
    ("003", "tarar", "mixed", "deviating", "“The Afghan side kept deviating from the core issue … on which the "
                                           "dialogue process was initiated,”"),
    ("003", "tarar", "mixed", "blame game",
     "accuse the Taliban of employing deflection, ruses, and a “blame game.”"),
    ("003", "tarar", "direct", "talks failed", "The dialogue thus failed to bring about any workable solution."),
    # ---- Stephane Dujarric, UN spokesman; the UN itself is another speaker
    ("000", "dujarric", "direct", "not resume", "We hope that the war between Pakistan and Afghanistan will not "
                                                "resume."),
    ("001", "dujarric", "direct", "not resume", "Yes, this is certainly a matter of concern. We hope that even "
                                                "though the talks are on hold, fighting will not restart."),
    ("001", "un", "mixed", "un not resume", "“conflict will not resume.”"),
]

EXAMPLE_QUOTES = [
    # ---- Kasimir Dravetz (Kazimir Dravec), Kestovia's defence minister
    ("kestoviatoday", "dravetz", "indirect", "threat", "Kestovia would strike deep inside its territory if Brennish "
                                                       "soil was used again to attack Kestovian forces"),
    ("kestoviatoday", "dravetz", "direct", "threat", "If Brennish soil is used against us once more, we will strike, "
                                                     "and we will strike deep inside Brennmark."),
    ("kestoviatoday", "dravetz", "direct", "patience", "We do not want war. But our patience has limits, and those "
                                                       "limits were reached in Talverno,"),
    ("kestoviatoday", "dravetz", "indirect", "writing", "the Brennish delegation had accepted Kestovia’s demands in "
                                                        "principle but had refused to put them in writing"),
    ("kestoviatoday", "dravetz", "direct", "depends", "That depends entirely on Saalberg."),
    ("brennishobserver", "dravetz", "indirect", "denial", "denied that any strikes took place"),
    ("brennishobserver", "dravetz", "indirect", "denial", "that Kestovian aircraft had crossed the border"),
    ("brennishobserver", "dravetz", "direct", "threat", "Should their territory be used to attack us again, our "
                                                        "answer will reach deep into Brennmark."),
    ("northgatepost", "dravetz", "mixed", "denial", "insists “there were no strikes”"),
    ("northgatepost", "dravetz", "indirect", "denial", "that his country’s forces had attacked Brennmark"),
    ("northgatepost", "dravetz", "direct", "denial", "No Kestovian aircraft crossed the border last night. There "
                                                     "were no strikes, none,"),
    ("northgatepost", "dravetz", "direct", "quill", "Kestovia has carried out no operation on Brennish soil. "
                                                    "Saalberg is looking for someone to blame."),
    ("northgatepost", "dravetz", "mixed", "threat", "Kestovia would “hit targets deep in Brennmark” if attacks "
                                                    "launched from Brennish territory continued"),
    ("meridian", "dravetz", "mixed", "open conflict", "failure in Talverno could lead to \"open conflict\""),
    ("harbourledger_talverno", "dravetz", "mixed", "open conflict", "failure in Talverno could lead to \"open "
                                                                    "conflict\""),
    # ---- Mirela Santek, Kestovia's information minister
    ("meridian", "santek", "mixed", "talks failed", "the second round of negotiations, which opened in Talverno on "
                                                    "March 3, had \"failed to produce any workable outcome\""),
    ("harbourledger_talverno", "santek", "mixed", "talks failed", "the second round of negotiations, which opened in "
                                                                  "Talverno on March 3, had \"failed to produce any "
                                                                  "workable outcome\""),
    ("meridian", "santek", "direct", "moving away", "The Brennish delegation kept moving away from the one issue we "
                                                    "came here to settle,"),
    ("harbourledger_talverno", "santek", "direct", "moving away", "The Brennish delegation kept moving away from the "
                                                                  "one issue we came here to settle,"),
    ("kestoviatoday", "santek", "indirect", "talks failed", "the talks had failed"),
    ("kestoviatoday", "santek", "mixed", "measures",
     "the government would take “every necessary measure” to protect communities along the border"),
    # ---- Arvid Tormelen, Brennmark's foreign minister
    ("meridian", "tormelen", "direct", "good faith", "We came to Talverno in good faith,",
     "but we cannot sign away our own security."),
    ("harbourledger_talverno", "tormelen", "direct", "good faith", "We came to Talverno in good faith,",
     "but we cannot sign away our own security."),
    ("meridian", "tormelen", "indirect", "third round", "Brennmark remained open to a third round of talks if "
                                                        "Seravia was willing to host them"),
    ("harbourledger_talverno", "tormelen", "indirect", "third round", "Brennmark remained open to a third round of "
                                                                      "talks if Seravia was willing to host them"),
    ("brennishobserver", "tormelen", "indirect", "session", "Brennmark would ask the Ardent Sea Council to hold an "
                                                            "emergency session"),
    ("northgatepost", "tormelen", "mixed", "revenge", "the strikes “a deliberate act of revenge for Talverno”"),
    ("northgatepost", "tormelen", "indirect", "session", "his government would seek an emergency session of the "
                                                         "Ardent Sea Council"),
    # ---- Halla Brennvik, Brennmark's interior minister
    ("brennishobserver", "brennvik", "indirect", "no target", "there was no military target nearby"),
    ("brennishobserver", "brennvik", "direct", "no target", "These were homes, a school and a grain store. There was "
                                                            "no military target within ten kilometres of these "
                                                            "villages,"),
    ("brennishobserver", "brennvik", "indirect", "toll", "the death toll was likely to rise because several people "
                                                         "were still trapped under rubble in Selnik"),
    # ---- Ruben Aske, head of the Lusmark Civil Protection Agency
    ("lusmarkchronicle_hallen", "aske", "indirect", "moved", "about 4,000 residents had been moved to schools and "
                                                             "sports halls in Ferrow, ten kilometres downstream"),
    ("lusmarkchronicle_hallen", "aske", "direct", "faster", "The water came faster than any of our models "
                                                            "predicted,"),
    ("dump.jsonl#1", "aske", "direct", "rescue phase", "We are still in the rescue phase. Our priority is the people "
                                                       "on the roofs,"),
    ("dump.jsonl#2", "aske", "direct", "rescue phase", "We are still in the rescue phase. Our priority is the people "
                                                       "on the roofs,"),
    ("feed.rss#1", "aske", "indirect", "not given up", "rescue teams had not given up hope of finding survivors"),
    ("feed.rss#1", "aske", "direct", "not reached", "There are still people we have not reached,"),
    ("lusmarkchronicle_brekka", "aske", "indirect", "spillway", "investigators had begun examining the dam's "
                                                                "spillway and that their first findings would be "
                                                                "made public"),
    # ---- Ingrid Solvay, mayor of Brekka: one statement in three paragraphs, paraphrased by another outlet
    ("lusmarkchronicle_hallen", "solvay", "direct", "appeal",
     "“Brekka has lost neighbours, friends and children today. Every family in this town knows someone who is "
     "still missing.",
     "“I ask everyone who is safe to stay away from the river and to keep the roads clear for the rescue teams.",
     "“We will rebuild Brekka. But tonight we count our dead, and we keep searching for the living.”"),
    ("feed.rss#1", "solvay", "indirect", "appeal", "residents who had escaped the flood to stay away from the river "
                                                   "and leave the roads to rescue crews"),
    ("lusmarkchronicle_brekka", "solvay", "indirect", "memorial", "Brekka would hold a memorial for the victims "
                                                                  "once the search was over"),
    # ---- Lukas Ferrand, Ostmaren regional governor
    ("dump.jsonl#3", "ferrand", "indirect", "embankment", "the embankment, built after floods in 2009, had held for "
                                                          "most of the morning before water poured over a 200-metre "
                                                          "section near the station"),
    ("dump.jsonl#3", "ferrand", "direct", "warnings", "We had warnings, we moved people, and still it was not "
                                                      "enough,"),
    ("feed.rss#2", "ferrand", "indirect", "embankment", "the embankment had held for most of the morning"),
    ("feed.rss#2", "ferrand", "direct", "warnings", "We had warnings, we moved people, and still it was not "
                                                    "enough,"),
    # ---- one-quote speakers
    ("meridian", "osterhuis", "direct", "urge", "We urge both governments to keep the ceasefire in place while the "
                                                "door to dialogue is still open."),
    ("harbourledger_talverno", "osterhuis", "direct", "urge", "We urge both governments to keep the ceasefire in "
                                                              "place while the door to dialogue is still open."),
    ("feed.rss#1", "hollins", "mixed", "inquiry", "“a full and independent inquiry” and said the results would be "
                                                  "published"),
]

# Pairs of labels (same speaker) that a careful reader could take either way: left out of the score
# distributions, and no test asserts on them.
AMBIGUOUS = {
    frozenset({"threat", "respond"}), frozenset({"honest", "sincere"}), frozenset({"sincere", "india"}),
    frozenset({"working groups", "draft"}), frozenset({"tweet", "obliterate"}), frozenset({"lost hope", "hope"}),
    frozenset({"sincerity", "delhi"}), frozenset({"legitimacy", "state"}), frozenset({"authority", "state"}),
    frozenset({"legitimacy", "authority"}), frozenset({"deviating", "blame game"}), frozenset({"denial", "quill"}),
    frozenset({"not given up", "not reached"}), frozenset({"reset", "equation"}),
}


def _clean(path: Path, media_type: str = "text/plain"):
    return clean_document(RawDocument(source=str(path), media_type=media_type, body=path.read_text(encoding="utf-8")))


def seed_articles() -> dict[str, object]:
    return {p.name[:3]: _clean(p) for p in sorted(SEEDS.glob("*.txt"))}


def example_articles() -> dict[str, object]:
    from newsloom.ingest import IngestOptions, read_inputs
    from newsloom.records import Failure

    articles = {}
    for raw in read_inputs([str(EXAMPLES)], IngestOptions()):
        if not isinstance(raw, Failure):
            article = clean_document(raw)
            articles[Path(article.source).name] = article
    return articles


def _find(articles: dict, doc: str):
    if doc in articles:
        return articles[doc]
    (hit,) = [a for name, a in articles.items() if name.startswith(doc)]
    return hit


def build_inputs(table, articles, outlets=None) -> list[QuoteInput]:
    """QuoteInputs from an annotation table, each speaker standing for one corpus actor ``actor-<speaker>``."""
    inputs = []
    for doc, speaker, kind, _label, *fragments in table:
        article = _find(articles, doc)
        spans = []
        for fragment in fragments:
            start = article.text.find(fragment)
            assert start >= 0, f"{fragment!r} not in {doc}"
            spans.append((start, start + len(fragment)))
        quote = Quote(content=tuple(spans), kind=kind, speaker_text=speaker, speaker_actor=speaker)
        outlet = (outlets or {}).get(doc, article.outlet)
        inputs.append(QuoteInput(article_id=article.id, outlet=outlet, published=article.published,
                                 speaker_id=f"actor-{speaker}", speaker_name=speaker.title(), quote=quote,
                                 text=" … ".join(article.text[s:e] for s, e in spans)))
    return inputs


def labelled(table, inputs) -> dict[tuple, str]:
    return {_key(q): row[3] for row, q in zip(table, inputs)}


def _key(q: QuoteInput) -> tuple:
    return (q.article_id, q.quote.content)


SEED_OUTLETS = {f"00{i}": f"seed outlet {i}" for i in range(5)}


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def vectors(nlp):
    return WordVectors(nlp)


@pytest.fixture(scope="module")
def seed_inputs(seeds_dir):  # seeds_dir: fails clearly when ../shared/seeds is missing
    return build_inputs(SEED_QUOTES, seed_articles(), SEED_OUTLETS)


@pytest.fixture(scope="module")
def example_inputs():
    return build_inputs(EXAMPLE_QUOTES, example_articles())


@pytest.fixture(scope="module")
def seed_statements(seed_inputs, vectors):
    return group_statements(seed_inputs, vectors)


@pytest.fixture(scope="module")
def example_statements(example_inputs, vectors):
    return group_statements(example_inputs, vectors)


def holding(statements, inputs, table, label, speaker):
    """The statements of ``actor-<speaker>`` that hold a quote labelled ``label``."""
    labels = labelled(table, inputs)
    return [s for s in statements if s.speaker == f"actor-{speaker}"
            and any(labels[(v.article_id, v.content)] == label for v in s.variants)]


def labels_of(statement, inputs, table) -> set[str]:
    labels = labelled(table, inputs)
    return {labels[(v.article_id, v.content)] for v in statement.variants}


def pair_counts(statements, inputs, table) -> tuple[int, int, int]:
    """(same statement and grouped, same statement but split, different statements grouped) over the labelled
    pairs of one speaker; syndicated copies (same text) and ambiguous pairs are left out."""
    labels = labelled(table, inputs)
    where = {(v.article_id, v.content): s.id for s in statements for v in s.variants}
    tp = fn = fp = 0
    for i, a in enumerate(inputs):
        for b in inputs[i + 1:]:
            if a.speaker_id != b.speaker_id or a.text == b.text:
                continue
            la, lb = labels[_key(a)], labels[_key(b)]
            together = where[_key(a)] == where[_key(b)]
            if la == lb:
                tp, fn = tp + together, fn + (not together)
            elif frozenset({la, lb}) not in AMBIGUOUS:
                fp += together
    return tp, fn, fp


# ---------------------------------------------------------------- seeds


def test_seed_threat_is_one_statement_across_three_outlets(seed_statements, seed_inputs):
    (threat,) = holding(seed_statements, seed_inputs, SEED_QUOTES, "threat", "asif")
    assert {v.outlet for v in threat.variants} >= {"seed outlet 0", "seed outlet 1", "seed outlet 2"}
    assert labels_of(threat, seed_inputs, SEED_QUOTES) <= {"threat", "respond"}
    texts = {v.text for v in threat.variants}
    assert {"We will strike, and we will certainly strike.",
            "We will launch strikes, we will definitely do that.",
            "If they use their territory and violate ours, then if we have to go deep into Afghanistan to "
            "retaliate, we will definitely do so."} <= texts
    assert any(v.kind == "indirect" and v.text.startswith("if our borders are violated") for v in threat.variants)
    assert threat.speaker == "actor-asif" and threat.speaker_name == "Asif"


def test_seed_talks_failed_is_one_statement_across_three_outlets(seed_statements, seed_inputs):
    (failed,) = holding(seed_statements, seed_inputs, SEED_QUOTES, "talks failed", "tarar")
    assert {v.outlet for v in failed.variants} == {"seed outlet 0", "seed outlet 1", "seed outlet 3"}
    assert labels_of(failed, seed_inputs, SEED_QUOTES) == {"talks failed"}
    assert len(failed.variants) == 4


def test_seed_other_asif_statements_stay_apart_from_the_threat_and_each_other(seed_statements, seed_inputs):
    others = ["non-existent", "sincere", "possibility", "hope"]
    homes = {}
    for label in others:
        (home,) = holding(seed_statements, seed_inputs, SEED_QUOTES, label, "asif")
        assert "threat" not in labels_of(home, seed_inputs, SEED_QUOTES), label
        homes[label] = home.id
    assert len(set(homes.values())) == len(others)


def test_seed_dujarric_hope_is_one_statement_and_the_un_stays_apart(seed_statements, seed_inputs):
    (hope,) = holding(seed_statements, seed_inputs, SEED_QUOTES, "not resume", "dujarric")
    assert {v.outlet for v in hope.variants} == {"seed outlet 0", "seed outlet 1"}
    (un,) = holding(seed_statements, seed_inputs, SEED_QUOTES, "un not resume", "un")
    assert len(un.variants) == 1 and un.speaker == "actor-un"


def test_seed_open_war_warning_joins_across_outlets(seed_statements, seed_inputs):
    (war,) = holding(seed_statements, seed_inputs, SEED_QUOTES, "open war", "asif")
    assert {v.outlet for v in war.variants} >= {"seed outlet 1", "seed outlet 3"}


# ---------------------------------------------------------------- examples


def test_example_threat_three_wordings_is_one_statement(example_statements, example_inputs):
    (threat,) = holding(example_statements, example_inputs, EXAMPLE_QUOTES, "threat", "dravetz")
    assert {v.outlet for v in threat.variants} == {"Kestovia Today", "The Brennish Observer", "Northgate Post"}
    assert labels_of(threat, example_inputs, EXAMPLE_QUOTES) == {"threat"}
    texts = {v.text for v in threat.variants}
    assert {"If Brennish soil is used against us once more, we will strike, and we will strike deep inside "
            "Brennmark.",
            "Should their territory be used to attack us again, our answer will reach deep into Brennmark.",
            "Kestovia would “hit targets deep in Brennmark” if attacks launched from Brennish territory "
            "continued"} <= texts


def test_example_other_dravetz_statements_stay_apart(example_statements, example_inputs):
    others = ["patience", "writing", "depends", "open conflict", "denial"]
    homes = {}
    for label in others:
        statements = holding(example_statements, example_inputs, EXAMPLE_QUOTES, label, "dravetz")
        assert all("threat" not in labels_of(s, example_inputs, EXAMPLE_QUOTES) for s in statements), label
        homes[label] = {s.id for s in statements}
    assert all(not homes[a] & homes[b] for a in others for b in others if a < b)


def test_example_cross_outlet_paraphrases_join(example_statements, example_inputs):
    for label, speaker, outlets in [
        ("session", "tormelen", {"The Brennish Observer", "Northgate Post"}),
        ("warnings", "ferrand", {"The Harbour Ledger", "Northgate Post"}),
        ("embankment", "ferrand", {"The Harbour Ledger", "Northgate Post"}),
        ("appeal", "solvay", {"Lusmark Chronicle", "Northgate Post"}),  # three paragraphs vs one paraphrase
        ("denial", "dravetz", {"Northgate Post", "The Brennish Observer"}),
    ]:
        joined = max(holding(example_statements, example_inputs, EXAMPLE_QUOTES, label, speaker),
                     key=lambda s: len(s.variants))
        assert {v.outlet for v in joined.variants} == outlets, label


def test_example_syndicated_copies_are_grouped(example_statements):
    copies = [s for s in example_statements if {v.outlet for v in s.variants} == {"Meridian Wire",
                                                                                  "The Harbour Ledger"}]
    assert {s.speaker for s in copies} >= {"actor-osterhuis", "actor-tormelen", "actor-dravetz"}


# ---------------------------------------------------------------- quality and threshold


def test_pairwise_precision_and_recall_on_labelled_pairs(seed_statements, seed_inputs, example_statements,
                                                        example_inputs):
    """A regression guard on the measured quality (0.78 precision, 0.80 recall when written)."""
    tp, fn, fp = (sum(x) for x in zip(pair_counts(seed_statements, seed_inputs, SEED_QUOTES),
                                      pair_counts(example_statements, example_inputs, EXAMPLE_QUOTES)))
    assert tp / (tp + fp) >= 0.7
    assert tp / (tp + fn) >= 0.75


def test_threshold_sits_inside_a_stable_band(seed_inputs, example_inputs, seed_statements, example_statements,
                                             vectors):
    """Nudging the threshold by ±0.025 leaves the cross-outlet statements as they are: the threshold is not
    balanced on one pair's score."""
    cases = [(seed_inputs, seed_statements, SEED_QUOTES, "threat", "asif"),
             (seed_inputs, seed_statements, SEED_QUOTES, "talks failed", "tarar"),
             (example_inputs, example_statements, EXAMPLE_QUOTES, "threat", "dravetz")]
    for shift in (-0.025, 0.025):
        shifted = {id(inputs): group_statements(inputs, vectors, threshold=THRESHOLD + shift)
                   for inputs in (seed_inputs, example_inputs)}
        for inputs, statements, table, label, speaker in cases:
            (before,) = holding(statements, inputs, table, label, speaker)
            (after,) = holding(shifted[id(inputs)], inputs, table, label, speaker)
            assert after.variants == before.variants, (label, shift)


def test_same_statement_pairs_score_above_different_ones(seed_inputs, example_inputs, vectors):
    same, different = [], []
    for table, inputs in ((SEED_QUOTES, seed_inputs), (EXAMPLE_QUOTES, example_inputs)):
        s, d = pair_scores(table, inputs, PairScorer(vectors, [q.text for q in inputs]))
        same += [x[0] for x in s]
        different += [x[0] for x in d]
    assert np.median(same) > np.percentile(different, 95)
    assert np.median(same) > THRESHOLD > np.percentile(different, 95)


# ---------------------------------------------------------------- general properties


def test_ids_are_deterministic_and_order_free(seed_inputs, vectors, seed_statements):
    again = group_statements(list(reversed(seed_inputs)), vectors)
    assert again == seed_statements
    assert len({s.id for s in seed_statements}) == len(seed_statements)
    assert all(len(s.id) == 12 for s in seed_statements)
    assert [(s.speaker, s.id) for s in seed_statements] == sorted((s.speaker, s.id) for s in seed_statements)
    # the id depends only on the variants: a statement regrouped alone keeps its id
    (threat,) = [s for s in seed_statements if len(s.variants) > 5]
    keys = {(v.article_id, v.content) for v in threat.variants}
    (alone,) = group_statements([q for q in seed_inputs if _key(q) in keys], vectors)
    assert alone.id == threat.id


def test_every_quote_lands_in_exactly_one_statement(seed_statements, seed_inputs):
    keys = [(v.article_id, v.content) for s in seed_statements for v in s.variants]
    assert sorted(keys) == sorted(_key(q) for q in seed_inputs)


def test_no_cross_speaker_merging(seed_inputs, vectors):
    a = next(q for q in seed_inputs if q.text.startswith("We will strike"))
    b = QuoteInput(article_id="other", outlet="x", published=None, speaker_id="actor-someone-else",
                   speaker_name="Someone", quote=a.quote, text=a.text)
    statements = group_statements([a, b], vectors)
    assert len(statements) == 2
    assert {s.speaker for s in statements} == {a.speaker_id, "actor-someone-else"}
    # in the seeds, every statement holds the quotes of its own speaker only (Dujarric's and the UN's hope too)
    speaker_of = {_key(q): q.speaker_id for q in seed_inputs}
    for statement in group_statements(seed_inputs, vectors):
        assert {speaker_of[(v.article_id, v.content)] for v in statement.variants} == {statement.speaker}


def test_unknown_speaker_joins_only_near_identical_wording(seed_inputs, vectors):
    def unknown(q, article_id):
        return QuoteInput(article_id=article_id, outlet=None, published=None, speaker_id=None, speaker_name=None,
                          quote=q.quote, text=q.text)

    strike = next(q for q in seed_inputs if q.text.startswith("We will strike"))
    launch = next(q for q in seed_inputs if q.text.startswith("We will launch"))
    statements = group_statements([unknown(strike, "a"), unknown(strike, "b"), unknown(launch, "c")], vectors)
    assert sorted(len(s.variants) for s in statements) == [1, 2]
    assert all(s.speaker is None for s in statements)


def test_empty_input():
    assert group_statements([]) == ()


def test_average_link_is_average_not_single():
    # a-b close, b-c close, a-c far: single link would chain all three; average link keeps c apart
    sim = np.array([[1, .9, .1], [.9, 1, .7], [.1, .7, 1]])
    assert average_link(sim, 0.6) == [[0, 1], [2]]
    assert average_link(sim, 0.95) == [[0], [1], [2]]
    assert average_link(np.ones((1, 1)), 0.5) == [[0]]
    assert average_link(np.zeros((0, 0)), 0.5) == []


def test_one_sentence_embedding_per_text_is_accepted():
    table = {"a": np.array([1.0, 0.0]), "b": np.array([0.9, 0.1]), "c": np.array([0.0, 1.0])}
    quotes = [QuoteInput(article_id=k, outlet=None, published=None, speaker_id="s", speaker_name="S",
                         quote=Quote(content=((0, 1),), kind="direct"), text=k) for k in "abc"]
    statements = group_statements(quotes, vectors=lambda text: table[text], threshold=0.9)
    assert sorted(len(s.variants) for s in statements) == [1, 2]


def test_similarity_and_clustering_of_a_thousand_quotes_is_fast(seed_inputs, example_inputs, vectors):
    base = sorted({q.text for q in seed_inputs + example_inputs})
    texts = [f"{a} {b}" for a in base for b in base if a != b][:1000]
    scorer = PairScorer(vectors, texts)  # vectorising happens here, once per text and part
    start = time.perf_counter()
    sim = scorer.matrix(texts)
    average_link(sim, THRESHOLD)
    elapsed = time.perf_counter() - start
    assert sim.shape == (1000, 1000)
    assert elapsed < 1.0, elapsed


# ---------------------------------------------------------------- score distributions


def pair_scores(table, inputs, scorer):
    """Scores of the same-statement and different-statement pairs of one speaker (ambiguous pairs and
    syndicated copies left out), with ``scorer.matrix`` per speaker."""
    labels = [row[3] for row in table]
    same, different = [], []
    by_speaker: dict[str, list[int]] = {}
    for i, q in enumerate(inputs):
        by_speaker.setdefault(q.speaker_id, []).append(i)
    for members in by_speaker.values():
        texts = [inputs[i].text for i in members]
        sim = scorer.matrix(texts)
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                if texts[a] == texts[b]:
                    continue
                la, lb = labels[members[a]], labels[members[b]]
                record = (float(sim[a, b]), texts[a], texts[b])
                if la == lb:
                    same.append(record)
                elif frozenset({la, lb}) not in AMBIGUOUS:
                    different.append(record)
    return same, different


class _PlainWords(WordVectors):
    """Content lemmas only: no modality markers, stance adverbs kept (the baseline the scorer improves on)."""

    def words(self, doc):
        stop = self.nlp.Defaults.stop_words
        out = []
        for token in doc:
            word = (token.lemma_ or token.text).lower()
            if (token.is_alpha or token.like_num) and not token.is_stop and word not in stop and word not in out:
                out.append(word)
        return out


def _describe(name, same, different):
    s, d = np.array(same), np.array(different)
    auc = ((s[:, None] > d[None, :]).sum() + 0.5 * (s[:, None] == d[None, :]).sum()) / (len(s) * len(d))
    q = lambda v, p: np.percentile(v, p)  # noqa: E731
    print(f"{name:44} AUC {auc:.3f} | same (n={len(s)}) p10 {q(s, 10):.2f} p25 {q(s, 25):.2f} median "
          f"{np.median(s):.2f} | different (n={len(d)}) median {np.median(d):.2f} p90 {q(d, 90):.2f} "
          f"p95 {q(d, 95):.2f} p99 {q(d, 99):.2f} max {d.max():.2f}")


if __name__ == "__main__":  # the score distributions the threshold rests on
    from newsloom.analyse.nlp import load_pipeline

    nlp = load_pipeline()
    words, plain = WordVectors(nlp), _PlainWords(nlp)
    corpora = [(SEED_QUOTES, build_inputs(SEED_QUOTES, seed_articles(), SEED_OUTLETS)),
               (EXAMPLE_QUOTES, build_inputs(EXAMPLE_QUOTES, example_articles()))]

    def mean_vector(text):
        m = plain(text)
        return m.mean(axis=0) if len(m) else np.zeros(m.shape[1])

    scorers = {
        "mean of content-word vectors, cosine": lambda t: PairScorer(mean_vector, t, use_parts=False),
        "word alignment (soft cosine), no floor": lambda t: PairScorer(plain, t, floor=0.0, use_parts=False),
        "  + word floor 0.4": lambda t: PairScorer(plain, t, use_parts=False),
        "  + stance adverbs out, modality markers": lambda t: PairScorer(words, t, use_parts=False),
        "  + best of parts (chosen)": lambda t: PairScorer(words, t),
    }
    chosen = None
    for name, make in scorers.items():
        same, different = [], []
        for table, inputs in corpora:
            s, d = pair_scores(table, inputs, make([q.text for q in inputs]))
            same += s
            different += d
        _describe(name, [x[0] for x in same], [x[0] for x in different])
        chosen = (same, different)
    same, different = chosen
    rows = {r.tobytes(): r for m in words.vectorise([q.text for _, inputs in corpora for q in inputs])
            for r in m}
    vocab = np.stack(list(rows.values()))
    background = (vocab @ vocab.T)[np.triu_indices(len(vocab), 1)]
    print(f"cosine of two distinct words of the quotes: median {np.median(background):.2f}, "
          f"p90 {np.percentile(background, 90):.2f}, p95 {np.percentile(background, 95):.2f}")
    print("lowest same-statement pairs:")
    for x in sorted(same)[:6]:
        print(f"  {x[0]:.2f}  {x[1][:55]!r} ~ {x[2][:55]!r}")
    print("highest different-statement pairs:")
    for x in sorted(different)[-6:]:
        print(f"  {x[0]:.2f}  {x[1][:55]!r} ~ {x[2][:55]!r}")
    print("threshold sweep (pairwise precision / recall of the statements, seeds + examples):")
    for threshold in np.arange(0.30, 0.476, 0.025):
        tp = fn = fp = 0
        for table, inputs in corpora:
            a, b, c = pair_counts(group_statements(inputs, words, threshold=threshold), inputs, table)
            tp, fn, fp = tp + a, fn + b, fp + c
        print(f"  {threshold:.3f}: precision {tp / max(1, tp + fp):.2f} recall {tp / max(1, tp + fn):.2f}")

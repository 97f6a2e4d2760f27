"""Closed word lists the quote rules read: reporting verbs by how they take their content, reporting nouns,
speaker words.

Lists rather than a model because reporting verbs form a small closed class in news English, and a list
says exactly why a clause was (or was not) taken for reported speech.
"""
from __future__ import annotations

#: Verbs of saying: their clausal complement, a colon or an adjacent quotation is what was said, and they
#: also attribute a whole clause when inverted ("The talks failed, he said.").
SAY_VERBS = frozenset("""
say tell add claim state warn write deny insist announce declare assert contend maintain argue allege note
observe remark comment explain stress emphasize emphasise reiterate repeat confirm acknowledge admit concede
reply respond answer retort counter rebut joke quip muse boast brag complain lament grumble protest object
shout scream yell whisper cry exclaim chant sing recall recount report reveal disclose tweet post predict
caution assure reassure promise pledge vow swear testify continue ask inquire question wonder
suggest mention point speak talk hint signal indicate inform notify tell told said says add underline
highlight affirm proclaim announce accuse charge blast slam criticize criticise praise thank welcome
urge demand appeal implore plead beg propose recommend advise agree disagree threaten estimate forecast
project
""".split())

#: Verbs of thinking and knowing: attributions in PolNeAR's sense, taken only with a clausal complement.
THINK_VERBS = frozenset("""
believe think feel expect hope fear worry doubt know understand suspect reckon consider assume guess
""".split())

#: Verbs whose finding is a report: "A poll shows that ...", "The study found ...", "The Post has learned".
FINDING_VERBS = frozenset("""
show find learn suggest indicate reveal confirm estimate
""".split())

#: Verbs of stance and speech acts with no clause of their own: their object is what the source said it
#: wants, backs or rejects ("called for a ceasefire", "rejected the offer", "vowed to retaliate"), mocks or
#: plays down ("derided the deal as toothless", "downplayed the risk"). Not "seek"
#: nor "challenge": in news copy they mostly report an aim or a lawsuit, not words.
STANCE_VERBS = frozenset("""
call cite describe reject endorse support oppose attack criticize criticise condemn defend echo refer reference
blame mock praise want plan decide refuse decline encourage offer discuss detail highlight stress emphasize
emphasise tout hail laud decry denounce dub question dispute dismiss applaud slam blast welcome
propose recommend demand vow pledge promise threaten express bemoan deride ridicule lambaste excoriate berate
scold chide castigate liken downplay champion advocate favor favour
""".split())

#: Verbs whose direct object (with what follows it) is the content: "called the strikes 'a deliberate act'",
#: "denied the reports", "announced a ceasefire", "the poll shows a tight race".
OBJECT_CONTENT = frozenset("""
call describe deny confirm announce report reveal disclose propose demand predict promise pledge vow
acknowledge admit express cite criticize criticise condemn praise welcome dismiss reject repeat reiterate
accuse blame blast slam question recall recount threaten urge ask mention suggest recommend show indicate
""".split()) | STANCE_VERBS

#: Verbs whose infinitival complement is the content: "vowed to retaliate", "urged both sides to ...".
XCOMP_CONTENT = frozenset("""
promise pledge vow threaten urge ask call refuse decline agree offer propose plan demand appeal warn
swear implore beg advise tell order want decide encourage
""".split())

#: Verb + preposition pairs whose object is the content: "warned of", "called for", "accused X of".
PREP_CONTENT = {
    "warn": {"of", "against", "about"}, "call": {"for", "on"}, "accuse": {"of"}, "speak": {"of", "about"},
    "talk": {"about", "of"}, "complain": {"about", "of"}, "insist": {"on"}, "ask": {"for", "about"},
    "argue": {"for", "against"}, "describe": {"as"}, "criticize": {"as", "for"}, "criticise": {"as", "for"},
    "dismiss": {"as"}, "point": {"to"}, "comment": {"on"}, "boast": {"of", "about"}, "appeal": {"to", "for"},
    "urge": {"to"}, "express": {"about", "over", "at"}, "blame": {"for"}, "charge": {"with"}, "testify": {"about"},
    "write": {"about"}, "tweet": {"about"}, "hint": {"at"}, "vow": {"to"}, "brag": {"about"}, "liken": {"to"},
}

#: Verbs whose direct object is the target, not the content: "accused Kabul of ...".
TARGET_OBJECT = frozenset("accuse charge".split())

#: Verbs that report without a speaker of their own when passive: "it was reported that", "he is said to".
PASSIVE_OK = frozenset("say report tell claim allege announce confirm believe expect understand know".split())

#: Verbs that take the addressee as object ("told Geo News"): the object is never the content.
ADDRESSEE_VERBS = frozenset("tell inform notify assure reassure remind ask urge warn advise brief".split())

#: Verbs whose passive participle has the addressee for its subject: in "Asked whether ..., Asif replied" and
#: "When he was questioned about ..." the question is the asker's (a reporter's, mostly unnamed), never
#: the words of the one asked.
ADDRESSED_VERBS = ADDRESSEE_VERBS | {"question"}

#: Verbs whose past participle after a noun names it rather than reporting: "a stream called Miracle Run".
NAMING_VERBS = frozenset("call dub name label term nickname title".split())

#: Verbs whose participle only names the topic of what its clause goes on to report: "Speaking about the
#: talks, Asif said ...".
TOPIC_VERBS = frozenset("speak talk".split())

PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
PLURAL_PRONOUNS = frozenset({"they", "them", "we"})
NEUTER_PRONOUNS = frozenset({"it"})
FIRST_SECOND = frozenset({"i", "me", "we", "us", "you"})
RELATIVE = frozenset({"who", "which", "that", "whom"})

#: Heads of speaker descriptions that can stand for a person mentioned just before ("the spokesman said").
PERSON_HEADS = frozenset("""
minister secretary spokesman spokeswoman spokesperson president premier chancellor governor mayor director
head chief commander ambassador envoy leader chairman chairwoman chair king queen senator lawmaker adviser
advisor prosecutor judge general official diplomat candidate nominee aide lawyer attorney man woman
""".split())
FEMALE_WORDS = frozenset({"spokeswoman", "chairwoman", "queen", "woman", "mrs", "mrs.", "ms", "ms.", "she",
                          "her", "herself"})
MALE_WORDS = frozenset({"spokesman", "chairman", "king", "man", "mr", "mr.", "he", "him", "his", "himself"})

#: Heads of speaker phrases that stand for nobody in particular: "a Pakistani security source" is not Pakistan.
ANONYMOUS_HEADS = frozenset("""
source sources official officials diplomat diplomats person people aide aides insider insiders observer
observers analyst analysts expert experts witness witnesses resident residents member members
""".split())

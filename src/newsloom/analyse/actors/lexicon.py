"""Closed word lists the actor rules read: titles, speech verbs, words that mark places and organisations.

Lists, not a model, because these classes are small and closed in news English, and a list says exactly why
a span was (or was not) taken for an actor.
"""
from __future__ import annotations

DETERMINERS = frozenset({"the", "a", "an"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’", "s"})

#: Head nouns of titles and role descriptions ("minister", "spokesman", "head").
TITLE_HEADS = frozenset("""
minister secretary spokesman spokeswoman spokesperson president vice-president premier chancellor governor
mayor director head chief commander ambassador envoy leader chairman chairwoman chair king queen emir prince
princess senator lawmaker mp adviser advisor secretary-general prosecutor attorney-general judge general
admiral colonel commissioner administrator coordinator representative ruler monarch sheikh cleric imam
director-general ceo founder deputy negotiator mediator speaker official diplomat engineer farmer teacher
doctor nurse analyst researcher professor lawyer economist journalist correspondent survivor resident
""".split())

#: Heads too generic to pick out one person by a definite description ("the official", "the engineer").
GENERIC_HEADS = frozenset("""
official diplomat engineer farmer teacher doctor nurse analyst researcher professor lawyer economist
journalist correspondent survivor resident representative deputy speaker leader head chief general
mediator negotiator
""".split())

#: Words that qualify a title head ("defence", "foreign", "deputy").
TITLE_MODIFIERS = frozenset("""
defence defense foreign interior information finance home justice health education infrastructure economy
economic trade commerce energy agriculture transport environment prime deputy vice acting former regional
state junior chief senior attorney army military police civil retired affairs communications security
national labour labor culture tourism water housing planning science technology religious petroleum oil
industry mines railways aviation development treasury war emergency relief rights human press media
district provincial federal interim caretaker supreme top field executive managing political intelligence
internal external public works social welfare women youth sports climate digital fisheries forestry
""".split())

TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS

#: Spelling and gender variants folded in role titles, so "Defense minister" = "Defence minister".
TITLE_SPELLING = {
    "defense": "defence", "labor": "labour", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "chairman": "chair", "chairwoman": "chair", "advisor": "adviser",
}

FEMALE_TITLES = frozenset({"spokeswoman", "chairwoman", "queen", "princess", "mrs", "mrs.", "ms", "ms.",
                           "miss", "dame", "lady"})
MALE_TITLES = frozenset({"spokesman", "chairman", "king", "prince", "mr", "mr.", "sir", "lord"})

#: Verbs whose subject is a speaker: a lone name as their subject is a person, not a mislabelled place.
SPEECH_VERBS = frozenset("""
say tell add claim state warn write deny insist announce accuse ask reply note argue believe think confirm
declare urge promise admit explain stress describe joke allege threaten respond criticise criticize welcome
acknowledge suggest vow pledge call question appeal demand told said
""".split())

#: Last words that make a PERSON-labelled span an organisation or a place.
ORG_HEADS = frozenset("""
council agency front party ministry army police group movement organisation organization committee
commission union association institute university hospital bank company corporation news post times wire
press service network court assembly parliament government forces brigade battalion league alliance
center centre clinic foundation fund trust society club museum school college academy department office
magazine journal newspaper channel television radio studio studios pictures records inc ltd llc corp
""".split())
PLACE_HEADS = frozenset("""
dam river lake street road bridge valley mountain mountains sea province district square airport port island
islands county region park station hall avenue bay gulf desert canal reservoir house building headquarters
""".split())

#: Prepositions after which a capital is a place, not its government ("in Kabul").
LOCATIVE_PREPS = frozenset("""
in at near inside outside around across within throughout into through toward towards via beyond
""".split())
MOTION_VERBS = frozenset("""
return go come travel fly move arrive drive flee evacuate send deploy head leave march walk bring
""".split())
#: Verbs and nouns that take a city as a place ("seized Kabul", "the takeover of Kabul").
PLACE_VERBS = frozenset("""
seize capture take enter visit leave reach hit bomb strike attack shell overrun besiege storm flee evacuate
""".split())
PLACE_NOUNS = frozenset("""
takeover capture fall seizure streets outskirts centre center residents people city mayor airport suburbs
part parts siege north south east west heart
""".split())
#: Event nouns: "the Istanbul talks" names a venue, "the Kabul and Islamabad talks" the parties.
EVENT_NOUNS = frozenset("talks meeting summit conference process agreement accord declaration round".split())

#: Words after "X's" that show X is a state: "Lusmark's government", "Kestovia's defence minister".
STATE_POSSESSIONS = frozenset("""
government ministry army military forces parliament embassy delegation cabinet navy troops authorities
territory soil border borders capital president premier foreign defence defense interior information
infrastructure finance prime justice health education
""".split())
STATE_NEIGHBOURS = frozenset("""
northern southern eastern western central neighbouring neighboring north-eastern north-western
south-eastern south-western northeastern northwestern southeastern southwestern
""".split())

PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}

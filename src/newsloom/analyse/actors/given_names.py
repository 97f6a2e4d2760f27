"""Common given names by the gender they usually mark, and places that are not states.

Given names let "her" skip a man and "he" skip a woman when both are candidates; a name missing here just
leaves the person's gender unknown (the pronoun rules then need a unique candidate). Names common to both
genders (Jordan, Alex, Sam, Kim, Robin) are left out on purpose.
"""
from __future__ import annotations

MALE = frozenset("""
aaron abdul abdullah abraham adam adrian ahmad ahmed ajay akbar alan albert alberto alexander alexei alexis
alfred ali amir amit anand anders andre  andreas andrew andrei andrzej angelo anthony antonio arjun
arnold arthur arvid asif ataullah attaullah barack ben benjamin benny bernard bill billy bob boris brad brian
bruce bryan carl carlos charles chris christian christopher chuck claude colin craig dan daniel danny david
dennis dmitri dmitry donald doug douglas  duncan dwight ed eddie edward emmanuel enrique eric erik
ernest eugene fahad farid felix fernando francis francisco frank franz fred frederick gary george gerald
gerhard giorgio giuseppe gordon graham greg gregory guillaume gustav hamid hans harold harry hassan hector
henry herbert hossein howard hugo hussein ian igor imran isaac ismail ivan jack jacob jacques jaime james
jan javier jeff jeffrey jens jeremy jerome jerry jesus jim jimmy joachim joe joel johan johann john
johnny jon jonas jonathan jorge jose joseph josh joshua juan julian jurgen justin kamal karim karl kasimir
kazimir keith ken kenneth kevin khalid khawaja klaus kurt larry lars lawrence leo leon leonard lionel louis
luca lucas luis lukas luke mahmoud manuel marc marco marcus mario mark martin matt matthew maurice max
michael michel miguel mike mikhail mitt mohammad mohammed muhammad mustafa narendra nasser nathan neil
nelson nicholas nick nicolas nigel nikolai noah olaf oliver omar oscar osman otto pablo patrick paul pedro
per peter petr petro philip philippe phil piet pierre piotr rafael rahul rajesh ralph ramon randy raul ray
raymond recep reza richard rick robert roberto rodrigo roger roland ronald ruben rudolf rupert russell ryan
saad salman  samuel sandeep scott sean sebastian serge sergei sergey shahid shehbaz simon stanley
stefan stephane stephen steve steven stuart sven tariq ted terry theodore thomas tim timothy tom tomas tony
 umar vasily victor vijay viktor vincent vladimir volodymyr walter  william wolfgang xavier
yaakov yasser yousef yusuf yuri zaid zbigniew
""".split())

FEMALE = frozenset("""
abigail ada adriana agnes aisha alessandra alexandra alice alicia alina amanda amelia amelie amina amy ana
anastasia angela angelina anita ann anna anne annette antonia ashley astrid  ayesha barbara
beatrice benazir betty beverly brenda bridget brigitte camila carla carmen carol caroline catherine cecilia
charlotte chelsea cheryl christina christine claire claudia cristina cynthia dana daniela deborah debra
diana diane donna doris dorothy elena eleanor elisabeth elizabeth ellen emily emma erika esther eva evelyn
fatima fiona frances francesca gabriela  giorgia gloria grace hanna hannah halla heather helen
helena hillary ilhan indira ingrid irene iris isabel isabella jacinda jane janet janice  jennifer
jessica jill joan joanna josephine joyce judith judy julia julie karen katarina kate katherine kathleen
kathryn katie kelly kimberly kristina laura lauren leila lena linda lisa liz lori louise lucy lydia
madeleine malala margaret margarethe maria marie marina marine marion marta martha mary maryam megan melania
melanie melissa mia michelle mila mirela monica nadia nancy natalia natalie  nicole nina nora olga
olivia pamela patricia paula pauline petra priya rachel rebecca rita rosa rose ruth sabine samantha sandra
sara sarah sharon shirin silvia sofia sonia sophia sophie stephanie susan suzanne svetlana sylvia tamara
tanya tara teresa theresa tina ursula valentina valerie vanessa vera veronica victoria virginia wendy
yulia yvonne zainab zoe
""".split())

#: Large places the state rules must not take for states: continents, regions, and sub-national units
#: often written like countries ("western Pennsylvania", "northern Punjab").
NOT_STATES = frozenset(s.strip() for s in """
europe, asia, africa, americas, north america, south america, latin america, central america, oceania,
eurasia, antarctica, arctic, middle east, near east, far east, caribbean, scandinavia, balkans, baltics,
the baltics, gulf, persian gulf, sahel, maghreb, levant, west, east, south, north, mediterranean, pacific,
atlantic, siberia, kashmir, punjab, sindh, balochistan, khyber pakhtunkhwa, kurdistan, tibet, xinjiang,
crimea, donbas, catalonia, bavaria, flanders, wallonia, quebec, ontario, alberta, british columbia,
england, scotland, wales, northern ireland, alabama, alaska, arizona, arkansas, california, colorado,
connecticut, delaware, florida, hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine,
maryland, massachusetts, michigan, minnesota, mississippi, missouri, montana, nebraska, nevada,
new hampshire, new jersey, new mexico, new york, north carolina, north dakota, ohio, oklahoma, oregon,
pennsylvania, rhode island, south carolina, south dakota, tennessee, texas, utah, vermont, virginia,
west virginia, wisconsin, wyoming, queensland, new south wales, victoria, tasmania
""".split(","))


def gender_of(given: str) -> str | None:
    """"m", "f" or None for a folded given name."""
    if given in MALE:
        return "m"
    if given in FEMALE:
        return "f"
    return None

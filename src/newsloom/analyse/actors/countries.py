"""The world's states as data: name, other names, demonyms, capitals (and other seats of government).

Kept as a Python module rather than a data file so it ships with the package without packaging rules.
Generic world knowledge, not fitted to any corpus. One state a line:
``Canonical | other names | demonym adjectives | capitals | plural nouns for its people``; lists are
comma-separated. Plural nouns default to adjective + "s" for adjectives ending in -an/-i (see gazetteer.py).
Ambiguous demonyms ("Congolese", "Korean") are left out on purpose: they cannot name one state.
"""

COUNTRIES = """
Afghanistan | Islamic Republic of Afghanistan | Afghan, Afghani | Kabul |
Albania | | Albanian | Tirana, Tirane |
Algeria | | Algerian | Algiers |
Andorra | | Andorran | Andorra la Vella |
Angola | | Angolan | Luanda |
Antigua and Barbuda | Antigua | Antiguan | St. John's |
Argentina | | Argentine, Argentinian | Buenos Aires | Argentines
Armenia | | Armenian | Yerevan |
Australia | | Australian | Canberra |
Austria | | Austrian | Vienna |
Azerbaijan | | Azerbaijani, Azeri | Baku |
Bahamas | The Bahamas | Bahamian | Nassau |
Bahrain | | Bahraini | Manama |
Bangladesh | | Bangladeshi | Dhaka |
Barbados | | Barbadian | Bridgetown |
Belarus | | Belarusian | Minsk |
Belgium | | Belgian | Brussels |
Belize | | Belizean | Belmopan |
Benin | | Beninese | Porto-Novo | Beninese
Bhutan | | Bhutanese | Thimphu | Bhutanese
Bolivia | | Bolivian | La Paz, Sucre |
Bosnia and Herzegovina | Bosnia, Bosnia-Herzegovina | Bosnian | Sarajevo |
Botswana | | Botswanan, Motswana | Gaborone | Batswana
Brazil | | Brazilian | Brasilia, Brasília |
Brunei | Brunei Darussalam | Bruneian | Bandar Seri Begawan |
Bulgaria | | Bulgarian | Sofia |
Burkina Faso | | Burkinabe, Burkinabè | Ouagadougou | Burkinabe
Burundi | | Burundian | Gitega |
Cambodia | | Cambodian | Phnom Penh |
Cameroon | | Cameroonian | Yaounde, Yaoundé |
Canada | | Canadian | Ottawa |
Cape Verde | Cabo Verde | Cape Verdean | Praia |
Central African Republic | CAR | Central African | Bangui |
Chad | | Chadian | N'Djamena |
Chile | | Chilean | Santiago |
China | People's Republic of China, PRC, Mainland China | Chinese | Beijing, Peking | Chinese
Colombia | | Colombian | Bogota, Bogotá |
Comoros | | Comorian | Moroni |
Republic of the Congo | Congo-Brazzaville, Congo Republic | | Brazzaville |
Democratic Republic of the Congo | DR Congo, DRC, Congo-Kinshasa, DRC Congo | | Kinshasa |
Costa Rica | | Costa Rican | San Jose, San José |
Cote d'Ivoire | Côte d'Ivoire, Ivory Coast | Ivorian | Yamoussoukro, Abidjan |
Croatia | | Croatian, Croat | Zagreb | Croats
Cuba | | Cuban | Havana |
Cyprus | | Cypriot | Nicosia |
Czech Republic | Czechia | Czech | Prague | Czechs
Denmark | | Danish | Copenhagen | Danes
Djibouti | | Djiboutian | Djibouti City |
Dominica | | | Roseau |
Dominican Republic | | Dominican | Santo Domingo |
East Timor | Timor-Leste | Timorese | Dili | Timorese
Ecuador | | Ecuadorian, Ecuadorean | Quito |
Egypt | | Egyptian | Cairo |
El Salvador | | Salvadoran, Salvadorean | San Salvador |
Equatorial Guinea | | Equatorial Guinean, Equatoguinean | Malabo |
Eritrea | | Eritrean | Asmara |
Estonia | | Estonian | Tallinn |
Eswatini | Swaziland | Swazi, Emaswati | Mbabane, Lobamba | Swazis
Ethiopia | | Ethiopian | Addis Ababa |
Fiji | | Fijian | Suva |
Finland | | Finnish | Helsinki | Finns
France | French Republic | French | Paris | French
Gabon | | Gabonese | Libreville | Gabonese
Gambia | The Gambia | Gambian | Banjul |
Georgia | | Georgian | Tbilisi |
Germany | Federal Republic of Germany | German | Berlin |
Ghana | | Ghanaian | Accra |
Greece | | Greek | Athens | Greeks
Grenada | | Grenadian | St. George's |
Guatemala | | Guatemalan | Guatemala City |
Guinea | Guinea-Conakry | Guinean | Conakry |
Guinea-Bissau | | Bissau-Guinean | Bissau |
Guyana | | Guyanese | Georgetown | Guyanese
Haiti | | Haitian | Port-au-Prince |
Honduras | | Honduran | Tegucigalpa |
Hungary | | Hungarian | Budapest |
Iceland | | Icelandic | Reykjavik, Reykjavík | Icelanders
India | Bharat | Indian | New Delhi, Delhi |
Indonesia | | Indonesian | Jakarta |
Iran | Islamic Republic of Iran, Persia | Iranian | Tehran, Teheran |
Iraq | | Iraqi | Baghdad |
Ireland | Republic of Ireland, Eire | Irish | Dublin | Irish
Israel | State of Israel | Israeli | Jerusalem, Tel Aviv |
Italy | | Italian | Rome |
Jamaica | | Jamaican | Kingston |
Japan | | Japanese | Tokyo | Japanese
Jordan | Hashemite Kingdom of Jordan | Jordanian | Amman |
Kazakhstan | | Kazakh, Kazakhstani | Astana | Kazakhs
Kenya | | Kenyan | Nairobi |
Kiribati | | I-Kiribati | Tarawa |
Kosovo | | Kosovar, Kosovan | Pristina, Prishtina |
Kuwait | | Kuwaiti | Kuwait City |
Kyrgyzstan | Kyrgyz Republic | Kyrgyz | Bishkek | Kyrgyz
Laos | Lao PDR | Laotian, Lao | Vientiane |
Latvia | | Latvian | Riga |
Lebanon | | Lebanese | Beirut | Lebanese
Lesotho | | Basotho, Mosotho | Maseru | Basotho
Liberia | | Liberian | Monrovia |
Libya | | Libyan | Tripoli |
Liechtenstein | | Liechtensteiner | Vaduz | Liechtensteiners
Lithuania | | Lithuanian | Vilnius |
Luxembourg | | Luxembourgish, Luxembourger | Luxembourg City | Luxembourgers
Madagascar | | Malagasy | Antananarivo | Malagasy
Malawi | | Malawian | Lilongwe |
Malaysia | | Malaysian | Kuala Lumpur, Putrajaya |
Maldives | | Maldivian | Male, Malé |
Mali | | Malian | Bamako |
Malta | | Maltese | Valletta | Maltese
Marshall Islands | | Marshallese | Majuro | Marshallese
Mauritania | | Mauritanian | Nouakchott |
Mauritius | | Mauritian | Port Louis |
Mexico | | Mexican | Mexico City |
Micronesia | Federated States of Micronesia | Micronesian | Palikir |
Moldova | | Moldovan | Chisinau, Chișinău |
Monaco | | Monegasque | |
Mongolia | | Mongolian | Ulaanbaatar, Ulan Bator |
Montenegro | | Montenegrin | Podgorica |
Morocco | | Moroccan | Rabat |
Mozambique | | Mozambican | Maputo |
Myanmar | Burma | Burmese | Naypyidaw, Naypyitaw, Nay Pyi Taw | Burmese
Namibia | | Namibian | Windhoek |
Nauru | | Nauruan | Yaren |
Nepal | | Nepali, Nepalese | Kathmandu | Nepalis
Netherlands | The Netherlands, Holland | Dutch | Amsterdam, The Hague | Dutch
New Zealand | | New Zealander | Wellington | New Zealanders
Nicaragua | | Nicaraguan | Managua |
Niger | | Nigerien | Niamey |
Nigeria | | Nigerian | Abuja |
North Korea | DPRK, Democratic People's Republic of Korea | North Korean | Pyongyang |
North Macedonia | Macedonia | Macedonian | Skopje |
Norway | | Norwegian | Oslo |
Oman | | Omani | Muscat |
Pakistan | Islamic Republic of Pakistan | Pakistani | Islamabad |
Palau | | Palauan | Ngerulmud |
Palestine | State of Palestine, Palestinian territories | Palestinian | Ramallah |
Panama | | Panamanian | Panama City |
Papua New Guinea | PNG | Papua New Guinean | Port Moresby |
Paraguay | | Paraguayan | Asuncion, Asunción |
Peru | | Peruvian | Lima |
Philippines | The Philippines | Filipino, Philippine | Manila | Filipinos
Poland | | Polish | Warsaw | Poles
Portugal | | Portuguese | Lisbon | Portuguese
Qatar | | Qatari | Doha |
Romania | | Romanian | Bucharest |
Russia | Russian Federation | Russian | Moscow, Kremlin |
Rwanda | | Rwandan | Kigali |
Saint Kitts and Nevis | St Kitts and Nevis | Kittitian | Basseterre |
Saint Lucia | St Lucia | Saint Lucian | Castries |
Saint Vincent and the Grenadines | St Vincent and the Grenadines | Vincentian | Kingstown |
Samoa | | Samoan | Apia |
San Marino | | Sammarinese | | Sammarinese
Sao Tome and Principe | São Tomé and Príncipe | Santomean | Sao Tome, São Tomé |
Saudi Arabia | Kingdom of Saudi Arabia | Saudi, Saudi Arabian | Riyadh |
Senegal | | Senegalese | Dakar | Senegalese
Serbia | | Serbian, Serb | Belgrade | Serbs
Seychelles | | Seychellois | Victoria | Seychellois
Sierra Leone | | Sierra Leonean | Freetown |
Singapore | | Singaporean | |
Slovakia | Slovak Republic | Slovak, Slovakian | Bratislava | Slovaks
Slovenia | | Slovenian, Slovene | Ljubljana | Slovenes
Solomon Islands | | Solomon Islander | Honiara | Solomon Islanders
Somalia | | Somali | Mogadishu |
South Africa | | South African | Pretoria, Cape Town |
South Korea | Republic of Korea, ROK | South Korean | Seoul |
South Sudan | | South Sudanese | Juba | South Sudanese
Spain | | Spanish | Madrid | Spaniards
Sri Lanka | Ceylon | Sri Lankan | Colombo, Sri Jayawardenepura Kotte |
Sudan | | Sudanese | Khartoum | Sudanese
Suriname | | Surinamese | Paramaribo | Surinamese
Sweden | | Swedish | Stockholm | Swedes
Switzerland | | Swiss | Bern, Berne | Swiss
Syria | Syrian Arab Republic | Syrian | Damascus |
Taiwan | Republic of China | Taiwanese | Taipei | Taiwanese
Tajikistan | | Tajik, Tajikistani | Dushanbe | Tajiks
Tanzania | | Tanzanian | Dodoma |
Thailand | | Thai | Bangkok | Thais
Togo | | Togolese | Lome, Lomé | Togolese
Tonga | | Tongan | Nuku'alofa |
Trinidad and Tobago | Trinidad | Trinidadian | Port of Spain |
Tunisia | | Tunisian | Tunis |
Turkey | Türkiye, Turkiye | Turkish | Ankara | Turks
Turkmenistan | | Turkmen | Ashgabat | Turkmens
Tuvalu | | Tuvaluan | Funafuti |
Uganda | | Ugandan | Kampala |
Ukraine | | Ukrainian | Kyiv, Kiev |
United Arab Emirates | UAE, U.A.E., Emirates | Emirati | Abu Dhabi |
United Kingdom | UK, U.K., Britain, Great Britain | British | London, Downing Street | Britons, British
United States | US, U.S., USA, U.S.A., United States of America, America | American | Washington, Washington D.C., White House |
Uruguay | | Uruguayan | Montevideo |
Uzbekistan | | Uzbek, Uzbekistani | Tashkent | Uzbeks
Vanuatu | | Ni-Vanuatu | Port Vila |
Vatican City | Holy See, Vatican | | |
Venezuela | | Venezuelan | Caracas |
Vietnam | Viet Nam | Vietnamese | Hanoi | Vietnamese
Yemen | | Yemeni | Sanaa, Sana'a |
Zambia | | Zambian | Lusaka |
Zimbabwe | | Zimbabwean | Harare |
"""

#: Well-known organisations: ``Canonical | other names and acronyms``. World knowledge (international bodies,
#: armed groups, agencies) that no article can be expected to spell out; anything else is linked by the
#: article's own evidence (acronym in parentheses, initials, shared names).
ORGANISATIONS = """
United Nations | UN, U.N.
UN Security Council | United Nations Security Council, UNSC, Security Council
UN General Assembly | United Nations General Assembly, UNGA, General Assembly
European Union | EU, E.U.
European Commission | EC
North Atlantic Treaty Organization | NATO, Nato, North Atlantic Treaty Organisation
African Union | AU
Association of Southeast Asian Nations | ASEAN
Organisation of Islamic Cooperation | OIC, Organization of Islamic Cooperation
Organization of the Petroleum Exporting Countries | OPEC
International Monetary Fund | IMF
World Bank |
World Health Organization | WHO, World Health Organisation
International Atomic Energy Agency | IAEA
International Committee of the Red Cross | ICRC, Red Cross
UNICEF | United Nations Children's Fund
UNHCR | UN refugee agency, United Nations High Commissioner for Refugees
International Criminal Court | ICC
International Court of Justice | ICJ, World Court
Amnesty International | Amnesty
Human Rights Watch | HRW
Taliban | Afghan Taliban, Islamic Emirate of Afghanistan
Tehrik-i-Taliban Pakistan | TTP, Pakistani Taliban, Tehrik-e-Taliban Pakistan, Tehreek-e-Taliban Pakistan
Islamic State | ISIS, ISIL, Daesh
al-Qaeda | al Qaeda, Al-Qaeda, Al Qaeda, al-Qaida
Hamas |
Hezbollah | Hizbollah, Hizbullah
Reuters | Thomson Reuters
Associated Press | AP
Agence France-Presse | AFP
"""

# States, with their nationality adjectives
State | Syria | Syrian Arab Republic | adjective=Syrian
State | Turkey | Türkiye; Turkiye; Republic of Turkey | adjective=Turkish
State | Russia | Russian Federation | adjective=Russian
State | Iran | Islamic Republic of Iran; Persia; Imperial State of Iran | adjective=Iranian
State | United States | US; U.S.; USA; United States of America; America | adjective=American,US,U.S.
State | United Kingdom | UK; U.K.; Britain; Great Britain | adjective=British
State | France | French Republic | adjective=French
State | Germany | Federal Republic of Germany | adjective=German
State | Italy |  | adjective=Italian
State | Netherlands | the Netherlands; Holland | adjective=Dutch
State | Belgium |  | adjective=Belgian
State | Sweden |  | adjective=Swedish
State | Norway |  | adjective=Norwegian
State | Denmark |  | adjective=Danish
State | Spain |  | adjective=Spanish
State | Canada |  | adjective=Canadian
State | Japan |  | adjective=Japanese
State | China | People's Republic of China | adjective=Chinese
State | Kazakhstan |  | adjective=Kazakh
State | Israel |  | adjective=Israeli
State | Lebanon | Lebanese Republic | adjective=Lebanese
State | Jordan | Hashemite Kingdom of Jordan | adjective=Jordanian
State | Iraq | Republic of Iraq | adjective=Iraqi
State | Egypt | Arab Republic of Egypt | adjective=Egyptian
State | Saudi Arabia | Kingdom of Saudi Arabia | adjective=Saudi
State | Qatar | State of Qatar | adjective=Qatari
State | United Arab Emirates | UAE; Emirates | adjective=Emirati
State | Kuwait | State of Kuwait | adjective=Kuwaiti
State | Bahrain | Kingdom of Bahrain | adjective=Bahraini
State | Oman | Sultanate of Oman | adjective=Omani
State | Yemen | Republic of Yemen | adjective=Yemeni
State | Libya | Libyan Arab Jamahiriya; Great Socialist People's Libyan Arab Jamahiriya; Socialist People's Libyan Arab Jamahiriya | adjective=Libyan
State | Tunisia |  | adjective=Tunisian
State | Algeria |  | adjective=Algerian
State | Morocco | Kingdom of Morocco | adjective=Moroccan
State | Sudan |  | adjective=Sudanese
# South Sudan, so that "South Sudan" and "South Sudanese" do not name Sudan
State | South Sudan | Republic of South Sudan | adjective=South Sudanese
State | Somalia | Federal Republic of Somalia | adjective=Somali
State | Mauritania |  | adjective=Mauritanian
State | Djibouti | French Somaliland; French Territory of the Afars and the Issas | adjective=Djiboutian
State | Comoros |  | adjective=Comorian
State | Palestine | State of Palestine | adjective=Palestinian
State | Pakistan |  | adjective=Pakistani
State | Azerbaijan |  | adjective=Azerbaijani
State | Indonesia |  | adjective=Indonesian
State | Malaysia |  | adjective=Malaysian
State | Greece |  | adjective=Greek
State | Cyprus |  | adjective=Cypriot
State | Switzerland | Swiss Confederation | adjective=Swiss
State | Austria |  | adjective=Austrian
State | Poland |  | adjective=Polish
# States that no longer exist, as texts of their time name them
State | Soviet Union | USSR; U.S.S.R.; Union of Soviet Socialist Republics | adjective=Soviet
State | Yugoslavia | Socialist Federal Republic of Yugoslavia; Federal Republic of Yugoslavia; SFRY; FRY | adjective=Yugoslav
State | Czechoslovakia | Czechoslovak Socialist Republic; Czech and Slovak Federal Republic | adjective=Czechoslovak
State | Zaire | Republic of Zaire | adjective=Zairean,Zairian
State | United Arab Republic | UAR
State | German Democratic Republic | East Germany; GDR | adjective=East German
State | Republic of Vietnam | South Vietnam
State | Yemen Arab Republic | North Yemen
State | People's Democratic Republic of Yemen | South Yemen; PDRY
# Former names of states that still exist, as texts of their time name them
# (the gazetteer knows each state by its present names only)
State | Sri Lanka | Ceylon; Dominion of Ceylon
State | Benin | Dahomey; Republic of Dahomey; People's Republic of Benin
State | Burkina Faso | Upper Volta; Republic of Upper Volta; Faso
State | Thailand | Siam
State | Cambodia | Kampuchea; Democratic Kampuchea; People's Republic of Kampuchea; Khmer Republic; Kingdom of Cambodia
State | Botswana | Bechuanaland
State | Lesotho | Basutoland
State | Malawi | Nyasaland
State | Ghana | Gold Coast
State | Belize | British Honduras
State | Zimbabwe | Rhodesia; Southern Rhodesia; Zimbabwe Rhodesia
State | Zambia | Northern Rhodesia
State | Vietnam | Democratic Republic of Vietnam; Democratic Republic of Viet-Nam; North Vietnam; Socialist Republic of Vietnam
State | Namibia | South West Africa
State | Guyana | British Guiana
State | Suriname | Dutch Guiana
State | Vanuatu | New Hebrides
State | Kiribati | Gilbert Islands
State | Guinea-Bissau | Portuguese Guinea
State | Equatorial Guinea | Spanish Guinea
# States that no longer exist (continued)
State | Tanganyika | Republic of Tanganyika | adjective=Tanganyikan
State | Russian Soviet Federative Socialist Republic | RSFSR; Russian SFSR; Russian Soviet Federated Socialist Republic
State | Ukrainian Soviet Socialist Republic | Ukrainian SSR
State | Byelorussian Soviet Socialist Republic | Byelorussian SSR; Belorussian SSR; Belorussian Soviet Socialist Republic
State | Serbia and Montenegro | State Union of Serbia and Montenegro
State | Federation of Malaya | Malaya

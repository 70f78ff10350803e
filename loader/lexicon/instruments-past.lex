# Further instruments of conflicts, peace processes and diplomacy
# worldwide, 1945-2025, that instruments-world.lex does not hold: the
# agreements, protocols and ceasefires of peace processes on every
# continent, bilateral treaties and named declarations of state relations,
# arms control and non-proliferation treaties, regional conventions and
# charters, founding acts, and declarations of the UN General Assembly.
#
# The conventions are instruments-world.lex's (read its head): date= is
# the day of signature or adoption and place= the city where the
# instrument was reached, both only where certain. This file is read
# before instruments-world.lex and instruments.lex, and the extractor takes
# the first lexicon instrument of a place or of a date for an instrument
# described rather than named ("the accord signed in Rambouillet", "the
# agreement of 23 March 2009"): so no date= here repeats one of theirs or
# another of this file, and place= is given only for a town where one
# well-known instrument was made and no other file names a place=.
#
# No alias is generic ("the Peace Agreement", "Framework Agreement",
# "Declaration of Principles", "Joint Communiqué", "Basic Principles",
# "Settlement Plan", "Roadmap for Peace") nor a bare place; names that
# several instruments share ("Washington Agreement", "Lusaka Accord",
# "Cotonou Agreement" of Liberia, "Tripoli Agreement", "Tehran Agreement")
# carry their year. A name is matched in any case, so none is an English
# phrase ("A Fresh Start", "Set of Ideas", "Uniting for Peace" alone). A
# name with a comma cannot match (see instruments-world.lex): it is kept
# for the graph beside a shorter alias.

# --- Northern Ireland, Britain and Ireland
Agreement | Downing Street Declaration | Downing Street Declaration of 1993; 1993 Downing Street Declaration; Joint Declaration on Peace of 1993 | date=1993-12-15
Agreement | Hillsborough Castle Agreement | Hillsborough Agreement of 2010; 2010 Hillsborough Agreement | date=2010-02-05
Agreement | Stormont House Agreement | | date=2014-12-23
Agreement | Fresh Start Agreement | Stormont Fresh Start Agreement | date=2015-11-17
Agreement | New Decade, New Approach | New Decade New Approach agreement; New Decade New Approach deal | date=2020-01-09
Agreement | Protocol on Ireland/Northern Ireland | Northern Ireland Protocol; Irish Protocol; Ireland-Northern Ireland Protocol
Agreement | Windsor Framework | | date=2023-02-27

# --- The Balkans
Agreement | Vance Plan | Vance Plan for Croatia; Vance peace plan
Agreement | Vance-Owen Peace Plan | Vance-Owen Plan; Vance-Owen plan for Bosnia
Agreement | Owen-Stoltenberg Plan | Owen-Stoltenberg peace plan
Agreement | Washington Agreement of 1994 | 1994 Washington Agreement; Washington Accords of 1994; 1994 Washington Accords; Washington Framework Agreement of 1994 | date=1994-03-18
Agreement | Split Declaration | Split Agreement of 1995 | date=1995-07-22
Agreement | Agreement on Sub-Regional Arms Control | Dayton Article IV Agreement; Florence Agreement of 1996 | date=1996-06-14
Agreement | Agreement on Normalization of Relations between the Federal Republic of Yugoslavia and the Republic of Croatia | Agreement on Normalisation of Relations between the Federal Republic of Yugoslavia and the Republic of Croatia | date=1996-08-23
Agreement | Holbrooke-Milošević agreement | Holbrooke-Milosevic agreement; Holbrooke-Milošević accord; October 1998 agreement on Kosovo
Agreement | Interim Agreement for Peace and Self-Government in Kosovo | Rambouillet Agreement; Rambouillet Accords; Rambouillet Accord | place=Rambouillet
Agreement | Constitutional Framework for Provisional Self-Government in Kosovo | Constitutional Framework for Kosovo | date=2001-05-15
Agreement | Comprehensive Proposal for the Kosovo Status Settlement | Ahtisaari Plan; Ahtisaari Proposal; Ahtisaari Comprehensive Proposal
Agreement | Proceeding Points for the Restructuring of Relations between Serbia and Montenegro | Belgrade Agreement of 2002; 2002 Belgrade Agreement | date=2002-03-14
Agreement | Constitutional Charter of Serbia and Montenegro | Constitutional Charter of the State Union of Serbia and Montenegro | date=2003-02-04
Agreement | Interim Accord between Greece and the Former Yugoslav Republic of Macedonia | Interim Accord of 1995; 1995 Interim Accord; Greek-Macedonian Interim Accord | date=1995-09-13
Agreement | Pržino Agreement | Przino Agreement; Przhino Agreement; Pržino Accord
Agreement | Treaty of Friendship, Good-Neighbourliness and Cooperation between Bulgaria and North Macedonia | Bulgarian-Macedonian Friendship Treaty; Treaty of Good-Neighbourliness between Bulgaria and North Macedonia | date=2017-08-01
Agreement | Kosovo-Serbia economic normalization agreements | Washington Agreement of 2020; 2020 Washington Agreement; Kosovo-Serbia economic normalisation agreements | date=2020-09-04
Agreement | Agreement on the Path to Normalisation between Kosovo and Serbia | Agreement on the Path to Normalization between Kosovo and Serbia
Agreement | Ohrid Implementation Annex | Implementation Annex to the Agreement on the Path to Normalisation | date=2023-03-18

# --- Cyprus, Greece and Turkey
Agreement | Zurich and London Agreements | Zurich-London Agreements; London-Zurich Agreements; Zurich and London Agreements of 1959 | date=1959-02-19
Agreement | Treaty of Guarantee | Treaty of Guarantee of 1960; 1960 Treaty of Guarantee | date=1960-08-16
Agreement | Treaty concerning the Establishment of the Republic of Cyprus | Treaty of Establishment of 1960
Agreement | High-Level Agreement of 1977 | 1977 High-Level Agreement; Makarios-Denktash Agreement; Makarios-Denktaş Agreement | date=1977-02-12
Agreement | High-Level Agreement of 1979 | 1979 High-Level Agreement; Kyprianou-Denktash Agreement; Kyprianou-Denktaş Agreement | date=1979-05-19
Agreement | Comprehensive Settlement of the Cyprus Problem | Annan Plan; Annan Plan for Cyprus; Annan Plan V
Agreement | Athens Declaration on Friendly Relations and Good-Neighbourliness | Athens Declaration of 2023; Greek-Turkish Athens Declaration; Athens Declaration on Friendly Relations and Good Neighbourliness | date=2023-12-07
Agreement | Turkey-Libya Memorandum of Understanding on the Delimitation of Maritime Jurisdiction Areas | Turkey-Libya maritime memorandum; Turkish-Libyan maritime memorandum; Turkey-Libya maritime deal; Türkiye-Libya maritime memorandum | date=2019-11-27
Agreement | Greece-Egypt maritime agreement | Greek-Egyptian maritime agreement; Egypt-Greece maritime agreement; Greece-Egypt EEZ agreement | date=2020-08-06

# --- The Caucasus, Moldova, Ukraine and Central Asia
Agreement | Declaration on Measures for a Political Settlement of the Georgian/Abkhaz Conflict | Declaration on Measures for a Political Settlement of the Georgian-Abkhaz Conflict | date=1994-04-04
Agreement | Quadripartite Agreement on Voluntary Return of Refugees and Displaced Persons | Quadripartite Agreement on the Return of Refugees to Abkhazia
Agreement | Six-Point Ceasefire Agreement of 2008 | Medvedev-Sarkozy plan; Sarkozy-Medvedev plan; Medvedev-Sarkozy agreement; Sarkozy-Medvedev agreement; six-point plan of 12 August 2008 | date=2008-08-12
Agreement | Madrid Principles | Madrid Document on Nagorno-Karabakh; Basic Principles for the Settlement of the Nagorno-Karabakh Conflict
Agreement | Protocol on the Establishment of Diplomatic Relations between Armenia and Turkey | Zurich Protocols; Armenia-Turkey Protocols; Turkish-Armenian Protocols; Armenian-Turkish Protocols | date=2009-10-10
Agreement | Washington Joint Declaration of 2025 | Armenia-Azerbaijan Washington Declaration; Washington Declaration of 8 August 2025 | date=2025-08-08
Agreement | Agreement on the Principles of a Peaceful Settlement of the Armed Conflict in the Dniester Region of the Republic of Moldova | Moscow Agreement of 1992 on Transnistria; 1992 Moldovan-Russian ceasefire agreement | date=1992-07-21
Agreement | Memorandum on the Bases for Normalization of Relations between the Republic of Moldova and Transnistria | Moscow Memorandum of 1997; 1997 Moscow Memorandum; Primakov Memorandum | date=1997-05-08
Agreement | Memorandum on the Basic Principles of the State Structure of a United State | Kozak Memorandum; Kozak Plan
Agreement | General Agreement on the Establishment of Peace and National Accord in Tajikistan | Tajik General Agreement; Tajik Peace Agreement; Tajikistan General Agreement on Peace | date=1997-06-27
Agreement | Tehran Agreement of 1994 | 1994 Tehran Agreement; Tehran ceasefire agreement of 1994 | date=1994-09-17
Agreement | Treaty on Peace and the Principles of Mutual Relations between the Russian Federation and the Chechen Republic of Ichkeria | Russian-Chechen Peace Treaty of 1997; Yeltsin-Maskhadov Treaty | date=1997-05-12
Agreement | Agreement on the Settlement of the Political Crisis in Ukraine | Agreement of 21 February 2014; February 21 Agreement | date=2014-02-21
Agreement | Geneva Statement on Ukraine | Geneva Statement of 17 April 2014; Joint Geneva Statement on Ukraine | date=2014-04-17
Agreement | Kharkiv Pact | Kharkiv Agreements; Kharkiv Accords; Kharkov Pact; Kharkov Agreements | date=2010-04-21
Agreement | Partition Treaty on the Status and Conditions of the Black Sea Fleet | Black Sea Fleet Partition Treaty; Black Sea Fleet Agreement of 1997 | date=1997-05-28
Agreement | Treaty on Friendship, Cooperation and Partnership between Ukraine and the Russian Federation | Russian-Ukrainian Friendship Treaty; Ukrainian-Russian Friendship Treaty; Russia-Ukraine Friendship Treaty | date=1997-05-31
Agreement | Belovezha Accords | Belavezha Accords; Belovezh Accords; Agreement on the Establishment of the Commonwealth of Independent States | date=1991-12-08
Agreement | Alma-Ata Protocol | Alma-Ata Declaration of 1991; Almaty Declaration of 1991; Alma-Ata Protocols | date=1991-12-21
Agreement | Collective Security Treaty | Tashkent Treaty; Tashkent Collective Security Treaty | date=1992-05-15
Agreement | Charter of the Collective Security Treaty Organization | CSTO Charter; Charter of the CSTO | date=2002-10-07
Agreement | Charter of the Commonwealth of Independent States | CIS Charter; Charter of the CIS | date=1993-01-22
Agreement | Treaty on the Creation of a Union State of Russia and Belarus | Union State Treaty; Treaty on the Establishment of the Union State | date=1999-12-08
Agreement | Treaty on the Eurasian Economic Union | EAEU Treaty; Eurasian Economic Union Treaty | date=2014-05-29
Agreement | Charter of the Shanghai Cooperation Organisation | SCO Charter; Charter of the Shanghai Cooperation Organization; Charter of the SCO | date=2002-06-07
Agreement | Shanghai Convention on Combating Terrorism, Separatism and Extremism | Shanghai Convention | date=2001-06-15
Agreement | Agreement on Confidence Building in the Military Field in the Border Area | Shanghai Agreement of 1996; Shanghai Five agreement of 1996

# --- Europe: treaties of state relations and founding treaties
Agreement | Paris Peace Treaties of 1947 | 1947 Paris Peace Treaties; Treaties of Paris of 1947 | date=1947-02-10
Agreement | Austrian State Treaty | State Treaty for the Re-establishment of an Independent and Democratic Austria; Austrian State Treaty of 1955 | date=1955-05-15
Agreement | Treaty of Brussels of 1948 | Brussels Treaty of 1948; Brussels Pact | date=1948-03-17
Agreement | Modified Brussels Treaty | Modified Treaty of Brussels | date=1954-10-23
Agreement | Statute of the Council of Europe | Treaty of London of 1949; Council of Europe Statute | date=1949-05-05
Agreement | Treaty of Paris of 1951 | Treaty establishing the European Coal and Steel Community; ECSC Treaty | date=1951-04-18
Agreement | Treaty of Rome of 1957 | Treaty establishing the European Economic Community; EEC Treaty; Treaties of Rome of 1957; 1957 Treaty of Rome | date=1957-03-25
Agreement | Single European Act
Agreement | Schengen Agreement | Schengen Agreement of 1985 | date=1985-06-14
Agreement | Convention implementing the Schengen Agreement | Schengen Convention | date=1990-06-19
Agreement | Treaty of Amsterdam | Amsterdam Treaty | date=1997-10-02
Agreement | Treaty of Nice | Nice Treaty | date=2001-02-26
Agreement | Treaty on the Functioning of the European Union | TFEU
Agreement | Charter of Fundamental Rights of the European Union | EU Charter of Fundamental Rights | date=2000-12-07
Agreement | Warsaw Treaty of 1955 | 1955 Warsaw Treaty | date=1955-05-14
Agreement | Élysée Treaty | Elysee Treaty; Franco-German Treaty of Friendship; Treaty of the Élysée | date=1963-01-22
Agreement | Treaty of Aachen | Aachen Treaty; Franco-German Treaty of Aachen | date=2019-01-22; place=Aachen
Agreement | Treaty of Moscow of 1970 | Moscow Treaty of 1970; 1970 Moscow Treaty; German-Soviet Treaty of 1970 | date=1970-08-12
Agreement | Treaty of Warsaw of 1970 | Warsaw Treaty of 1970; 1970 Warsaw Treaty; German-Polish Treaty of 1970 | date=1970-12-07
Agreement | Four Power Agreement on Berlin | Quadripartite Agreement on Berlin; Berlin Agreement of 1971; Four-Power Agreement on Berlin | date=1971-09-03
Agreement | Basic Treaty of 1972 | Treaty concerning the Basis of Relations between the Federal Republic of Germany and the German Democratic Republic; Grundlagenvertrag; 1972 Basic Treaty | date=1972-12-21
Agreement | Treaty on the Final Settlement with Respect to Germany | Two Plus Four Treaty; Two-Plus-Four Treaty; 2+4 Treaty | date=1990-09-12
Agreement | German-Polish Border Treaty | Polish-German Border Treaty; German-Polish Border Treaty of 1990 | date=1990-11-14
Agreement | German-Polish Treaty of Good Neighbourship | Treaty of Good Neighbourship and Friendly Cooperation; Polish-German Treaty of Good Neighbourship | date=1991-06-17
Agreement | Treaty on Conventional Armed Forces in Europe | CFE Treaty; Conventional Forces in Europe Treaty
Agreement | Agreement on Adaptation of the Treaty on Conventional Armed Forces in Europe | Adapted CFE Treaty; Adapted Conventional Forces in Europe Treaty
Agreement | Charter for European Security | Istanbul Charter for European Security; OSCE Charter for European Security | date=1999-11-19
Agreement | Treaty on Open Skies | Open Skies Treaty | date=1992-03-24
Agreement | Vienna Document 2011 | Vienna Document | date=2011-11-30
Agreement | Document of the Copenhagen Meeting of the Conference on the Human Dimension of the CSCE | Copenhagen Document; Copenhagen Document of 1990 | date=1990-06-29
Agreement | Founding Act on Mutual Relations, Cooperation and Security between NATO and the Russian Federation | NATO-Russia Founding Act; NATO Russia Founding Act; Founding Act on Mutual Relations | date=1997-05-27
Agreement | European Social Charter | | date=1961-10-18
Agreement | Framework Convention for the Protection of National Minorities | FCNM; Council of Europe Framework Convention for the Protection of National Minorities | date=1995-02-01
Agreement | European Charter for Regional or Minority Languages | ECRML | date=1992-11-05
Agreement | Council of Europe Convention on Preventing and Combating Violence against Women and Domestic Violence | Istanbul Convention | date=2011-05-11

# --- Arms control, disarmament and non-proliferation
Agreement | Antarctic Treaty | | date=1959-12-01
Agreement | Partial Nuclear Test Ban Treaty | Partial Test Ban Treaty; Limited Test Ban Treaty; PTBT; LTBT; Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and under Water; Treaty Banning Nuclear Weapon Tests in the Atmosphere | date=1963-08-05
Agreement | Outer Space Treaty | Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space | date=1967-01-27
Agreement | Seabed Arms Control Treaty | Seabed Treaty; Sea-Bed Treaty | date=1971-02-11
Agreement | Anti-Ballistic Missile Treaty | ABM Treaty | date=1972-05-26
Agreement | Interim Agreement on the Limitation of Strategic Offensive Arms | SALT I; SALT I Agreement; SALT I Interim Agreement
Agreement | Threshold Test Ban Treaty | TTBT | date=1974-07-03
Agreement | Peaceful Nuclear Explosions Treaty | PNET; Treaty on Underground Nuclear Explosions for Peaceful Purposes | date=1976-05-28
Agreement | Environmental Modification Convention | ENMOD Convention; ENMOD; Convention on the Prohibition of Military or Any Other Hostile Use of Environmental Modification Techniques | date=1977-05-18
Agreement | SALT II Treaty | SALT II; SALT II Agreement | date=1979-06-18
Agreement | Convention on the Physical Protection of Nuclear Material | CPPNM | date=1979-10-26
Agreement | Convention on Certain Conventional Weapons | CCW; Certain Conventional Weapons Convention; Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons | date=1980-10-10
Agreement | Strategic Arms Reduction Treaty | START I; START I Treaty; START Treaty; START-1 | date=1991-07-31
Agreement | Lisbon Protocol | Lisbon Protocol to the START Treaty; Lisbon Protocol of 1992 | date=1992-05-23
Agreement | START II | START II Treaty; START-2 | date=1993-01-03
Agreement | Strategic Offensive Reductions Treaty | SORT; Moscow Treaty of 2002 | date=2002-05-24
Agreement | Hague Code of Conduct against Ballistic Missile Proliferation | HCoC; Hague Code of Conduct; International Code of Conduct against Ballistic Missile Proliferation | date=2002-11-25
Agreement | International Convention for the Suppression of Acts of Nuclear Terrorism | ICSANT; Nuclear Terrorism Convention | date=2005-04-13
Agreement | Statute of the International Atomic Energy Agency | IAEA Statute | date=1956-10-23
Agreement | Agreed Framework between the United States of America and the Democratic People's Republic of Korea | Agreed Framework of 1994; 1994 Agreed Framework; US-DPRK Agreed Framework; US-North Korea Agreed Framework | date=1994-10-21
Agreement | Joint Declaration of South and North Korea on the Denuclearization of the Korean Peninsula | Joint Declaration on the Denuclearization of the Korean Peninsula; 1992 Joint Declaration on Denuclearization; Joint Declaration on the Denuclearisation of the Korean Peninsula | date=1992-01-20
Agreement | Joint Statement of the Fourth Round of the Six-Party Talks | September 19 Joint Statement; September 2005 Joint Statement; Six-Party Joint Statement of 2005 | date=2005-09-19
Agreement | Initial Actions for the Implementation of the Joint Statement | February 13 Agreement; February 13 Agreement of 2007; Six-Party agreement of February 2007 | date=2007-02-13
Agreement | Tehran Declaration of 2010 | 2010 Tehran Declaration; Tehran nuclear fuel swap declaration; Iran-Brazil-Turkey Joint Declaration | date=2010-05-17
Agreement | Joint Plan of Action on Iran | JPOA; Geneva interim agreement on Iran; Joint Plan of Action of 2013 | date=2013-11-24
Agreement | Lausanne framework | Lausanne framework agreement; Lausanne framework on Iran; Lausanne joint statement of 2015 | date=2015-04-02

# --- International law: conventions and declarations of the United Nations
Agreement | Convention relating to the Status of Stateless Persons | 1954 Statelessness Convention | date=1954-09-28
Agreement | Convention on the Reduction of Statelessness | 1961 Statelessness Convention | date=1961-08-30
Agreement | Protocol relating to the Status of Refugees | 1967 Protocol relating to the Status of Refugees; 1967 Refugee Protocol; New York Protocol on Refugees | date=1967-01-31
Agreement | Convention for the Protection of Cultural Property in the Event of Armed Conflict | 1954 Hague Convention; Hague Convention of 1954 | date=1954-05-14
Agreement | Vienna Convention on Consular Relations | VCCR | date=1963-04-24
Agreement | Vienna Convention on the Law of Treaties | VCLT | date=1969-05-23
Agreement | International Convention on the Elimination of All Forms of Racial Discrimination | ICERD; CERD Convention | date=1965-12-21
Agreement | Convention on the Non-Applicability of Statutory Limitations to War Crimes and Crimes against Humanity | Convention on the Non-Applicability of Statutory Limitations | date=1968-11-26
Agreement | International Convention on the Suppression and Punishment of the Crime of Apartheid | Apartheid Convention | date=1973-11-30
Agreement | Convention on the Elimination of All Forms of Discrimination against Women | CEDAW | date=1979-12-18
Agreement | International Convention against the Taking of Hostages | Hostages Convention; Hostage-Taking Convention | date=1979-12-17
Agreement | International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families | Migrant Workers Convention; ICRMW | date=1990-12-18
Agreement | International Convention for the Suppression of the Financing of Terrorism | Terrorist Financing Convention; Terrorism Financing Convention | date=1999-12-09
Agreement | Optional Protocol to the Convention on the Rights of the Child on the Involvement of Children in Armed Conflict | OPAC; Optional Protocol on the Involvement of Children in Armed Conflict | date=2000-05-25
Agreement | United Nations Convention against Transnational Organized Crime | UNTOC; Palermo Convention | date=2000-11-15
Agreement | United Nations Convention against Corruption | UNCAC; UN Convention against Corruption | date=2003-10-31
Agreement | Convention on the Rights of Persons with Disabilities | CRPD; UN Convention on the Rights of Persons with Disabilities | date=2006-12-13
Agreement | International Convention for the Protection of All Persons from Enforced Disappearance | ICPPED; Convention on Enforced Disappearances; Convention against Enforced Disappearance | date=2006-12-20
Agreement | United Nations Framework Convention on Climate Change | UNFCCC; UN Framework Convention on Climate Change | date=1992-05-09
Agreement | Paris Agreement on climate change | Paris Climate Agreement; Paris climate accord; Paris Agreement of 2015; Paris Climate Accords | date=2015-12-12
Agreement | Marrakesh Agreement Establishing the World Trade Organization | Marrakesh Agreement; WTO Agreement; Marrakech Agreement | date=1994-04-15
Agreement | Declaration on the Granting of Independence to Colonial Countries and Peoples | Declaration on Decolonization | date=1960-12-14
Agreement | Uniting for Peace resolution | Uniting for Peace resolution of 1950 | date=1950-11-03
Agreement | Declaration on Principles of International Law concerning Friendly Relations and Co-operation among States in accordance with the Charter of the United Nations | Friendly Relations Declaration; Declaration on Friendly Relations | date=1970-10-24
Agreement | Declaration on the Right to Development | | date=1986-12-04
Agreement | Vienna Declaration and Programme of Action | VDPA; Vienna Declaration of 1993 | date=1993-06-25
Agreement | Declaration on the Elimination of Violence against Women | DEVAW | date=1993-12-20
Agreement | Beijing Declaration and Platform for Action | Beijing Platform for Action; Beijing Declaration of 1995 | date=1995-09-15
Agreement | United Nations Millennium Declaration | Millennium Declaration | date=2000-09-08
Agreement | 2005 World Summit Outcome | World Summit Outcome Document; 2005 World Summit Outcome Document | date=2005-09-16
Agreement | United Nations Global Counter-Terrorism Strategy | Global Counter-Terrorism Strategy; UN Global Counter-Terrorism Strategy
Agreement | United Nations Declaration on the Rights of Indigenous Peoples | UNDRIP; Declaration on the Rights of Indigenous Peoples | date=2007-09-13
Agreement | 2030 Agenda for Sustainable Development | Agenda 2030 for Sustainable Development; Transforming our World: the 2030 Agenda for Sustainable Development | date=2015-09-25
Agreement | New York Declaration for Refugees and Migrants | | date=2016-09-19
Agreement | Global Compact for Safe, Orderly and Regular Migration | Global Compact for Migration; Marrakech Compact on Migration | date=2018-12-10
Agreement | Global Compact on Refugees | | date=2018-12-17
Agreement | Pact for the Future | | date=2024-09-22

# --- Regional conventions, charters and founding acts
Agreement | OAU Convention Governing the Specific Aspects of Refugee Problems in Africa | OAU Refugee Convention; 1969 OAU Refugee Convention; Convention Governing the Specific Aspects of Refugee Problems in Africa | date=1969-09-10
Agreement | African Charter on the Rights and Welfare of the Child | ACRWC; African Children's Charter | date=1990-07-11
Agreement | Treaty Establishing the African Economic Community | Abuja Treaty; Abuja Treaty of 1991 | date=1991-06-03
Agreement | OAU Convention on the Prevention and Combating of Terrorism | Algiers Convention on Terrorism; OAU Algiers Convention | date=1999-07-14
Agreement | Declaration on the Framework for an OAU Response to Unconstitutional Changes of Government | Lomé Declaration of 2000; Lome Declaration on Unconstitutional Changes of Government | date=2000-07-12
Agreement | Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa | Maputo Protocol; Maputo Protocol on the Rights of Women | date=2003-07-11
Agreement | Solemn Declaration on a Common African Defence and Security Policy | Common African Defence and Security Policy
Agreement | Common African Position on the Proposed Reform of the United Nations | Ezulwini Consensus
Agreement | African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa | Kampala Convention; AU Convention on Internally Displaced Persons | date=2009-10-23
Agreement | Treaty of Lagos | ECOWAS Treaty of 1975; Treaty of the Economic Community of West African States of 1975 | date=1975-05-28
Agreement | Treaty of the Southern African Development Community | SADC Treaty; Windhoek Treaty | date=1992-08-17
Agreement | Treaty for the Establishment of the East African Community | EAC Treaty; East African Community Treaty | date=1999-11-30
Agreement | Treaty Establishing the Economic Community of Central African States | ECCAS Treaty; Libreville Treaty of 1983 | date=1983-10-18
Agreement | Pact on Security, Stability and Development in the Great Lakes Region | Great Lakes Pact; Pact on Security Stability and Development in the Great Lakes Region | date=2006-12-15
Agreement | Dar es Salaam Declaration on Peace, Security, Democracy and Development in the Great Lakes Region | Dar es Salaam Declaration of 2004; Dar es Salaam Declaration on the Great Lakes Region | date=2004-11-20
Agreement | Kigali Principles on the Protection of Civilians | Kigali Principles | date=2015-05-29
Agreement | Cairo Declaration on Human Rights in Islam | | date=1990-08-05
Agreement | Arab Charter on Human Rights | Revised Arab Charter on Human Rights
Agreement | Joint Defence and Economic Co-operation Treaty between the States of the Arab League | Arab Joint Defence Treaty; Treaty of Joint Defence and Economic Cooperation; Arab League Joint Defence Treaty
Agreement | Charter of the Organisation of Islamic Cooperation | OIC Charter; Charter of the Organization of Islamic Cooperation; Charter of the OIC | date=2008-03-14
Agreement | Charter of the Gulf Cooperation Council | GCC Charter; Charter of the Cooperation Council for the Arab States of the Gulf | date=1981-05-25
Agreement | Al-Ula Declaration | AlUla Declaration; Al Ula Declaration; Al-Ula Accord | date=2021-01-05
Agreement | Treaty of Marrakesh of 1989 | Treaty Establishing the Arab Maghreb Union; Marrakesh Treaty of 1989 | date=1989-02-17
Agreement | Inter-American Treaty of Reciprocal Assistance | Rio Treaty; TIAR; Rio Pact | date=1947-09-02
Agreement | American Treaty on Pacific Settlement | Pact of Bogotá; Pact of Bogota
Agreement | American Convention on Human Rights | Pact of San José; Pact of San Jose | date=1969-11-22
Agreement | Inter-American Convention on Forced Disappearance of Persons | Inter-American Convention on the Forced Disappearance of Persons | date=1994-06-09
Agreement | Inter-American Convention on the Prevention, Punishment and Eradication of Violence against Women | Convention of Belém do Pará; Belém do Pará Convention
Agreement | Inter-American Convention against Terrorism | | date=2002-06-03
Agreement | Treaty of Chaguaramas | CARICOM Treaty | date=1973-07-04
Agreement | Treaty of Asunción | Treaty of Asuncion; Mercosur Treaty | date=1991-03-26
Agreement | Ushuaia Protocol on Democratic Commitment | Protocol of Ushuaia; Ushuaia Protocol | date=1998-07-24; place=Ushuaia
Agreement | Constitutive Treaty of the Union of South American Nations | UNASUR Constitutive Treaty; UNASUR Treaty | date=2008-05-23
Agreement | Proclamation of Latin America and the Caribbean as a Zone of Peace | CELAC Zone of Peace Proclamation; Havana Proclamation of 2014 | date=2014-01-29
Agreement | ASEAN Declaration of 1967 | Bangkok Declaration of 1967; 1967 Bangkok Declaration | date=1967-08-08
Agreement | Zone of Peace, Freedom and Neutrality Declaration | ZOPFAN; ZOPFAN Declaration; Kuala Lumpur Declaration of 1971 | date=1971-11-27
Agreement | Declaration of ASEAN Concord II | Bali Concord II; Bali Concord II Declaration | date=2003-10-07
Agreement | Declaration on the Conduct of Parties in the South China Sea | Declaration on the Conduct of Parties; DOC on the South China Sea | date=2002-11-04
Agreement | Charter of the South Asian Association for Regional Cooperation | SAARC Charter | date=1985-12-08
Agreement | Biketawa Declaration | | date=2000-10-28
Agreement | Boe Declaration on Regional Security | Boe Declaration | date=2018-09-05
Agreement | Singapore Declaration of Commonwealth Principles | Singapore Declaration of 1971 | date=1971-01-22
Agreement | Harare Commonwealth Declaration | Harare Declaration of 1991 | date=1991-10-20
Agreement | Charter of the Commonwealth | Commonwealth Charter | date=2012-12-14

# --- The Middle East and North Africa
Agreement | 1949 Armistice Agreements | Armistice Agreements of 1949; 1949 Armistice Lines agreements; General Armistice Agreements of 1949
Agreement | Israel-Syria General Armistice Agreement | Israeli-Syrian Armistice Agreement; Syrian-Israeli Armistice Agreement of 1949
Agreement | Egyptian-Israeli Disengagement Agreement of 1974 | Sinai I Agreement; Sinai I; First Sinai Disengagement Agreement | date=1974-01-18
Agreement | Agreement on Disengagement between Israeli and Syrian Forces | 1974 Disengagement of Forces Agreement; Disengagement of Forces Agreement of 1974; Israel-Syria Disengagement Agreement; Israeli-Syrian Disengagement Agreement; 1974 Disengagement Agreement | date=1974-05-31
Agreement | Sinai Interim Agreement | Sinai II Agreement; Sinai II; Second Sinai Disengagement Agreement | date=1975-09-04
Agreement | May 17 Agreement | Agreement of 17 May 1983; May 17 Agreement of 1983; Israel-Lebanon Agreement of 1983 | date=1983-05-17
Agreement | Damascus Tripartite Agreement | Tripartite Agreement of 1985; 1985 Tripartite Agreement | date=1985-12-28
Agreement | April Understanding | April Understanding of 1996; Grapes of Wrath Understanding; April 1996 Understanding | date=1996-04-26
Agreement | Israel-Lebanon maritime border agreement | Lebanon-Israel maritime border agreement; Israel-Lebanon maritime deal; Lebanon-Israel maritime deal | date=2022-10-27
Agreement | Algiers Declaration of 1988 | Palestinian Declaration of Independence; 1988 Palestinian Declaration of Independence | date=1988-11-15
Agreement | Israel-Jordan Washington Declaration | Washington Declaration of 1994; 1994 Washington Declaration | date=1994-07-25
Agreement | Paris Economic Protocol | Protocol on Economic Relations between Israel and the PLO; Paris Protocol of 1994; 1994 Paris Protocol | date=1994-04-29
Agreement | Agreement on Preparatory Transfer of Powers and Responsibilities | Early Empowerment Agreement | date=1994-08-29
Agreement | Protocol Concerning the Redeployment in Hebron | Hebron Protocol; Hebron Agreement of 1997
Agreement | Clinton Parameters | Clinton Parameters of 2000 | date=2000-12-23
Agreement | Geneva Accord of 2003 | 2003 Geneva Accord; Geneva Initiative of 2003 | date=2003-12-01
Agreement | Performance-Based Roadmap to a Permanent Two-State Solution to the Israeli-Palestinian Conflict | Quartet Roadmap; Quartet Road Map; Middle East Roadmap of 2003; 2003 Roadmap for Peace | date=2003-04-30
Agreement | Agreement on Movement and Access | Agreement on Movement and Access of 2005 | date=2005-11-15
Agreement | Annapolis Joint Understanding | Joint Understanding of Annapolis | date=2007-11-27; place=Annapolis
Agreement | National Conciliation Document | Prisoners' Document; Palestinian Prisoners' Document; National Conciliation Document of the Prisoners
Agreement | Cairo Reconciliation Agreement of 2011 | Palestinian Reconciliation Agreement of 2011; Fatah-Hamas Reconciliation Agreement of 2011; 2011 Cairo reconciliation agreement | date=2011-05-04
Agreement | Al-Shati Agreement | Beach Camp Agreement; Shati Agreement; Al Shati Agreement | date=2014-04-23
Agreement | Beijing Declaration on Ending Division and Strengthening Palestinian National Unity | Beijing Declaration of 2024; 2024 Beijing Declaration | date=2024-07-23
Agreement | Treaty of Peace, Diplomatic Relations and Full Normalization between the United Arab Emirates and the State of Israel | Israel-UAE peace treaty; UAE-Israel peace treaty; Israel-UAE Treaty of Peace
Agreement | Adana Agreement | Adana Accord; Adana Protocol; Adana Security Agreement; Adana agreement of 1998 | date=1998-10-20
Agreement | Strategic Framework Agreement for a Relationship of Friendship and Cooperation between the United States and Iraq | US-Iraq Strategic Framework Agreement; Iraq-US Strategic Framework Agreement; Strategic Framework Agreement with Iraq | date=2008-11-17
Agreement | Agreement on the Withdrawal of United States Forces from Iraq | US-Iraq Status of Forces Agreement; Iraq-US Status of Forces Agreement; US-Iraq SOFA
Agreement | Erbil Agreement | Erbil Agreement of 2010; Arbil Agreement
Agreement | Sinjar Agreement | Sinjar agreement of 2020; Baghdad-Erbil agreement on Sinjar | date=2020-10-09
Agreement | Riyadh Agreement of 2013 | 2013 Riyadh Agreement | date=2013-11-23
Agreement | Supplementary Riyadh Agreement of 2014 | 2014 Riyadh Agreement; Riyadh Supplementary Agreement | date=2014-11-16
Agreement | Beijing Agreement of 2023 | Saudi-Iranian agreement of 2023; Iran-Saudi agreement of March 2023; Saudi-Iran Beijing agreement; Saudi-Iranian Beijing agreement
Agreement | Document of Pledge and Accord | Document of Pledge and Accord of 1994 | date=1994-02-20
Agreement | Peace and National Partnership Agreement | PNPA; Peace and National Partnership Agreement of 2014 | date=2014-09-21
Agreement | Agreement on the City of Hodeidah and Ports of Hodeidah, Salif and Ras Isa | Hodeidah Agreement; Hudaydah Agreement; Hodeidah agreement of 2018
Agreement | National Dialogue Conference Outcome Document | NDC Outcome Document; Outcomes of the National Dialogue Conference; National Dialogue Outcomes of Yemen
Agreement | Jeddah Declaration of Commitment to Protect the Civilians of Sudan | Jeddah Declaration of Commitment; Jeddah Declaration of 2023; 2023 Jeddah Declaration | date=2023-05-11
Agreement | Évian Accords | Evian Accords; Évian Agreements; Evian Agreements; Accords d'Évian | date=1962-03-18
Agreement | Madrid Accords | Madrid Agreement of 1975; Madrid Tripartite Agreement; Declaration of Principles on Western Sahara | date=1975-11-14
Agreement | Western Sahara Settlement Plan | Settlement Plan for Western Sahara; Settlement Proposals for Western Sahara; UN Settlement Plan for Western Sahara
Agreement | Houston Agreements | Houston Accords; Houston Agreements of 1997
Agreement | Peace Plan for Self-Determination of the People of Western Sahara | Baker Plan; Baker Plan II; Baker Plan for Western Sahara
Agreement | Moroccan Initiative for Negotiating an Autonomy Statute for the Sahara Region | Moroccan Autonomy Plan; Moroccan autonomy initiative; Moroccan autonomy proposal; Autonomy Plan for Western Sahara | date=2007-04-11
Agreement | Agreement for a Complete and Permanent Ceasefire in Libya | Libyan Ceasefire Agreement of 2020; Libya ceasefire agreement of October 2020; 5+5 ceasefire agreement; Geneva ceasefire agreement on Libya | date=2020-10-23
Agreement | Bouznika Agreement | Bouznika Agreements; Bouznika Accords; Bouznika understandings | place=Bouznika

# --- Sudan, South Sudan and the Horn of Africa
Agreement | Naivasha Protocols | Naivasha protocols of the Comprehensive Peace Agreement | place=Naivasha
Agreement | Agreement on Security Arrangements during the Interim Period | Naivasha Agreement on Security Arrangements; Security Arrangements Agreement of 2003 | date=2003-09-25
Agreement | Agreement on Wealth Sharing during the Pre-Interim and Interim Period | Wealth Sharing Agreement of 2004; Naivasha Wealth Sharing Agreement | date=2004-01-07
Agreement | Protocol on the Resolution of the Abyei Conflict | Abyei Protocol; Abyei Protocol of 2004 | date=2004-05-26
Agreement | Protocol on the Resolution of the Conflict in Southern Kordofan/Nuba Mountains and Blue Nile States | Two Areas Protocol; Southern Kordofan and Blue Nile Protocol; Protocol on Southern Kordofan and Blue Nile
Agreement | Khartoum Peace Agreement | Khartoum Peace Agreement of 1997; 1997 Khartoum Peace Agreement | date=1997-04-21
Agreement | N'Djamena Humanitarian Ceasefire Agreement | N'Djamena Ceasefire Agreement; N'Djamena Ceasefire Agreement on Darfur; Humanitarian Ceasefire Agreement on the Conflict in Darfur | date=2004-04-08
Agreement | Agreement on Temporary Arrangements for the Administration and Security of the Abyei Area | Abyei Agreement of 2011; June 2011 Abyei Agreement | date=2011-06-20
Agreement | Sudan-South Sudan Cooperation Agreement | Cooperation Agreement of 27 September 2012; September 27 Cooperation Agreement; Addis Ababa Cooperation Agreement | date=2012-09-27
Agreement | Khartoum Declaration of Agreement | Khartoum Declaration of 2018; Khartoum Declaration on South Sudan | date=2018-06-27
Agreement | Constitutional Document for the 2019 Transitional Period | Constitutional Declaration of 2019; Sudan Constitutional Declaration; Draft Constitutional Declaration of 2019; Constitutional Document of 2019 | date=2019-08-17
Agreement | Agreement on Cessation of Hostilities between Ethiopia and Eritrea | Algiers Cessation of Hostilities Agreement; Cessation of Hostilities Agreement of June 2000 | date=2000-06-18
Agreement | Jeddah Peace Agreement | Jeddah Peace Accord; Jeddah Agreement of 2018; Eritrea-Ethiopia Jeddah Agreement | date=2018-09-16
Agreement | Ethiopia-Somaliland Memorandum of Understanding | Ethiopia-Somaliland MoU; Ethiopia-Somaliland port deal; Somaliland-Ethiopia Memorandum of Understanding | date=2024-01-01
Agreement | Ankara Declaration of 2024 | Ethiopia-Somalia Ankara Declaration; 2024 Ankara Declaration | date=2024-12-11
Agreement | Agreement on Declaration of Principles on the Grand Ethiopian Renaissance Dam | GERD Declaration of Principles; Declaration of Principles on the GERD; Khartoum Declaration of Principles of 2015 | date=2015-03-23
Agreement | Agreement for the Full Utilization of the Nile Waters | Nile Waters Agreement of 1959; 1959 Nile Waters Agreement | date=1959-11-08
Agreement | Cooperative Framework Agreement for the Nile River Basin | Nile Basin Cooperative Framework Agreement; Entebbe Agreement; Nile Cooperative Framework Agreement | date=2010-05-14
Agreement | Djibouti Agreement | Djibouti Peace Agreement; Djibouti Agreement of 2008; Djibouti Peace Process Agreement | date=2008-08-19
Agreement | Addis Ababa Agreement of 1993 | 1993 Addis Ababa Agreement; Addis Ababa Agreement on Somalia; Addis Ababa Accord of 1993
Agreement | Transitional Federal Charter of the Somali Republic | Transitional Federal Charter; Somali Transitional Federal Charter
Agreement | Kampala Accord | Kampala Accord of 2011; Kampala Accord on Somalia | date=2011-06-09
Agreement | Garowe Principles | Garowe I Principles; Garowe II Principles; Garowe Principles on Somalia
Agreement | Kenya National Accord | National Accord and Reconciliation Agreement; Agreement on the Principles of Partnership of the Coalition Government; Kenyan National Accord | date=2008-02-28

# --- The Great Lakes, Central Africa and Southern Africa
Agreement | N'sele Ceasefire Agreement | N'Sele Agreement; N'Sele Ceasefire Agreement of 1991 | date=1991-03-29
Agreement | Gbadolite Declaration | Gbadolite Accord; Gbadolite Agreement | date=1989-06-22; place=Gbadolite
Agreement | Sun City Agreement | Sun City Accord; Sun City Agreement of 2002 | date=2002-04-19
Agreement | Luanda Agreement of 2002 | 2002 Luanda Agreement; DRC-Uganda Luanda Agreement | date=2002-09-06
Agreement | Acte d'engagement de Goma | Goma Act of Engagement; Goma Acts of Engagement; Goma Agreement of 2008; Goma peace agreement of 2008 | date=2008-01-23
Agreement | March 23 Agreement | 23 March Agreement; Agreement of 23 March 2009; March 23 Agreement of 2009; 23 March 2009 Agreement | date=2009-03-23
Agreement | Nairobi Communiqué of 2007 | Nairobi Communique of 2007; 2007 Nairobi Communiqué; Nairobi Joint Communiqué on the FDLR | date=2007-11-09
Agreement | Nairobi Declarations | Nairobi Declarations of 2013; Nairobi Declarations of December 2013 | date=2013-12-12
Agreement | Comprehensive and Inclusive Political Agreement | Saint-Sylvestre Agreement; Saint Sylvestre Agreement; New Year's Eve Agreement; 31 December Agreement; CENCO Agreement | date=2016-12-31
Agreement | Peace Agreement between the Democratic Republic of the Congo and the Republic of Rwanda | Washington Peace Agreement of 2025; DRC-Rwanda Peace Agreement; Rwanda-DRC Peace Agreement | date=2025-06-27
Agreement | Washington Accords for Peace and Prosperity | Washington Accords of 2025
Agreement | Burundi Global Ceasefire Agreement | Global Ceasefire Agreement of 2003; 2003 Global Ceasefire Agreement | date=2003-11-16
Agreement | Pretoria Protocol on Political, Defence and Security Power Sharing in Burundi | Pretoria Protocol of 2003; Pretoria Protocol on Power Sharing in Burundi | date=2003-10-08
Agreement | Dar es Salaam Comprehensive Ceasefire Agreement | Comprehensive Ceasefire Agreement between the Government of Burundi and the Palipehutu-FNL; Dar es Salaam Ceasefire Agreement of 2006 | date=2006-09-07
Agreement | Bangui Agreements of 1997 | Bangui Accords of 1997; 1997 Bangui Agreements | date=1997-01-25
Agreement | Birao Peace Agreement | Birao Agreement | date=2007-04-13
Agreement | Libreville Comprehensive Peace Agreement | Libreville Comprehensive Peace Agreement of 2008 | date=2008-06-21
Agreement | Libreville Agreements of 2013 | Libreville Agreement of 2013; Libreville Accords of 2013; 2013 Libreville Agreements | date=2013-01-11
Agreement | Agreement on Cessation of Hostilities in the Central African Republic | Brazzaville Agreement of 2014; Brazzaville Ceasefire Agreement; Brazzaville cessation of hostilities agreement | date=2014-07-23
Agreement | Republican Pact for Peace, National Reconciliation and Reconstruction in the Central African Republic | Republican Pact; Bangui Forum Republican Pact
Agreement | Tripoli Agreement of 2006 | 2006 Tripoli Agreement; Chad-Sudan Tripoli Agreement | date=2006-02-08
Agreement | Sirte Agreement | Sirte Peace Agreement; Sirte Agreement of 2007 | date=2007-10-25
Agreement | Dakar Agreement of 2008 | 2008 Dakar Agreement; Dakar Accord of 2008; Chad-Sudan Dakar Agreement | date=2008-03-13
Agreement | Doha Peace Agreement for Chad | Doha Agreement for Peace in Chad; Doha Peace Agreement of 2022; Chad Doha Peace Agreement | date=2022-08-08
Agreement | Greentree Agreement | Greentree Agreement on Bakassi; Greentree Accord | date=2006-06-12
Agreement | Lancaster House Agreement | Lancaster House Agreement of 1979; Lancaster House Accords | date=1979-12-21
Agreement | Zimbabwe Unity Accord | Unity Accord of 1987; 1987 Unity Accord | date=1987-12-22
Agreement | Global Political Agreement of 2008 | Zimbabwe Global Political Agreement; Zimbabwean Global Political Agreement; 2008 Global Political Agreement | date=2008-09-15
Agreement | Alvor Agreement | Alvor Accord; Alvor Agreement of 1975 | date=1975-01-15
Agreement | Brazzaville Protocol | Protocol of Brazzaville; Brazzaville Protocol of 1988 | date=1988-12-13
Agreement | Luena Memorandum of Understanding | Luena Memorandum; Luena Agreement; Luena Peace Agreement | date=2002-04-04; place=Luena
Agreement | Memorandum of Understanding for Peace and Reconciliation in Cabinda | Namibe Memorandum; Cabinda Memorandum of Understanding; Cabinda peace memorandum | date=2006-08-01
Agreement | Lusaka Accord of 1974 | 1974 Lusaka Accord; Lusaka Agreement of 1974 | date=1974-09-07
Agreement | Groote Schuur Minute | Groote Schuur Accord | date=1990-05-04
Agreement | Pretoria Minute | Pretoria Minute of 1990 | date=1990-08-06
Agreement | D. F. Malan Accord | DF Malan Accord; D.F. Malan Accord | date=1991-02-12
Agreement | National Peace Accord of 1991 | South African National Peace Accord; 1991 National Peace Accord | date=1991-09-14
Agreement | SADC Roadmap for Madagascar | Roadmap for Ending the Crisis in Madagascar; Madagascar Roadmap; Madagascar Roadmap of 2011 | date=2011-09-16
Agreement | Maputo Agreements of 2009 | Maputo Accords of 2009; 2009 Maputo Agreements

# --- West Africa and the Sahel
Agreement | Yamoussoukro IV Accord | Yamoussoukro IV Agreement; Yamoussoukro IV | date=1991-10-30
Agreement | Cotonou Agreement of 1993 | 1993 Cotonou Agreement; Cotonou Peace Agreement of 1993; Cotonou Accord of 1993 | date=1993-07-25
Agreement | Akosombo Agreement | Akosombo Accord; Akosombo Agreement of 1994 | date=1994-09-12
Agreement | Accra Clarification | Accra Acceptance and Accession Agreement | date=1994-12-21
Agreement | Abuja Accord of 1995 | Abuja Accords of 1995; Abuja Agreement of 1995; 1995 Abuja Accord | date=1995-08-19
Agreement | Abuja II Agreement | Abuja II Accord; Supplement to the Abuja Accord of 1995 | date=1996-08-17
Agreement | Conakry Peace Plan | Conakry Accord of 1997; ECOWAS Peace Plan for Sierra Leone | date=1997-10-23
Agreement | Abuja Ceasefire Agreement of 2000 | Abuja Ceasefire Agreement on Sierra Leone; 2000 Abuja Ceasefire Agreement | date=2000-11-10
Agreement | Abuja Peace Agreement of 1998 | Abuja Accord of 1998; Guinea-Bissau Abuja Agreement | date=1998-11-01
Agreement | Conakry Agreement on Guinea-Bissau | Conakry Agreement of 2016; 2016 Conakry Agreement | date=2016-10-14
Agreement | Accra III Agreement | Accra III; Accra III Accord | date=2004-07-30
Agreement | Pretoria Agreement on the Peace Process in Côte d'Ivoire | Pretoria Agreement of 2005; 2005 Pretoria Agreement | date=2005-04-06
Agreement | Tamanrasset Accords | Tamanrasset Agreement; Tamanrasset Accord | date=1991-01-06
Agreement | Mali National Pact | National Pact of 1992; Pacte national; Malian National Pact | date=1992-04-11
Agreement | Algiers Accords of 2006 | Algiers Accord of 2006; 2006 Algiers Accords; Algiers Agreement of 2006 | date=2006-07-04
Agreement | Preliminary Agreement to the Presidential Election and Inclusive Peace Talks in Mali | Ouagadougou Agreement of 2013; Ouagadougou Preliminary Agreement; 2013 Ouagadougou Agreement | date=2013-06-18
Agreement | Ziguinchor General Peace Agreement | Ziguinchor Peace Agreement; Ziguinchor Agreement of 2004 | date=2004-12-30
Agreement | Cotonou Agreement | ACP-EU Partnership Agreement; Cotonou Partnership Agreement | date=2000-06-23

# --- South Asia
Agreement | Karachi Agreement of 1949 | 1949 Karachi Agreement; Karachi Ceasefire Agreement of 1949 | date=1949-07-27
Agreement | Liaquat-Nehru Pact | Nehru-Liaquat Pact; Nehru-Liaquat Agreement; Delhi Pact of 1950 | date=1950-04-08
Agreement | Indo-Nepal Treaty of Peace and Friendship | India-Nepal Treaty of Peace and Friendship; 1950 Treaty of Peace and Friendship; India-Nepal Treaty of 1950 | date=1950-07-31
Agreement | Agreement on Trade and Intercourse between the Tibet Region of China and India | Panchsheel Agreement; Panchsheel Agreement of 1954; Panchsheel Treaty | date=1954-04-29
Agreement | Indo-Soviet Treaty of Friendship and Cooperation | Indo-Soviet Treaty; Indo-Soviet Treaty of 1971 | date=1971-08-09
Agreement | Delhi Agreement of 1973 | 1973 Delhi Agreement | date=1973-08-28
Agreement | India-Bangladesh Land Boundary Agreement | Land Boundary Agreement of 1974; 1974 Land Boundary Agreement; Indira-Mujib Agreement; India-Bangladesh Land Boundary Agreement of 1974 | date=1974-05-16
Agreement | Ganges Water Treaty | Ganges Water Sharing Treaty; Ganges Waters Treaty; Farakka Water Treaty | date=1996-12-12
Agreement | Agreement on the Maintenance of Peace and Tranquillity along the Line of Actual Control in the India-China Border Areas | Border Peace and Tranquillity Agreement; India-China Border Peace and Tranquillity Agreement; Agreement on Peace and Tranquillity along the Line of Actual Control | date=1993-09-07
Agreement | Kashmir Accord | Indira-Sheikh Accord; Beg-Parthasarathi Accord; Kashmir Accord of 1975
Agreement | Delhi Agreement of 1952 | 1952 Delhi Agreement
Agreement | Shillong Accord | Shillong Accord of 1975 | date=1975-11-11; place=Shillong
Agreement | Mizo Peace Accord | Mizo Accord; Mizoram Peace Accord; Mizoram Accord | date=1986-06-30
Agreement | Naga Framework Agreement | Framework Agreement with the NSCN-IM; Naga Peace Accord of 2015; Naga Peace Framework Agreement | date=2015-08-03
Agreement | Bodo Accord of 2020 | Bodoland Territorial Region Accord; 2020 Bodo Accord | date=2020-01-27
Agreement | Bandaranaike-Chelvanayakam Pact | B-C Pact; Banda-Chelva Pact; Bandaranaike-Chelvanayakam Agreement | date=1957-07-26
Agreement | Dudley-Chelvanayakam Pact | Dudley-Chelva Pact; Senanayake-Chelvanayakam Pact | date=1965-03-24
Agreement | Thimphu Principles | Thimphu Declaration of 1985
Agreement | Sri Lanka Ceasefire Agreement | Sri Lankan Ceasefire Agreement; Ceasefire Agreement between the Government of Sri Lanka and the LTTE; GoSL-LTTE Ceasefire Agreement | date=2002-02-22
Agreement | Post-Tsunami Operational Management Structure | P-TOMS; PTOMS | date=2005-06-24
# Not "twelve-point understanding": a name matches in any case, and the
# words describe many an understanding; the figure names this one.
Agreement | 12-Point Understanding | 12-Point Understanding of 2005; 12-Point Agreement of 2005; Twelve-Point Understanding of 2005 | date=2005-11-22
Agreement | Peshawar Accord | Peshawar Accords; Peshawar Accord of 1992 | date=1992-04-24
Agreement | Islamabad Accord | Islamabad Peace Accord; Islamabad Accord of 1993 | date=1993-03-07
Agreement | Afghanistan Compact | London Compact on Afghanistan; Afghanistan Compact of 2006 | date=2006-02-01
Agreement | Kabul Declaration on Good-Neighbourly Relations | Kabul Declaration of 2002; Kabul Declaration on Good Neighbourly Relations | date=2002-12-22
Agreement | Enduring Strategic Partnership Agreement between the United States and Afghanistan | US-Afghanistan Strategic Partnership Agreement; US-Afghan Strategic Partnership Agreement | date=2012-05-02
Agreement | Tokyo Mutual Accountability Framework | TMAF | date=2012-07-08
Agreement | Security and Defense Cooperation Agreement between the United States and Afghanistan | US-Afghan Bilateral Security Agreement; US-Afghanistan Bilateral Security Agreement; Afghan-US Bilateral Security Agreement | date=2014-09-30
Agreement | Peace Agreement between the Government of Afghanistan and Hezb-e-Islami | Hezb-e-Islami peace agreement; Hezb-i-Islami peace agreement; Ghani-Hekmatyar peace agreement

# --- East Asia
Agreement | Treaty of San Francisco | San Francisco Peace Treaty; Treaty of Peace with Japan; San Francisco Treaty of 1951 | date=1951-09-08
Agreement | Treaty of Mutual Cooperation and Security between the United States and Japan | US-Japan Security Treaty; Japan-US Security Treaty; US-Japan Mutual Security Treaty | date=1960-01-19
Agreement | Mutual Defense Treaty between the United States and the Republic of Korea | US-ROK Mutual Defense Treaty; ROK-US Mutual Defense Treaty; US-South Korea Mutual Defense Treaty | date=1953-10-01
Agreement | Mutual Defense Treaty between the Republic of the Philippines and the United States | US-Philippines Mutual Defense Treaty; Philippines-US Mutual Defense Treaty; Philippine-American Mutual Defense Treaty | date=1951-08-30
Agreement | ANZUS Treaty | ANZUS Security Treaty | date=1951-09-01
Agreement | Southeast Asia Collective Defense Treaty | Manila Pact; SEATO Treaty; Manila Pact of 1954 | date=1954-09-08
Agreement | Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance | Sino-Soviet Treaty of Friendship; Sino-Soviet Treaty of 1950 | date=1950-02-14
Agreement | Sino-North Korean Mutual Aid and Cooperation Friendship Treaty | China-DPRK Treaty of Friendship; Sino-North Korean Treaty of Friendship; China-North Korea Treaty of Friendship | date=1961-07-11
Agreement | Treaty of Good-Neighborliness and Friendly Cooperation between the People's Republic of China and the Russian Federation | Sino-Russian Treaty of Friendship; China-Russia Treaty of Good-Neighbourliness; Sino-Russian Treaty of Good-Neighborliness | date=2001-07-16
Agreement | Seventeen Point Agreement | 17-Point Agreement; Seventeen-Point Agreement for the Peaceful Liberation of Tibet; Agreement on Measures for the Peaceful Liberation of Tibet | date=1951-05-23
Agreement | Soviet-Japanese Joint Declaration of 1956 | Japan-Soviet Joint Declaration of 1956; Soviet-Japanese Joint Declaration; 1956 Joint Declaration of Japan and the USSR | date=1956-10-19
Agreement | Treaty on Basic Relations between Japan and the Republic of Korea | Japan-Korea Basic Treaty; Japan-ROK Basic Treaty; Korea-Japan Basic Treaty; Basic Treaty of 1965 | date=1965-06-22
Agreement | Joint Communiqué of the Government of Japan and the Government of the People's Republic of China | Japan-China Joint Communiqué of 1972; Sino-Japanese Joint Communiqué; Japan-China Joint Communique of 1972 | date=1972-09-29
Agreement | Treaty of Peace and Friendship between Japan and the People's Republic of China | Japan-China Treaty of Peace and Friendship; Sino-Japanese Treaty of Peace and Friendship; China-Japan Peace and Friendship Treaty | date=1978-08-12
Agreement | Shanghai Communiqué | Shanghai Communique; Joint Communiqué of the United States of America and the People's Republic of China; 1972 Shanghai Communiqué | date=1972-02-28
Agreement | Joint Communiqué on the Establishment of Diplomatic Relations between the United States and the People's Republic of China | US-China Normalization Communiqué; 1979 US-China Joint Communiqué; Normalization Communiqué of 1979 | date=1979-01-01
Agreement | August 17 Communiqué | August 17 Communique; 1982 US-China Joint Communiqué; Third Joint Communiqué of 1982 | date=1982-08-17
Agreement | Three Joint Communiqués | three US-China joint communiqués; three China-US joint communiqués; three Sino-US joint communiqués
Agreement | 1992 Consensus | Consensus of 1992; 92 Consensus
Agreement | Cross-Strait Economic Cooperation Framework Agreement | ECFA | date=2010-06-29
Agreement | Sino-British Joint Declaration | Joint Declaration on the Question of Hong Kong; Sino-British Joint Declaration on the Question of Hong Kong | date=1984-12-19
Agreement | Sino-Portuguese Joint Declaration | Joint Declaration on the Question of Macau; Joint Declaration on the Question of Macao; Sino-Portuguese Joint Declaration on the Question of Macau | date=1987-04-13
Agreement | Japan-DPRK Pyongyang Declaration | Japan-North Korea Pyongyang Declaration; Japan-DPRK Pyongyang Declaration of 2002 | date=2002-09-17
Agreement | July 4 South-North Joint Communiqué | July 4 Joint Communiqué; July 4 North-South Joint Statement; July 4 Joint Statement of 1972 | date=1972-07-04
Agreement | Agreement on Reconciliation, Non-aggression and Exchanges and Cooperation between South and North Korea | Inter-Korean Basic Agreement; Basic Agreement of 1991; South-North Basic Agreement | date=1991-12-13
Agreement | Agreement on the Implementation of the Historic Panmunjom Declaration in the Military Domain | Comprehensive Military Agreement; Comprehensive Military Agreement of 2018; Inter-Korean Comprehensive Military Agreement; September 19 Military Agreement
Agreement | Declaration on the Neutrality of Laos | Geneva Agreement on Laos of 1962; 1962 Geneva Accords on Laos; International Agreement on the Neutrality of Laos | date=1962-07-23
Agreement | Vientiane Agreement of 1973 | Agreement on Restoring Peace and Achieving National Concord in Laos; 1973 Vientiane Agreement | date=1973-02-21

# --- South-East Asia and Oceania
Agreement | Linggadjati Agreement | Linggarjati Agreement; Cheribon Agreement | date=1946-11-15
Agreement | Renville Agreement | Renville Agreement of 1948 | date=1948-01-17
Agreement | Dutch-Indonesian Round Table Conference Agreement | Round Table Conference Agreement of 1949; Hague Round Table Agreement; Round Table Agreements of 1949 | date=1949-11-02
Agreement | New York Agreement of 1962 | 1962 New York Agreement; Agreement concerning West New Guinea | date=1962-08-15
Agreement | Cessation of Hostilities Framework Agreement | Aceh Cessation of Hostilities Agreement; Aceh Cessation of Hostilities Framework Agreement; COHA for Aceh | date=2002-12-09
Agreement | Malino I Declaration | Malino Declaration of 2001; Malino I Agreement | date=2001-12-20
Agreement | Malino II Agreement | Malino II Declaration; Moluccas Malino Agreement | date=2002-02-12
Agreement | Agreement between the Republic of Indonesia and the Portuguese Republic on the Question of East Timor | 5 May Agreements; May 5 Agreements; New York Agreements of 1999; 5 May 1999 Agreements | date=1999-05-05
Agreement | Timor Sea Treaty | Timor Sea Treaty of 2002 | date=2002-05-20
Agreement | Treaty between Australia and Timor-Leste Establishing their Maritime Boundaries in the Timor Sea | Timor Sea Maritime Boundary Treaty; Maritime Boundary Treaty of 2018 | date=2018-03-06
Agreement | Tripoli Agreement of 2001 | 2001 Tripoli Agreement; Tripoli Agreement on Peace of 2001; GRP-MILF Tripoli Agreement | date=2001-06-22
Agreement | Memorandum of Agreement on Ancestral Domain | MOA-AD; MOA on Ancestral Domain
Agreement | Hague Joint Declaration | Hague Joint Declaration of 1992; The Hague Joint Declaration of 1992 | date=1992-09-01
Agreement | Comprehensive Agreement on Respect for Human Rights and International Humanitarian Law | CARHRIHL | date=1998-03-16
Agreement | Panglong Agreement | Panglong Accord; Panglong Agreement of 1947 | date=1947-02-12; place=Panglong
Agreement | Kuala Lumpur Peace Accord | KL Peace Accord; Cambodia-Thailand Kuala Lumpur Peace Accord; Thailand-Cambodia peace accord of 2025
Agreement | Burnham Truce | Burnham Declaration; Burnham Truce of 1997 | date=1997-10-10
Agreement | Lincoln Agreement on Peace, Security and Development on Bougainville | Lincoln Agreement; Lincoln Agreement of 1998 | date=1998-01-23
Agreement | Agreement on Implementation of the Ceasefire on Bougainville | Arawa Agreement; Arawa Ceasefire Agreement; Bougainville Permanent Ceasefire Agreement | date=1998-04-30
Agreement | Honiara Peace Accord | Honiara Peace Agreement; Honiara Accord; Honiara Peace Accord of 1999 | date=1999-06-28
Agreement | Marau Peace Agreement | Marau Agreement; Marau Peace Agreement of 2001 | date=2001-02-07

# --- The Americas
Agreement | Geneva Agreement of 1966 | 1966 Geneva Agreement; Agreement to Resolve the Controversy over the Frontier between Venezuela and British Guiana | date=1966-02-17
Agreement | Torrijos-Carter Treaties | Panama Canal Treaties; Panama Canal Treaty; Torrijos-Carter Treaty | date=1977-09-07
Agreement | Treaty of Peace and Friendship between Chile and Argentina | Beagle Channel Treaty; Treaty of Peace and Friendship of 1984; Argentine-Chilean Treaty of Peace and Friendship | date=1984-11-29
Agreement | Itamaraty Peace Declaration | Itamaraty Declaration; Itamaraty Declaration of 1995 | date=1995-02-17
Agreement | Contadora Act for Peace and Co-operation in Central America | Contadora Act; Contadora Act for Peace and Cooperation in Central America
Agreement | Esquipulas I Declaration | Esquipulas I; Esquipulas Declaration; Declaration of Esquipulas | date=1986-05-25; place=Esquipulas
Agreement | Sapoá Agreement | Sapoa Agreement; Sapoá Accords; Sapoa Accords | date=1988-03-23
Agreement | Tesoro Beach Declaration | Tesoro Beach Accord; Costa del Sol Declaration | date=1989-02-14
Agreement | Tela Declaration | Tela Accord; Tela Agreement | date=1989-08-07; place=Tela
Agreement | San José Agreement on Human Rights | San Jose Agreement on Human Rights; San José Agreement of 1990; San Jose Agreement of 1990 | date=1990-07-26
Agreement | Comprehensive Agreement on Human Rights of 1994 | Guatemala Comprehensive Agreement on Human Rights; Guatemalan Comprehensive Agreement on Human Rights | date=1994-03-29
Agreement | Agreement on Identity and Rights of Indigenous Peoples | AIDPI; Indigenous Rights Accord of Guatemala | date=1995-03-31
Agreement | Agreement on Social and Economic Aspects and the Agrarian Situation | Agreement on Socio-Economic Aspects and the Agrarian Situation; Socio-Economic Accord of Guatemala | date=1996-05-06
Agreement | Agreement on the Strengthening of Civilian Power and on the Role of the Armed Forces in a Democratic Society | Agreement on the Strengthening of Civilian Power | date=1996-09-19
Agreement | Guatemala Definitive Ceasefire Agreement | Definitive Ceasefire Agreement of 1996; Guatemalan Definitive Ceasefire Agreement | date=1996-12-04
Agreement | San Andrés Accords | San Andres Accords; San Andrés Larráinzar Accords; Acuerdos de San Andrés; Acuerdos de San Andres | date=1996-02-16
Agreement | Governors Island Agreement | Governors Island Accord; Governor's Island Agreement | date=1993-07-03
Agreement | Tegucigalpa-San José Accord | Tegucigalpa-San Jose Accord; Tegucigalpa-San José Agreement; Guaymuras Accord | date=2009-10-30
Agreement | La Uribe Agreement | Uribe Accords; Acuerdos de La Uribe; La Uribe Accords | date=1984-03-28
Agreement | Santa Fe de Ralito Agreement | Ralito Agreement; Acuerdo de Santa Fe de Ralito; Santa Fe de Ralito Accord | date=2003-07-15
Agreement | General Agreement for the Termination of the Conflict and the Construction of a Stable and Lasting Peace | General Agreement for Ending the Conflict; Havana General Agreement; General Agreement of 2012 | date=2012-08-26
Agreement | Mexico Agreement of 2023 | Acuerdo de México; ELN Mexico Agreement
Agreement | Mexico Memorandum of Understanding | Mexico Memorandum of Understanding of 2021; Venezuela Mexico Memorandum | date=2021-08-13
Agreement | Partial Agreement on the Promotion of Political Rights and Electoral Guarantees for All | Barbados Agreement; Barbados Agreement of 2023; Barbados Accord | date=2023-10-17

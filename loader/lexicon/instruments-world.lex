# Well-known instruments of conflicts, diplomacy and international law
# worldwide: peace agreements, accords, declarations, charters and treaties.
#
# date= is the day the instrument was signed or adopted; place= the city
# where it was reached. Both are given only where certain. The extractor
# uses place= to recognise an instrument described rather than named ("the
# agreement reached in Taif"), and takes the first lexicon instrument of
# that place: so place= is given to one instrument per city only (this
# file is read before instruments.lex), and not for cities where many
# instruments are made (Geneva, Paris, Washington, Brussels, Vienna,
# Moscow, Riyadh, Cairo). UN Security Council resolutions are found by
# number and are not listed.
#
# Generic words are not aliases ("the Final Agreement", "Declaration of
# Principles", "Package of Measures", "Cessation of Hostilities Agreement",
# "Armistice Agreement"): each names several instruments. A name with a
# comma cannot match the text (the comma stays a token between its words):
# it is kept for the graph, and the instrument is found by a shorter alias
# or its acronym.

# --- Charters and treaties of international law
Agreement | Charter of the United Nations | Charter of the UN | date=1945-06-26; place=San Francisco
Agreement | Universal Declaration of Human Rights | UDHR | date=1948-12-10
Agreement | Convention on the Prevention and Punishment of the Crime of Genocide | Genocide Convention | date=1948-12-09
Agreement | Geneva Conventions | Geneva Conventions of 1949; four Geneva Conventions | date=1949-08-12
Agreement | Fourth Geneva Convention | Geneva Convention relative to the Protection of Civilian Persons in Time of War; Fourth Geneva Convention of 1949 | date=1949-08-12
Agreement | Additional Protocols to the Geneva Conventions | Additional Protocols of 1977 | date=1977-06-08
Agreement | Convention relating to the Status of Refugees | 1951 Refugee Convention; Refugee Convention | date=1951-07-28
Agreement | European Convention on Human Rights | ECHR; Convention for the Protection of Human Rights and Fundamental Freedoms | date=1950-11-04
Agreement | Vienna Convention on Diplomatic Relations | | date=1961-04-18
Agreement | International Covenant on Civil and Political Rights | ICCPR | date=1966-12-16
Agreement | International Covenant on Economic, Social and Cultural Rights | ICESCR | date=1966-12-16
Agreement | Convention against Torture | Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment; UN Convention against Torture | date=1984-12-10
Agreement | Convention on the Rights of the Child | UN Convention on the Rights of the Child; UNCRC | date=1989-11-20
Agreement | United Nations Convention on the Law of the Sea | UNCLOS; UN Convention on the Law of the Sea | date=1982-12-10; place=Montego Bay
Agreement | Rome Statute of the International Criminal Court | Rome Statute | date=1998-07-17; place=Rome
Agreement | Treaty on the Non-Proliferation of Nuclear Weapons | NPT; Non-Proliferation Treaty; Nuclear Non-Proliferation Treaty | date=1968-07-01
Agreement | Comprehensive Nuclear-Test-Ban Treaty | CTBT; Comprehensive Test Ban Treaty
Agreement | Treaty on the Prohibition of Nuclear Weapons | TPNW | date=2017-07-07
Agreement | Biological Weapons Convention | BWC; Biological and Toxin Weapons Convention | date=1972-04-10
Agreement | Chemical Weapons Convention | | date=1993-01-13
Agreement | Anti-Personnel Mine Ban Convention | Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction; Ottawa Treaty; Mine Ban Treaty; Ottawa Convention | date=1997-12-03; place=Ottawa
Agreement | Convention on Cluster Munitions
Agreement | Arms Trade Treaty | | date=2013-04-02
Agreement | Intermediate-Range Nuclear Forces Treaty | INF Treaty | date=1987-12-08
Agreement | New START | New START Treaty | date=2010-04-08; place=Prague
Agreement | Budapest Memorandum | Budapest Memorandum on Security Assurances | date=1994-12-05; place=Budapest
Agreement | Joint Comprehensive Plan of Action | JCPOA; Iran nuclear deal; Iran nuclear agreement | date=2015-07-14
Agreement | Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean | Treaty of Tlatelolco; Tlatelolco Treaty | date=1967-02-14
Agreement | South Pacific Nuclear Free Zone Treaty | Treaty of Rarotonga; Rarotonga Treaty; SPNFZ Treaty | date=1985-08-06
Agreement | Treaty on the Southeast Asia Nuclear Weapon-Free Zone | Treaty of Bangkok; Bangkok Treaty; SEANWFZ Treaty | date=1995-12-15
Agreement | African Nuclear-Weapon-Free Zone Treaty | Treaty of Pelindaba; Pelindaba Treaty | date=1996-04-11
Agreement | Treaty on a Nuclear-Weapon-Free Zone in Central Asia | Treaty of Semipalatinsk; Semipalatinsk Treaty; CANWFZ Treaty | date=2006-09-08
Agreement | Kyoto Protocol to the United Nations Framework Convention on Climate Change | Kyoto Protocol | date=1997-12-11; place=Kyoto

# --- Founding instruments of regional bodies
Agreement | Helsinki Final Act | Helsinki Accords; Final Act of the Conference on Security and Co-operation in Europe | date=1975-08-01; place=Helsinki
Agreement | Treaty on European Union | Maastricht Treaty | date=1992-02-07; place=Maastricht
Agreement | Treaty of Lisbon | Lisbon Treaty | date=2007-12-13; place=Lisbon
Agreement | Pact of the League of Arab States | Charter of the Arab League; Arab League Charter; Charter of the League of Arab States | date=1945-03-22
Agreement | Charter of the Organization of American States | OAS Charter | date=1948-04-30
Agreement | Inter-American Democratic Charter | | date=2001-09-11; place=Lima
Agreement | Charter of the Organization of African Unity | OAU Charter; Charter of the Organisation of African Unity; Charter of the OAU | date=1963-05-25; place=Addis Ababa
Agreement | Constitutive Act of the African Union | AU Constitutive Act; Constitutive Act | date=2000-07-11
Agreement | Protocol Relating to the Establishment of the Peace and Security Council of the African Union | PSC Protocol | date=2002-07-09; place=Durban
Agreement | African Charter on Human and Peoples' Rights | Banjul Charter | date=1981-06-27
Agreement | African Charter on Democracy, Elections and Governance | ACDEG; African Charter on Democracy | date=2007-01-30
Agreement | Revised ECOWAS Treaty | ECOWAS Revised Treaty; Revised Treaty of ECOWAS | date=1993-07-24; place=Cotonou
Agreement | ECOWAS Protocol on Democracy and Good Governance | Supplementary Protocol on Democracy and Good Governance; ECOWAS Supplementary Protocol on Democracy and Good Governance | date=2001-12-21; place=Dakar
Agreement | ASEAN Charter | Charter of the Association of Southeast Asian Nations | date=2007-11-20
Agreement | Treaty of Amity and Cooperation in Southeast Asia | Treaty of Amity and Cooperation | date=1976-02-24; place=Bali
Agreement | Charter of Paris for a New Europe | Charter of Paris; Paris Charter | date=1990-11-21

# --- Europe and Eurasia
Agreement | Dayton Agreement | Dayton Accords; Dayton Peace Agreement; Dayton Peace Accords; General Framework Agreement for Peace in Bosnia and Herzegovina; GFAP | date=1995-12-14; place=Dayton
Agreement | Good Friday Agreement | Belfast Agreement | date=1998-04-10; place=Belfast
Agreement | Ohrid Framework Agreement | | date=2001-08-13; place=Ohrid
Agreement | Brussels Agreement | First Agreement of Principles Governing the Normalisation of Relations; First Agreement of Principles Governing the Normalization of Relations | date=2013-04-19
Agreement | Prespa Agreement | | date=2018-06-17
Agreement | Minsk agreements | Minsk accords; Minsk Agreement
Agreement | Minsk Protocol | Minsk I; Minsk I agreement; Minsk-1 | date=2014-09-05
Agreement | Package of Measures for the Implementation of the Minsk Agreements | Minsk II; Minsk II agreement; Minsk-2; Minsk 2 agreement | date=2015-02-12; place=Minsk
Agreement | Black Sea Grain Initiative | Initiative on the Safe Transportation of Grain and Foodstuffs from Ukrainian Ports; Black Sea grain deal; Istanbul grain deal; Black Sea Initiative | date=2022-07-22; place=Istanbul
Agreement | Basic Agreement on the Region of Eastern Slavonia, Baranja and Western Sirmium | Erdut Agreement; Erdut Accord; Basic Agreement on Eastern Slavonia | date=1995-11-12; place=Erdut
Agreement | Military Technical Agreement between the International Security Force and the Governments of the Federal Republic of Yugoslavia and the Republic of Serbia | Kumanovo Agreement; Kumanovo Military Technical Agreement; Military Technical Agreement of Kumanovo | date=1999-06-09; place=Kumanovo
Agreement | Brioni Declaration | Brijuni Declaration; Brioni Agreement; Brioni Accord | date=1991-07-07
Agreement | Anglo-Irish Agreement | Anglo-Irish Agreement of 1985; Hillsborough Agreement of 1985 | date=1985-11-15
Agreement | Sunningdale Agreement | Sunningdale Communiqué; Sunningdale Communique | date=1973-12-09
Agreement | St Andrews Agreement | Saint Andrews Agreement | date=2006-10-13
# "Sochi agreement" and "Moscow agreement" are the Idlib instruments of
# instruments.lex: the Caucasus ones of 1992 and 1994 have only their
# year-qualified names.
Agreement | Agreement on Principles of Settlement of the Georgian-Ossetian Conflict | Sochi Agreement of 1992; 1992 Sochi Agreement; Dagomys Agreement; Dagomys Agreements | date=1992-06-24
Agreement | Agreement on a Ceasefire and Separation of Forces | Agreement on a Cease-fire and Separation of Forces; Moscow Agreement of 1994; 1994 Moscow Agreement | date=1994-05-14
Agreement | Bishkek Protocol | Bishkek Ceasefire Protocol | date=1994-05-05
Agreement | Khasavyurt Accord | Khasavyurt Accords; Khasavyurt Agreement; Khasavyurt Agreements | date=1996-08-31; place=Khasavyurt
# signed late on 9 November 2020 (Moscow time) and dated the 10th: no date=
Agreement | Statement by the President of the Republic of Azerbaijan, the Prime Minister of the Republic of Armenia and the President of the Russian Federation | Trilateral Statement of 9 November 2020; Trilateral Statement of 10 November 2020; November 2020 trilateral statement; trilateral ceasefire statement of November 2020

# --- The Middle East and North Africa
Agreement | Camp David Accords | | date=1978-09-17
Agreement | Egypt-Israel Peace Treaty | Egyptian-Israeli Peace Treaty; Israel-Egypt Peace Treaty | date=1979-03-26
Agreement | Taif Agreement | Taif Accord; Document of National Accord | date=1989-10-22; place=Taif
Agreement | Oslo Accords | Oslo Agreements; Oslo Peace Accords
Agreement | Declaration of Principles on Interim Self-Government Arrangements | Oslo I; Oslo I Accord | date=1993-09-13
Agreement | Interim Agreement on the West Bank and the Gaza Strip | Oslo II; Oslo II Accord | date=1995-09-28
Agreement | Israel-Jordan Peace Treaty | Wadi Araba Treaty | date=1994-10-26
Agreement | Arab Peace Initiative | | date=2002-03-28; place=Beirut
Agreement | Abraham Accords | | date=2020-09-15
Agreement | GCC Initiative | Gulf Cooperation Council Initiative; GCC Initiative and its Implementation Mechanism; Gulf Initiative | date=2011-11-23
Agreement | Stockholm Agreement | | date=2018-12-13; place=Stockholm
Agreement | Riyadh Agreement | | date=2019-11-05
Agreement | Libyan Political Agreement | LPA; Skhirat Agreement; Skhirat Accord | date=2015-12-17; place=Skhirat
Agreement | Conclusions of the Berlin Conference on Libya | Berlin Conference conclusions; Berlin conclusions | date=2020-01-19; place=Berlin
Agreement | Baghdad Pact | Pact of Mutual Cooperation between Iraq and Turkey | date=1955-02-24
# "Cairo Agreement" names both the Lebanon-PLO agreement of 1969 and the
# Gaza-Jericho agreement of 1994; "Algiers Agreement" is Mali's of 2015
# (below), "Algiers Accords" Mali's and Iran's: each has its year.
Agreement | Cairo Agreement of 1969 | 1969 Cairo Agreement | date=1969-11-03
Agreement | Agreement on the Gaza Strip and the Jericho Area | Gaza-Jericho Agreement; Cairo Agreement of 1994; 1994 Cairo Agreement | date=1994-05-04
Agreement | Algiers Agreement of 1975 | 1975 Algiers Agreement; Algiers Accord of 1975; 1975 Algiers Accord | date=1975-03-06
Agreement | Declarations of the Government of the Democratic and Popular Republic of Algeria | Algiers Accords of 1981; 1981 Algiers Accords | date=1981-01-19
Agreement | Wye River Memorandum | Wye River Memorandum of Understanding; Wye Memorandum; Wye River Accord | date=1998-10-23
Agreement | Sharm el-Sheikh Memorandum | Sharm el-Sheikh Memorandum on Implementation Timeline | date=1999-09-04
Agreement | Mecca Agreement | Makkah Agreement; Mecca Accord | date=2007-02-08
Agreement | Doha Agreement of 2008 | 2008 Doha Agreement; Doha Accord of 2008 | date=2008-05-21

# --- Africa
Agreement | Arusha Peace and Reconciliation Agreement for Burundi | Arusha Agreement; Arusha Peace Agreement for Burundi | date=2000-08-28; place=Arusha
Agreement | Arusha Accords | Arusha Peace Accords; Arusha Accords of 1993 | date=1993-08-04
Agreement | Lomé Peace Agreement | Lomé Peace Accord; Lomé Agreement | date=1999-07-07; place=Lomé
Agreement | Accra Comprehensive Peace Agreement | Accra Peace Agreement | date=2003-08-18; place=Accra
Agreement | Ouagadougou Political Agreement | | date=2007-03-04; place=Ouagadougou
Agreement | Comprehensive Peace Agreement | Sudan Comprehensive Peace Agreement; Naivasha Agreement | date=2005-01-09; place=Nairobi
Agreement | Doha Document for Peace in Darfur | DDPD; Doha Document | date=2011-07-14
Agreement | Juba Peace Agreement | Juba Agreement for Peace in Sudan; Juba Agreement | date=2020-10-03; place=Juba
Agreement | Agreement on the Resolution of the Conflict in the Republic of South Sudan | ARCSS
Agreement | Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan | R ARCSS; Revitalised Agreement on the Resolution of the Conflict in the Republic of South Sudan; Revitalized Peace Agreement; Revitalised Peace Agreement | date=2018-09-12
Agreement | Pretoria Agreement | Pretoria Peace Agreement; Agreement for Lasting Peace through a Permanent Cessation of Hostilities; Permanent Cessation of Hostilities Agreement | date=2022-11-02; place=Pretoria
Agreement | Joint Declaration of Peace and Friendship between Eritrea and Ethiopia | Joint Declaration of Peace and Friendship | date=2018-07-09; place=Asmara
Agreement | Algiers Agreement | Agreement for Peace and Reconciliation in Mali; Agreement on Peace and Reconciliation in Mali; Algiers Accord | place=Algiers
Agreement | Political Agreement for Peace and Reconciliation in the Central African Republic | APPR; APPR RCA; Khartoum Political Agreement | date=2019-02-06
Agreement | Peace, Security and Cooperation Framework for the Democratic Republic of the Congo and the Region | PSCF; PSC Framework; Addis Ababa Framework | date=2013-02-24; place=Addis Ababa
Agreement | Luanda Roadmap | Luanda road map | place=Luanda
Agreement | Maputo Accord for Peace and National Reconciliation | Maputo Accord; Maputo Peace Accord | date=2019-08-06; place=Maputo
Agreement | General Peace Agreement for Mozambique | Rome General Peace Accords; Rome Peace Accords | date=1992-10-04
Agreement | Addis Ababa Agreement on the Problem of South Sudan | Addis Ababa Agreement of 1972; 1972 Addis Ababa Agreement; Addis Ababa Accord of 1972 | date=1972-02-27
Agreement | Agreement on Non-Aggression and Good Neighbourliness | Agreement on Non-Aggression and Good Neighborliness; Nkomati Accord; Nkomati Agreement; Accord of Nkomati | date=1984-03-16; place=Komatipoort
Agreement | Agreement among the People's Republic of Angola, the Republic of Cuba and the Republic of South Africa | Tripartite Accord of 1988; 1988 Tripartite Accord; Tripartite Agreement of 1988; New York Accords | date=1988-12-22
Agreement | Bicesse Accords | Bicesse Accord; Bicesse Agreement; Estoril Accords; Peace Accords for Angola; Acordos de Bicesse | date=1991-05-31
# Lusaka: the Angolan Protocol of 1994 and the Congolese ceasefire of 1999;
# the bare "Lusaka Agreement" is the better-known ceasefire's, and neither
# has place= (one would take every instrument "signed in Lusaka").
Agreement | Lusaka Protocol | Lusaka Peace Protocol | date=1994-11-20
Agreement | Lusaka Ceasefire Agreement | Lusaka Agreement; Lusaka Cease-fire Agreement; Lusaka Peace Agreement | date=1999-07-10
Agreement | Abidjan Peace Accord | Abidjan Peace Agreement; Abidjan Accord of 1996 | date=1996-11-30
Agreement | Agreement between the Government of the State of Eritrea and the Government of the Federal Democratic Republic of Ethiopia | Algiers Agreement of 2000; 2000 Algiers Agreement; Algiers Peace Agreement of 2000; Algiers Comprehensive Peace Agreement | date=2000-12-12
Agreement | Machakos Protocol | | date=2002-07-20; place=Machakos
Agreement | Peace Agreement between the Governments of the Republic of Rwanda and the Democratic Republic of the Congo | Pretoria Agreement of 2002; 2002 Pretoria Agreement | date=2002-07-30
Agreement | Global and All-Inclusive Agreement on the Transition in the Democratic Republic of the Congo | Global and All-Inclusive Agreement; Global and All Inclusive Agreement | date=2002-12-17
Agreement | Linas-Marcoussis Agreement | Linas-Marcoussis Accord; Linas-Marcoussis Accords; Marcoussis Agreement; Marcoussis Accords; Accord de Linas-Marcoussis
Agreement | Darfur Peace Agreement | Abuja Darfur Peace Agreement; Darfur Peace Agreement of 2006 | date=2006-05-05
Agreement | Eastern Sudan Peace Agreement | East Sudan Peace Agreement | date=2006-10-14

# --- Asia
Agreement | Bonn Agreement | | date=2001-12-05; place=Bonn
Agreement | Doha Agreement | Agreement for Bringing Peace to Afghanistan; US-Taliban agreement; US-Taliban deal; Doha Accord | date=2020-02-29; place=Doha
Agreement | Helsinki Memorandum of Understanding | Aceh peace agreement; Helsinki MoU | date=2005-08-15
Agreement | Framework Agreement on the Bangsamoro | FAB | date=2012-10-15
Agreement | Comprehensive Agreement on the Bangsamoro | CAB | date=2014-03-27; place=Manila
Agreement | Myanmar Nationwide Ceasefire Agreement | NCA | date=2015-10-15; place=Naypyidaw
Agreement | Five-Point Consensus | 5-Point Consensus; ASEAN Five-Point Consensus | date=2021-04-24; place=Jakarta
Agreement | Korean Armistice Agreement | Korean War Armistice Agreement | date=1953-07-27
Agreement | June 15 North-South Joint Declaration | June 15 Joint Declaration; June 15 South-North Joint Declaration | date=2000-06-15
Agreement | October 4 Declaration | October 4 North-South Declaration | date=2007-10-04
Agreement | Panmunjom Declaration | Panmunjom Declaration for Peace, Prosperity and Unification of the Korean Peninsula; Panmunjeom Declaration | date=2018-04-27; place=Panmunjom
Agreement | Singapore Joint Statement | | date=2018-06-12; place=Singapore
Agreement | Pyongyang Joint Declaration | September Pyongyang Joint Declaration | date=2018-09-19; place=Pyongyang
# "Geneva Accords" names the Indochina agreements of 1954 and the
# Afghanistan ones of 1988, "Tripoli Agreement" the Mindanao ones of 1976
# and 2001 and the Chad-Sudan one of 2006: each has its year, none the bare
# name. "Paris Peace Accords" is Viet Nam's of 1973 (the better known);
# Cambodia's of 1991 are "Paris Peace Agreements".
Agreement | Geneva Agreements on Indochina | Geneva Accords of 1954; 1954 Geneva Accords; Geneva Agreements of 1954; 1954 Geneva Agreements | date=1954-07-21
Agreement | Indus Waters Treaty | Indus Water Treaty; Indus Waters Treaty of 1960 | date=1960-09-19
Agreement | Tashkent Declaration | Tashkent Declaration of 1966; 1966 Tashkent Declaration | date=1966-01-10
Agreement | Simla Agreement | Shimla Agreement; Simla Accord; Shimla Accord | date=1972-07-02; place=Shimla
Agreement | Agreement on Ending the War and Restoring Peace in Viet Nam | Agreement on Ending the War and Restoring Peace in Vietnam; Paris Peace Accords; Paris Peace Accords of 1973; 1973 Paris Peace Accords | date=1973-01-27
Agreement | Tripoli Agreement of 1976 | 1976 Tripoli Agreement | date=1976-12-23
Agreement | Rajiv-Longowal Accord | Rajiv Gandhi-Longowal Accord; Rajiv-Longowal Agreement; Punjab Accord | date=1985-07-24
Agreement | Assam Accord | | date=1985-08-15
Agreement | Indo-Sri Lanka Agreement to Establish Peace and Normalcy in Sri Lanka | Indo-Sri Lanka Accord; Indo-Sri Lanka Peace Accord; Indo-Sri Lanka Agreement; Indo-Lanka Accord; Indo-Lanka Agreement | date=1987-07-29
Agreement | Agreements on the Settlement of the Situation Relating to Afghanistan | Geneva Accords of 1988; 1988 Geneva Accords; Geneva Agreements of 1988; 1988 Geneva Agreements | date=1988-04-14
Agreement | Matignon Accords | Matignon Agreements; Matignon-Oudinot Accords | date=1988-06-26
Agreement | Agreements on a Comprehensive Political Settlement of the Cambodia Conflict | Paris Peace Agreements; Paris Peace Agreements of 1991; 1991 Paris Peace Agreements; Paris Peace Accords of 1991; 1991 Paris Peace Accords | date=1991-10-23
Agreement | Final Agreement on the Implementation of the 1976 Tripoli Agreement | Final Peace Agreement of 1996; 1996 Final Peace Agreement; GRP-MNLF Final Peace Agreement | date=1996-09-02
Agreement | Chittagong Hill Tracts Peace Accord | Chittagong Hill Tracts Accord; Chittagong Hill Tracts Peace Agreement; CHT Peace Accord; CHT Accord | date=1997-12-02
Agreement | Nouméa Accord | Nouméa Agreement | date=1998-05-05; place=Nouméa
Agreement | Lahore Declaration | Lahore Declaration of 1999; 1999 Lahore Declaration | date=1999-02-21
Agreement | Townsville Peace Agreement | | date=2000-10-15; place=Townsville
Agreement | Bougainville Peace Agreement | | date=2001-08-30; place=Arawa
Agreement | Comprehensive Peace Accord between the Government of Nepal and the Communist Party of Nepal (Maoist) | Nepal Comprehensive Peace Accord; Nepal Comprehensive Peace Agreement; Comprehensive Peace Accord of 2006 | date=2006-11-21; place=Kathmandu

# --- The Americas
Agreement | Final Agreement for Ending the Conflict and Building a Stable and Lasting Peace | Final Agreement to End the Armed Conflict and Build a Stable and Lasting Peace; Colombian Peace Agreement; Colombia Peace Agreement; Peace Agreement with the FARC-EP; Final Agreement with the FARC-EP; FARC peace agreement | date=2016-11-24; place=Bogotá
Agreement | Procedure for the Establishment of a Firm and Lasting Peace in Central America | Esquipulas II; Esquipulas II Agreement; Esquipulas II Accord; Esquipulas II Accords; Esquipulas Peace Agreement | date=1987-08-07
Agreement | Chapultepec Peace Accords | Chapultepec Peace Agreement; Chapultepec Accords; Chapultepec Agreement; Acuerdos de Paz de Chapultepec; El Salvador Peace Accords | date=1992-01-16
Agreement | Agreement on a Firm and Lasting Peace | Acuerdo de Paz Firme y Duradera; Guatemalan Peace Accords; Guatemala Peace Accords | date=1996-12-29; place=Guatemala City

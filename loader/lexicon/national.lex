# National institutions of states worldwide, past (1960-2024) and present:
# legislatures and their chambers, executives, juntas and councils with a
# name of their own, and the ruling and historic parties communiqués name.
# Armed forces, armed groups, liberation movements and the parties of
# conflicts are in international.lex; the entries here do not repeat them.
#
# Conventions of this file (international.lex's hold too: no bare generic
# noun, hyphens written as spaces in acronyms, no acronym another
# well-known body uses):
# - The canonical name is the official English name communiqués in English
#   use: "Knesset", "State Duma", "Congress of Deputies"; a native name that
#   English texts keep (Storting, Sejm, Jatiya Sangsad) is the name itself.
#   Native names and transliterations are aliases.
# - country= is the state the institution belongs to, by its canonical
#   name in states.lex or the gazetteer ("Soviet Union", "German Democratic
#   Republic", "South Korea"). Every alias here has a capitalised word, so
#   it only records the tie; it does not hide a name.
# - A national organ whose head noun is one that "X of the BODY" ties to its
#   body (Council, Assembly, Parliament, Senate, Chamber, Presidency,
#   Presidium…) is not written here with "of STATE": "the Parliament of the
#   Republic of Moldova" is read from context as the Parliament and PART_OF
#   Moldova, which a lexicon name would swallow. Such organs are named by
#   their adjective form ("Moldovan Parliament", "Kenyan National
#   Assembly"), which is how the extractor misses them otherwise. Names with
#   another head (Supreme Soviet, Congress, House, Hluttaw, Yuan) keep their
#   "of STATE" forms; "Supreme Soviet of the USSR" and its Presidium are the
#   canonical names with their state, one name each as texts of the period
#   write them (the Presidium has no parent=, like a party's organs).
# - parent= ties a chamber to its legislature, a standing body to the body
#   that elects it, by the exact
#   canonical name here. A party's organs (Central Committee, Politburo,
#   Central Military Commission) have none: "the Central Committee of the
#   Communist Party of the Soviet Union" is one name, as gold reads it, and
#   is the canonical name, the short forms ("CPSU Central Committee") its
#   aliases.
# - A name several states' institutions share ("National Assembly",
#   "Senate", "House of Representatives", "Congreso de la República",
#   "Asamblea Nacional", "Revolutionary Command Council", "General People's
#   Congress", "National Transitional Council", "Supreme Military Council",
#   "House of Commons", "House of Councillors", "Skupština", "Bunge",
#   "Kuvendi", "Majlis al-Umma", "Majlis al-Nuwwab") is written with its
#   state: "National Assembly of Kenya", "Kenyan National Assembly",
#   "Libyan Revolutionary Command Council". A name in parentheses
#   ("Alignment (Israel)") is kept for the graph and found by its aliases.
# - Exceptions, for the institution that English texts of 1960-2024 mean by
#   the bare name: "Supreme Soviet" is the USSR's, "Majlis" Iran's,
#   "Majlis al-Shura" Saudi Arabia's, "Bundesrat" Germany's (Austria's and
#   Switzerland's are written with their state), "Supreme National Security
#   Council" Iran's. A bare "Duma" is not an alias: places.lex spells the
#   Syrian town Douma so; "State Duma" and "Russian Duma" are.
# - Acronyms left out because other well-known bodies use them: DPR
#   (Donetsk), MPR (Indonesia's and Zaire's alike), DPD, PLC (Yemen's
#   Presidential Leadership Council), PNC, NTC, TMC, CNT, RCC, AFRC (Nigeria,
#   Ghana, Sierra Leone), NSC, SAC (Myanmar's State Administration Council),
#   SPA, SPDC (Shell's Nigerian company), INC (Iraqi National Congress), PPP
#   (Pakistan, Guyana), PRD (Mexico, Panama, Dominican Republic), DPP
#   (Taiwan, Malawi), RCD (Tunisia, Congo), NDP, NCP, APC, PDP, NPP, NDC,
#   PDG, SLPP (Sierra Leone, Sri Lanka), PTI (Press Trust of India), PCC,
#   PAP (Pan-African Parliament), CPA (Sudan's Comprehensive Peace
#   Agreement), TNLA (Ta'ang), NRA, CMC, PSP, PJ, PT, MAS, GPC, MFA (any
#   ministry of foreign affairs), APN.
# - Bodies international.lex already holds (Libya's National Transitional
#   Council, the EPRDF, the Derg, Sudan's Sovereignty Council) are not
#   repeated; an entry of the same name would only add aliases to it.
# - Aliases that are a common phrase in lower case are left out, since the
#   matcher ignores case: "Future Movement" and "Armed Forces Movement" are
#   written with their state, "Solidarity" and "Congress Party" (which
#   would take "Sudanese Congress Party") are not aliases.
# - A party whose full name several parties share and whose acronym texts
#   write after it in parentheses ("Justice and Development Party (AKP)",
#   Turkey's and Morocco's; "National Liberation Front (FLN)", Algeria's and
#   others'; Turkey's HDP) is left out: the extractor finds the name from
#   context, and an entry under another name would split it in two.
# - The bare "Ba'ath Party" is left out: Syria's and Iraq's are two
#   parties; each is written with its state or region.

# --- Legislatures and their chambers: Europe
Organization | Bundestag | German Bundestag; Deutscher Bundestag; Bundestag of Germany | country=Germany
Organization | Bundesrat | German Bundesrat; Bundesrat of Germany | country=Germany
Organization | Volkskammer | People's Chamber; Volkskammer of the GDR; East German Volkskammer; East German parliament | country=German Democratic Republic
Organization | Staatsrat | GDR Council of State; East German Council of State | country=German Democratic Republic
Organization | Austrian National Council | Austrian Nationalrat; Nationalrat of Austria | country=Austria
Organization | Swiss Federal Assembly | Swiss Parliament | country=Switzerland
Organization | Swiss Federal Council | Swiss Bundesrat | country=Switzerland
Organization | French Parliament |  | country=France
Organization | French National Assembly |  | parent=French Parliament; country=France
Organization | French Senate |  | parent=French Parliament; country=France
Organization | UK Parliament | U.K. Parliament; British Parliament | country=United Kingdom
Organization | House of Commons of the United Kingdom | British House of Commons; UK House of Commons; House of Commons of Great Britain | parent=UK Parliament; country=United Kingdom
Organization | House of Lords | British House of Lords; UK House of Lords | parent=UK Parliament; country=United Kingdom
Organization | Oireachtas | Houses of the Oireachtas; Irish Parliament | country=Ireland
Organization | Dáil Éireann | Dáil; Irish Dáil | parent=Oireachtas; country=Ireland
Organization | Seanad Éireann | Seanad; Irish Seanad; Irish Senate | parent=Oireachtas; country=Ireland
Organization | Cortes Generales | Spanish Cortes; Cortes of Spain; Spanish Parliament | country=Spain
Organization | Congress of Deputies | Congreso de los Diputados; Spanish Congress of Deputies; Congress of Deputies of Spain | parent=Cortes Generales; country=Spain
Organization | Spanish Senate | Senado de España | parent=Cortes Generales; country=Spain
Organization | Portuguese Assembly of the Republic | Portuguese Parliament | country=Portugal
Organization | Italian Parliament | Parlamento italiano | country=Italy
Organization | Italian Chamber of Deputies | Camera dei Deputati | parent=Italian Parliament; country=Italy
Organization | Italian Senate | Senato della Repubblica | parent=Italian Parliament; country=Italy
Organization | States General of the Netherlands | Staten-Generaal; Dutch States General; Dutch Parliament | country=Netherlands
Organization | House of Representatives of the Netherlands | Tweede Kamer; Dutch House of Representatives; Second Chamber of the States General | parent=States General of the Netherlands; country=Netherlands
Organization | Belgian Federal Parliament | Belgian Parliament | country=Belgium
Organization | Storting | Stortinget; Norwegian Storting; Norwegian Parliament | country=Norway
Organization | Riksdag | Sveriges riksdag; Swedish Riksdag; Riksdagen; Swedish Parliament | country=Sweden
Organization | Folketing | Folketinget; Danish Folketing; Danish Parliament | country=Denmark
Organization | Althingi | Althing; Alþingi; Icelandic Althingi; Icelandic Parliament | country=Iceland
Organization | Eduskunta | Finnish Eduskunta; Finnish Parliament | country=Finland
Organization | Sejm | Polish Sejm; Sejm of the Republic of Poland; Sejm of Poland | country=Poland
Organization | Polish Senate | Senat of Poland | country=Poland
Organization | Czech Chamber of Deputies | Poslanecká sněmovna | country=Czechia
Organization | Czechoslovak Federal Assembly |  | country=Czechoslovakia
Organization | Slovak National Council | Slovak Parliament; Národná rada | country=Slovakia
Organization | Hungarian National Assembly | Országgyűlés; Hungarian Parliament | country=Hungary
Organization | Romanian Parliament |  | country=Romania
Organization | Romanian Grand National Assembly | Marea Adunare Națională | country=Romania
Organization | Bulgarian National Assembly | Narodno Sabranie; Bulgarian Parliament | country=Bulgaria
Organization | Yugoslav Federal Assembly | Savezna skupština | country=Yugoslavia
Organization | Yugoslav Presidency |  | country=Yugoslavia
Organization | Serbian National Assembly | Narodna skupština; Serbian Parliament | country=Serbia
Organization | Croatian Parliament | Sabor; Hrvatski sabor; Croatian Sabor | country=Croatia
Organization | Slovenian National Assembly | Državni zbor; Slovenian Parliament | country=Slovenia
Organization | Bosnian Parliament |  | country=Bosnia and Herzegovina
Organization | Bosnian Presidency |  | country=Bosnia and Herzegovina
Organization | National Assembly of Republika Srpska | Republika Srpska National Assembly; Narodna skupština Republike Srpske | country=Bosnia and Herzegovina
Organization | Montenegrin Parliament | Skupština Crne Gore | country=Montenegro
Organization | Sobranie | Sobranie of North Macedonia; Macedonian Assembly; Macedonian Parliament; Assembly of the Republic of Macedonia; Macedonian Sobranie | country=North Macedonia
Organization | Kosovo Assembly | Kuvendi i Kosovës; Kosovo Parliament | country=Kosovo
Organization | Albanian Parliament | Kuvendi i Shqipërisë | country=Albania
Organization | Hellenic Parliament | Greek Parliament; Vouli ton Ellinon | country=Greece
Organization | House of Representatives of Cyprus | Cypriot House of Representatives; Cyprus House of Representatives; Cypriot Parliament | country=Cyprus
Organization | Turkish Grand National Assembly | TBMM; TGNA; Türkiye Büyük Millet Meclisi; Turkish Parliament | country=Turkey

# --- The Soviet Union, Russia and the former Soviet states
Organization | Supreme Soviet of the USSR | Supreme Soviet; Supreme Soviet of the Soviet Union; USSR Supreme Soviet; Verkhovny Sovet | country=Soviet Union
Organization | Soviet of the Union |  | parent=Supreme Soviet of the USSR; country=Soviet Union
Organization | Soviet of Nationalities |  | parent=Supreme Soviet of the USSR; country=Soviet Union
Organization | Presidium of the Supreme Soviet of the USSR | Presidium of the Supreme Soviet; Presidium of the USSR Supreme Soviet; Presidium of the Supreme Soviet of the Soviet Union | country=Soviet Union
Organization | Congress of People's Deputies of the USSR | USSR Congress of People's Deputies; Soviet Congress of People's Deputies | country=Soviet Union
Organization | USSR Council of Ministers | Soviet Council of Ministers | country=Soviet Union
Organization | State Committee on the State of Emergency | GKChP; State Emergency Committee; State Committee for the State of Emergency | country=Soviet Union
Organization | Russian Federal Assembly | Russian Parliament | country=Russia
Organization | State Duma | State Duma of the Russian Federation; Russian State Duma; State Duma of the Federal Assembly; Russian Duma | parent=Russian Federal Assembly; country=Russia
Organization | Federation Council | Russian Federation Council; Federation Council of the Federal Assembly | parent=Russian Federal Assembly; country=Russia
Organization | Supreme Soviet of Russia | Supreme Soviet of the Russian Federation; Supreme Soviet of the RSFSR; Russian Supreme Soviet; Supreme Soviet of the Russian SFSR | country=Russia
Organization | Congress of People's Deputies of Russia | Russian Congress of People's Deputies; Congress of People's Deputies of the RSFSR; Congress of People's Deputies of the Russian Federation | country=Russia
Organization | Russian Security Council |  | country=Russia
Organization | Verkhovna Rada | Verkhovna Rada of Ukraine; Rada; Ukrainian Rada; Ukrainian Parliament; Supreme Rada; Supreme Soviet of Ukraine | country=Ukraine
Organization | Ukrainian National Security and Defense Council | NSDC | country=Ukraine
Organization | Belarusian National Assembly | Belarusian Parliament | country=Belarus
Organization | Belarusian Council of the Republic |  | parent=Belarusian National Assembly; country=Belarus
Organization | Supreme Soviet of Belarus | Belarusian Supreme Soviet; Supreme Soviet of the Byelorussian SSR | country=Belarus
Organization | All-Belarusian People's Assembly | All-Belarus People's Assembly; Belarusian People's Assembly | country=Belarus
Organization | Moldovan Parliament |  | country=Moldova
Organization | Supreme Soviet of Moldova | Moldovan Supreme Soviet; Supreme Soviet of the Moldavian SSR | country=Moldova
Organization | Supreme Soviet of Kazakhstan | Supreme Soviet of the Kazakh SSR; Kazakh Supreme Soviet | country=Kazakhstan
Organization | Supreme Soviet of Armenia | Supreme Soviet of the Armenian SSR; Armenian Supreme Soviet | country=Armenia
Organization | Supreme Soviet of Azerbaijan | Supreme Soviet of the Azerbaijan SSR; Azerbaijani Supreme Soviet | country=Azerbaijan
Organization | Supreme Soviet of Georgia | Supreme Soviet of the Georgian SSR; Georgian Supreme Soviet | country=Georgia
Organization | Supreme Soviet of Lithuania | Supreme Soviet of the Lithuanian SSR; Lithuanian Supreme Council | country=Lithuania
Organization | Supreme Soviet of Latvia | Supreme Soviet of the Latvian SSR | country=Latvia
Organization | Supreme Soviet of Estonia | Supreme Soviet of the Estonian SSR | country=Estonia
Organization | Saeima | Latvian Saeima; Saeima of Latvia; Saeima of the Republic of Latvia; Latvian Parliament | country=Latvia
Organization | Seimas | Lithuanian Seimas; Seimas of Lithuania; Seimas of the Republic of Lithuania; Lithuanian Parliament | country=Lithuania
Organization | Riigikogu | Estonian Riigikogu; Riigikogu of Estonia; Estonian Parliament | country=Estonia
Organization | Armenian National Assembly | Azgayin Zhoghov; Armenian Parliament | country=Armenia
Organization | Milli Majlis | Milli Mejlis; Milli Məclis; Azerbaijani Milli Majlis; Azerbaijani Parliament; Milli Majlis of Azerbaijan | country=Azerbaijan
Organization | Georgian Parliament |  | country=Georgia
Organization | Kazakh Parliament |  | country=Kazakhstan
Organization | Mazhilis | Majilis; Mazhilis of Kazakhstan; Majilis of Kazakhstan; Mazhilis of the Parliament of Kazakhstan; Kazakh Mazhilis | parent=Kazakh Parliament; country=Kazakhstan
Organization | Kazakh Senate |  | parent=Kazakh Parliament; country=Kazakhstan
Organization | Jogorku Kenesh | Zhogorku Kenesh; Jogorku Kenesh of Kyrgyzstan; Kyrgyz Jogorku Kenesh; Kyrgyz Parliament | country=Kyrgyzstan
Organization | Oliy Majlis | Oliy Majlis of Uzbekistan; Oliy Majlis of the Republic of Uzbekistan; Uzbek Parliament | country=Uzbekistan
Organization | Majlisi Oli | Majlisi Oli of Tajikistan; Tajik Parliament | country=Tajikistan
Organization | Mejlis of Turkmenistan | Turkmen Mejlis; Mejlis of the Turkmen | country=Turkmenistan
Organization | Halk Maslahaty | Khalk Maslakhaty | country=Turkmenistan

# --- The Middle East and North Africa
Organization | Knesset | Israeli Knesset; Knesset of Israel; Israeli parliament | country=Israel
Organization | Islamic Consultative Assembly | Majlis; Majles; Iranian Majlis; Majlis of Iran; Iranian Majles; Majlis-e Shura-ye Eslami; Iranian Parliament | country=Iran
Organization | Guardian Council | Council of Guardians; Guardian Council of the Constitution; Iranian Guardian Council; Iran's Guardian Council | country=Iran
Organization | Assembly of Experts | Assembly of Experts for the Leadership; Iranian Assembly of Experts | country=Iran
Organization | Expediency Discernment Council | Expediency Council; Expediency Discernment Council of the System; Iranian Expediency Council | country=Iran
Organization | Supreme National Security Council | Iran's Supreme National Security Council; Iranian Supreme National Security Council | country=Iran
Organization | Council of the Islamic Revolution | Iranian Revolutionary Council; Islamic Revolutionary Council | country=Iran
Organization | Iraqi Council of Representatives | Iraqi Parliament | country=Iraq
Organization | Iraqi Governing Council |  | country=Iraq
Organization | Coalition Provisional Authority |  | country=Iraq
Organization | Iraqi Presidency Council |  | country=Iraq
Organization | Iraqi Revolutionary Command Council | Iraq's Revolutionary Command Council | country=Iraq
Organization | Syrian People's Assembly | Majlis al-Shaab; Syrian Parliament | country=Syria
Organization | Lebanese Parliament | Lebanese Chamber of Deputies | country=Lebanon
Organization | Jordanian Parliament | Jordanian National Assembly | country=Jordan
Organization | Majlis al-Shura | Saudi Shura Council; Saudi Consultative Assembly | country=Saudi Arabia
Organization | Kuwaiti National Assembly | Kuwaiti Parliament; Kuwait National Assembly | country=Kuwait
Organization | Bahraini National Assembly | Bahraini Parliament | country=Bahrain
Organization | Qatari Shura Council | Qatar's Shura Council; Majlis al-Shura of Qatar | country=Qatar
Organization | Omani Shura Council | Majlis al-Shura of Oman; Majlis Oman | country=Oman
Organization | Federal National Council | FNC; UAE Federal National Council; Emirati Federal National Council | country=United Arab Emirates
Organization | Federal Supreme Council | UAE Federal Supreme Council | country=United Arab Emirates
Organization | House of Representatives of Yemen | Yemeni House of Representatives; Yemeni Parliament | country=Yemen
Organization | Supreme Political Council | Houthi Supreme Political Council; Supreme Political Council in Sanaa | country=Yemen
Organization | Palestinian Legislative Council | Palestinian parliament | country=Palestine
Organization | Palestinian National Council | Palestine National Council | parent=Palestine Liberation Organization; country=Palestine
Organization | Palestinian Central Council | PLO Central Council; Central Council of the PLO; Central Council of the Palestine Liberation Organization | parent=Palestine Liberation Organization; country=Palestine
Organization | PLO Executive Committee | Executive Committee of the PLO; Executive Committee of the Palestine Liberation Organization; PLO Executive | parent=Palestine Liberation Organization; country=Palestine
Organization | Egyptian Parliament |  | country=Egypt
Organization | House of Representatives of Egypt | Egyptian House of Representatives; Egypt's House of Representatives | parent=Egyptian Parliament; country=Egypt
Organization | Egyptian People's Assembly |  | country=Egypt
Organization | Egyptian Shura Council |  | country=Egypt
Organization | Supreme Council of the Armed Forces | SCAF; Egyptian Supreme Council of the Armed Forces; Supreme Council of the Egyptian Armed Forces | country=Egypt
Organization | Egyptian Revolutionary Command Council |  | country=Egypt
Organization | House of Representatives of Libya | Libyan House of Representatives; Libya's House of Representatives; Tobruk-based House of Representatives; Tobruk House of Representatives | country=Libya
Organization | General National Congress | GNC; Libyan General National Congress; General National Congress of Libya | country=Libya
Organization | Libyan Presidency Council | Libyan Presidential Council | country=Libya
Organization | General People's Congress of Libya | Libyan General People's Congress | country=Libya
Organization | Libyan Revolutionary Command Council |  | country=Libya
Organization | Assembly of the Representatives of the People | ARP; Tunisian Assembly of the Representatives of the People; Tunisian Parliament | country=Tunisia
Organization | People's National Assembly | Algerian People's National Assembly; Algerian National People's Assembly; Algerian Parliament | country=Algeria
Organization | Council of the Nation | Algerian Council of the Nation | country=Algeria
Organization | Algerian High Council of State | Algerian High State Council | country=Algeria
Organization | Moroccan Parliament |  | country=Morocco

# --- Sub-Saharan Africa
Organization | Nigerian National Assembly | Nigeria's National Assembly | country=Nigeria
Organization | Nigerian Senate |  | parent=Nigerian National Assembly; country=Nigeria
Organization | House of Representatives of Nigeria | Nigerian House of Representatives | parent=Nigerian National Assembly; country=Nigeria
Organization | Nigerian Supreme Military Council |  | country=Nigeria
Organization | Armed Forces Ruling Council | Nigerian Armed Forces Ruling Council | country=Nigeria
Organization | Provisional Ruling Council | Nigerian Provisional Ruling Council | country=Nigeria
Organization | Ghanaian Parliament |  | country=Ghana
Organization | Provisional National Defence Council | PNDC; Provisional National Defense Council | country=Ghana
Organization | Ghanaian National Liberation Council |  | country=Ghana
Organization | Sierra Leonean Parliament |  | country=Sierra Leone
Organization | National Provisional Ruling Council | NPRC | country=Sierra Leone
Organization | Legislature of Liberia | Liberian Legislature | country=Liberia
Organization | People's Redemption Council | Liberian People's Redemption Council | country=Liberia
Organization | Senegalese National Assembly |  | country=Senegal
Organization | National Assembly of Côte d'Ivoire | Ivorian National Assembly | country=Ivory Coast
Organization | Malian National Assembly |  | country=Mali
Organization | Malian National Transitional Council | Mali's National Transitional Council | country=Mali
Organization | Burkinabe Transitional Legislative Assembly |  | country=Burkina Faso
Organization | Burkinabe National Council of the Revolution |  | country=Burkina Faso
Organization | Chadian National Transitional Council | Chad's National Transitional Council | country=Chad
Organization | Chadian Transitional Military Council | Chad's Transitional Military Council | country=Chad
Organization | Guinean National Transitional Council |  | country=Guinea
Organization | Central African National Transitional Council |  | country=Central African Republic
Organization | Nigerien National Assembly |  | country=Niger
Organization | Cameroonian National Assembly |  | country=Cameroon
Organization | National Assembly of the Democratic Republic of the Congo | DRC National Assembly | country=DR Congo
Organization | Popular Movement of the Revolution | Mouvement Populaire de la Révolution; Popular Revolutionary Movement of Zaire | country=Zaire
Organization | Rwandan Parliament |  | country=Rwanda
Organization | Burundian National Assembly |  | country=Burundi
Organization | Kenyan Parliament |  | country=Kenya
Organization | Kenyan National Assembly |  | parent=Kenyan Parliament; country=Kenya
Organization | Kenyan Senate |  | parent=Kenyan Parliament; country=Kenya
Organization | Ugandan Parliament |  | country=Uganda
Organization | Tanzanian National Assembly | Tanzanian Parliament; Bunge la Tanzania | country=Tanzania
Organization | House of Peoples' Representatives | Ethiopian House of Peoples' Representatives; House of Peoples' Representatives of Ethiopia | parent=Federal Parliamentary Assembly; country=Ethiopia
Organization | House of Federation | House of the Federation; Ethiopian House of Federation | parent=Federal Parliamentary Assembly; country=Ethiopia
Organization | Federal Parliamentary Assembly | Ethiopian Federal Parliamentary Assembly; Ethiopian Parliament | country=Ethiopia
Organization | Somali Federal Parliament | Somali Parliament | country=Somalia
Organization | House of the People of Somalia | Somali House of the People | parent=Somali Federal Parliament; country=Somalia
Organization | Somali Supreme Revolutionary Council |  | country=Somalia
Organization | Transitional Federal Government | TFG; Somali Transitional Federal Government; Transitional Federal Government of Somalia | country=Somalia
Organization | Sudanese Transitional Military Council | Sudan's Transitional Military Council | country=Sudan
Organization | National Legislature of Sudan | Sudanese National Legislature | country=Sudan
Organization | Revolutionary Command Council for National Salvation | Sudanese Revolutionary Command Council for National Salvation | country=Sudan
Organization | Transitional National Legislative Assembly | Transitional National Legislature of South Sudan; Revitalized Transitional National Legislative Assembly; Reconstituted Transitional National Legislative Assembly | country=South Sudan
Organization | Zimbabwean Parliament |  | country=Zimbabwe
Organization | Zambian National Assembly | Zambian Parliament | country=Zambia
Organization | Malawian National Assembly | Malawian Parliament | country=Malawi
Organization | Mozambican Assembly of the Republic | Mozambican Parliament | country=Mozambique
Organization | Angolan National Assembly | Angolan Parliament | country=Angola
Organization | South African Parliament |  | country=South Africa
Organization | South African National Assembly |  | parent=South African Parliament; country=South Africa
Organization | National Council of Provinces | NCOP; South African National Council of Provinces | parent=South African Parliament; country=South Africa
Organization | Namibian National Assembly | Namibian Parliament | country=Namibia

# --- South and Central Asia
Organization | Afghan National Assembly | Afghan Parliament; Shura-e Milli | country=Afghanistan
Organization | Wolesi Jirga | House of the People of Afghanistan; Afghan Wolesi Jirga; Wolesi Jirga of Afghanistan | parent=Afghan National Assembly; country=Afghanistan
Organization | Meshrano Jirga | House of Elders of Afghanistan; Afghan Meshrano Jirga; Meshrano Jirga of Afghanistan | parent=Afghan National Assembly; country=Afghanistan
Organization | Loya Jirga | Afghan Loya Jirga; Emergency Loya Jirga; Constitutional Loya Jirga; Consultative Loya Jirga | country=Afghanistan
Organization | Afghan Revolutionary Council |  | country=Afghanistan
Organization | High Peace Council | Afghan High Peace Council | country=Afghanistan
Organization | High Council for National Reconciliation | HCNR; Afghan High Council for National Reconciliation | country=Afghanistan
Organization | Pakistani Parliament | Majlis-e-Shoora; Majlis-e-Shura of Pakistan | country=Pakistan
Organization | Pakistani National Assembly | Pakistan's National Assembly | parent=Pakistani Parliament; country=Pakistan
Organization | Pakistani Senate |  | parent=Pakistani Parliament; country=Pakistan
Organization | Indian Parliament | Sansad; Sansad of India | country=India
Organization | Lok Sabha | Indian Lok Sabha; House of the People of India | parent=Indian Parliament; country=India
Organization | Rajya Sabha | Indian Rajya Sabha | parent=Indian Parliament; country=India
Organization | Jatiya Sangsad | Jatiyo Sangshad; Jatiya Sangshad; Bangladeshi Parliament; Bangladesh Parliament | country=Bangladesh
Organization | Sri Lankan Parliament |  | country=Sri Lanka
Organization | Nepalese Parliament | Nepali Parliament | country=Nepal
Organization | House of Representatives of Nepal | Pratinidhi Sabha; Nepalese House of Representatives | parent=Nepalese Parliament; country=Nepal
Organization | Nepalese Constituent Assembly | Nepal's Constituent Assembly | country=Nepal
Organization | People's Majlis | Maldivian People's Majlis; Majlis of the Maldives; People's Majlis of the Maldives; Maldivian Parliament | country=Maldives

# --- East Asia
Organization | National People's Congress | NPC; China's National People's Congress; Chinese National People's Congress; National People's Congress of China; National People's Congress of the People's Republic of China | country=China
Organization | Standing Committee of the National People's Congress | NPC Standing Committee; NPCSC; Standing Committee of the NPC; National People's Congress Standing Committee | parent=National People's Congress; country=China
Organization | Chinese People's Political Consultative Conference | CPPCC; National Committee of the CPPCC; CPPCC National Committee; National Committee of the Chinese People's Political Consultative Conference | country=China
Organization | Chinese State Council | China's State Council | country=China
Organization | Chinese Central Military Commission | China's Central Military Commission; Central Military Commission of the CCP; CCP Central Military Commission | country=China
Organization | Legislative Yuan | Taiwan's Legislative Yuan; Legislative Yuan of Taiwan; Lifayuan | country=Taiwan
Organization | Executive Yuan | Taiwan's Executive Yuan; Executive Yuan of Taiwan; Xingzhengyuan | country=Taiwan
Organization | Control Yuan | Taiwan's Control Yuan | country=Taiwan
Organization | Judicial Yuan | Taiwan's Judicial Yuan | country=Taiwan
Organization | Examination Yuan | Taiwan's Examination Yuan | country=Taiwan
Organization | National Assembly of Taiwan | Taiwan's National Assembly | country=Taiwan
Organization | Supreme People's Assembly | DPRK Supreme People's Assembly; North Korean Supreme People's Assembly | country=North Korea
Organization | Presidium of the Supreme People's Assembly | Presidium of the DPRK Supreme People's Assembly; SPA Presidium | parent=Supreme People's Assembly; country=North Korea
Organization | State Affairs Commission | DPRK State Affairs Commission; North Korean State Affairs Commission | country=North Korea
Organization | DPRK National Defence Commission | DPRK National Defense Commission; North Korean National Defence Commission | country=North Korea
Organization | South Korean National Assembly | Korean National Assembly; ROK National Assembly | country=South Korea
Organization | National Diet | Diet of Japan; Japanese Diet; National Diet of Japan; Kokkai | country=Japan
Organization | House of Representatives of Japan | Japanese House of Representatives; Shugiin | parent=National Diet; country=Japan
Organization | House of Councillors of Japan | Japanese House of Councillors; Sangiin; House of Councilors of Japan | parent=National Diet; country=Japan
Organization | State Great Khural | Great Khural; Great Hural; State Great Hural; Mongolian State Great Khural; Mongolian Great Khural; Ulsyn Ikh Khural; Mongolian parliament; State Great Khural of Mongolia | country=Mongolia
Organization | People's Great Khural | People's Great Hural; Mongolian People's Great Khural | country=Mongolia

# --- South-East Asia
Organization | Pyidaungsu Hluttaw | Myanmar Union Parliament; Myanmar Parliament; Hluttaw; Myanmar's Parliament | country=Myanmar
Organization | Pyithu Hluttaw | House of Representatives of Myanmar; Myanmar House of Representatives; People's Assembly of Burma; Pyithu Hluttaw of Myanmar | parent=Pyidaungsu Hluttaw; country=Myanmar
Organization | Amyotha Hluttaw | House of Nationalities; House of Nationalities of Myanmar; Myanmar House of Nationalities | parent=Pyidaungsu Hluttaw; country=Myanmar
Organization | Committee Representing Pyidaungsu Hluttaw | CRPH; Committee Representing the Pyidaungsu Hluttaw | country=Myanmar
Organization | State Law and Order Restoration Council | SLORC; Burmese State Law and Order Restoration Council | country=Myanmar
Organization | State Peace and Development Council | Burmese State Peace and Development Council; Myanmar's State Peace and Development Council | country=Myanmar
Organization | Union Revolutionary Council | Revolutionary Council of Burma; Burmese Revolutionary Council | country=Myanmar
Organization | Myanmar National Defence and Security Council | Myanmar's National Defence and Security Council | country=Myanmar
Organization | Thai National Assembly | Thai Parliament | country=Thailand
Organization | National Council for Peace and Order | NCPO; Thai National Council for Peace and Order | country=Thailand
Organization | National Peace Keeping Council | NPKC; Thai National Peace Keeping Council | country=Thailand
Organization | Thai Council for National Security | Council for Democratic Reform under Constitutional Monarchy | country=Thailand
Organization | Vietnamese National Assembly | Vietnam's National Assembly | country=Vietnam
Organization | Lao National Assembly | Laotian National Assembly | country=Laos
Organization | Cambodian National Assembly | Cambodia's National Assembly | country=Cambodia
Organization | Cambodian Supreme National Council |  | country=Cambodia
Organization | Malaysian Parliament |  | country=Malaysia
Organization | Dewan Rakyat | House of Representatives of Malaysia; Malaysian House of Representatives; Malaysia's Dewan Rakyat | parent=Malaysian Parliament; country=Malaysia
Organization | Dewan Negara | Malaysian Senate; Malaysia's Dewan Negara | parent=Malaysian Parliament; country=Malaysia
Organization | Conference of Rulers | Majlis Raja-Raja; Malaysian Conference of Rulers | country=Malaysia
Organization | People's Consultative Assembly | Majelis Permusyawaratan Rakyat; Indonesian People's Consultative Assembly | country=Indonesia
Organization | House of Representatives of Indonesia | Dewan Perwakilan Rakyat; Indonesian House of Representatives; Indonesian parliament | parent=People's Consultative Assembly; country=Indonesia
Organization | Dewan Perwakilan Daerah | Indonesian Regional Representative Council | parent=People's Consultative Assembly; country=Indonesia
Organization | Congress of the Philippines | Philippine Congress | country=Philippines
Organization | Philippine Senate |  | parent=Congress of the Philippines; country=Philippines
Organization | House of Representatives of the Philippines | Philippine House of Representatives | parent=Congress of the Philippines; country=Philippines
Organization | Batasang Pambansa | Regular Batasang Pambansa; Interim Batasang Pambansa | country=Philippines
Organization | Bangsamoro Transition Authority | BTA; Bangsamoro Parliament | country=Philippines
Organization | Singaporean Parliament | Singapore Parliament | country=Singapore
Organization | Timorese National Parliament | National Parliament of East Timor | country=Timor-Leste

# --- The Americas
Organization | United States Congress | US Congress; U.S. Congress; Congress of the United States; American Congress | country=United States
Organization | United States Senate | US Senate; U.S. Senate; American Senate | parent=United States Congress; country=United States
Organization | United States House of Representatives | US House of Representatives; U.S. House of Representatives; House of Representatives of the United States | parent=United States Congress; country=United States
Organization | Senate Foreign Relations Committee | US Senate Foreign Relations Committee; U.S. Senate Foreign Relations Committee; Senate Committee on Foreign Relations; United States Senate Committee on Foreign Relations | parent=United States Senate; country=United States
Organization | United States National Security Council | US National Security Council; U.S. National Security Council | country=United States
Organization | Canadian Parliament |  | country=Canada
Organization | House of Commons of Canada | Canadian House of Commons | parent=Canadian Parliament; country=Canada
Organization | Congress of the Union | Mexican Congress; Congreso de la Unión; Congress of Mexico; Mexican Congress of the Union | country=Mexico
Organization | Congress of the Republic of Guatemala | Guatemalan Congress; Congress of Guatemala; Congreso de la República de Guatemala | country=Guatemala
Organization | Congress of the Republic of Peru | Peruvian Congress; Congress of Peru; Congreso de la República del Perú | country=Peru
Organization | Congress of Colombia | Colombian Congress; Congress of the Republic of Colombia; Congreso de la República de Colombia | country=Colombia
Organization | Venezuelan National Assembly | Asamblea Nacional de Venezuela; Venezuela's National Assembly | country=Venezuela
Organization | Venezuelan National Constituent Assembly | Venezuelan Constituent Assembly; Asamblea Nacional Constituyente de Venezuela | country=Venezuela
Organization | Nicaraguan National Assembly | Asamblea Nacional de Nicaragua | country=Nicaragua
Organization | Government Junta of National Reconstruction | Junta of National Reconstruction; Nicaraguan Junta of National Reconstruction | country=Nicaragua
Organization | Salvadoran Legislative Assembly | Salvadorean Legislative Assembly | country=El Salvador
Organization | Revolutionary Government Junta of El Salvador | Salvadoran Revolutionary Government Junta | country=El Salvador
Organization | National Congress of Honduras | Honduran National Congress; Honduran Congress | country=Honduras
Organization | National Assembly of People's Power | Asamblea Nacional del Poder Popular; Cuban National Assembly | country=Cuba
Organization | Cuban Council of State |  | parent=National Assembly of People's Power; country=Cuba
Organization | Haitian Parliament |  | country=Haiti
Organization | Transitional Presidential Council | Haitian Transitional Presidential Council | country=Haiti
Organization | Ecuadorian National Assembly |  | country=Ecuador
Organization | Plurinational Legislative Assembly | Bolivian Plurinational Legislative Assembly; Bolivian Congress; Bolivian Legislative Assembly | country=Bolivia
Organization | National Congress of Chile | Chilean Congress; Chilean National Congress; Congress of Chile | country=Chile
Organization | Government Junta of Chile | Junta de Gobierno de Chile; Chilean military junta; Chilean Junta; Military Junta of Chile | country=Chile
Organization | Argentine National Congress | National Congress of Argentina; Congress of Argentina; Argentine Congress | country=Argentina
Organization | Argentine military junta | Military Junta of Argentina; Junta Militar of Argentina | country=Argentina
Organization | National Congress of Brazil | Brazilian National Congress; Brazilian Congress; Congresso Nacional do Brasil | country=Brazil
Organization | Brazilian Federal Senate | Brazilian Senate | parent=National Congress of Brazil; country=Brazil

# --- Oceania
Organization | Australian Parliament |  | country=Australia
Organization | Australian Senate |  | parent=Australian Parliament; country=Australia
Organization | New Zealand Parliament | New Zealand House of Representatives | country=New Zealand
Organization | Great Council of Chiefs | Bose Levu Vakaturaga; Fijian Great Council of Chiefs | country=Fiji
Organization | Papua New Guinea Parliament | PNG Parliament | country=Papua New Guinea

# --- Executives, juntas and councils of state with a name of their own
# (the Sovereignty Council of Sudan, the Derg, Myanmar's State
# Administration Council, Niger's CNSP and Burkina Faso's MPSR are in
# international.lex)
Organization | Turkish National Security Council | Milli Güvenlik Kurulu; MGK | country=Turkey
Organization | Portuguese Council of the Revolution | Conselho da Revolução | country=Portugal
Organization | Armed Forces Movement (Portugal) | Movimento das Forças Armadas; Portuguese Armed Forces Movement | country=Portugal
Organization | Military Council of National Salvation | WRON; Wojskowa Rada Ocalenia Narodowego; Polish Military Council of National Salvation | country=Poland
Organization | National Salvation Front of Romania | Romanian National Salvation Front; Council of the National Salvation Front; Frontul Salvării Naționale | country=Romania
Organization | Military Council for Justice and Democracy | Mauritanian Military Council for Justice and Democracy; CMJD | country=Mauritania
Organization | Military Committee for National Liberation | Malian Military Committee for National Liberation; CMLN | country=Mali
Organization | Supreme Council for the Restoration of Democracy | Nigerien Supreme Council for the Restoration of Democracy; CSRD | country=Niger
Organization | Ghanaian Supreme Military Council |  | country=Ghana
Organization | Sierra Leonean Armed Forces Revolutionary Council |  | country=Sierra Leone
Organization | Ghanaian Armed Forces Revolutionary Council |  | country=Ghana

# --- Ruling and historic parties, and their organs (parties of armed
# conflicts, liberation movements and the ruling parties of southern and
# East Africa — ANC, SWAPO, MPLA, FRELIMO, ZANU-PF, KANU, CCM, PAIGC,
# TPLF, EPLF, PFDJ, Fretilin, Fatah, NLD — are in international.lex)
Organization | Communist Party of the Soviet Union | CPSU; Soviet Communist Party; KPSS | country=Soviet Union
Organization | Politburo of the Communist Party of the Soviet Union | Politburo of the CPSU; CPSU Politburo; Soviet Politburo; Politburo of the CPSU Central Committee; Presidium of the CPSU Central Committee | country=Soviet Union
Organization | Central Committee of the Communist Party of the Soviet Union | Central Committee of the CPSU; CPSU Central Committee; Soviet Communist Party Central Committee | country=Soviet Union
Organization | Communist Party of China | CCP; Chinese Communist Party | country=China
Organization | Politburo of the Communist Party of China | Politburo of the Chinese Communist Party; Politburo of the CCP; CCP Politburo; Chinese Politburo; Political Bureau of the CPC Central Committee; Political Bureau of the Central Committee of the Communist Party of China | country=China
Organization | Politburo Standing Committee of the Communist Party of China | Politburo Standing Committee of the Chinese Communist Party; Politburo Standing Committee of the CCP; CCP Politburo Standing Committee; Standing Committee of the Political Bureau of the CPC Central Committee | country=China
Organization | Central Committee of the Communist Party of China | Central Committee of the Chinese Communist Party; Central Committee of the CCP; CCP Central Committee; CPC Central Committee | country=China
Organization | Workers' Party of Korea | WPK; Korean Workers' Party; KWP | country=North Korea
Organization | Central Committee of the Workers' Party of Korea | WPK Central Committee; Central Committee of the WPK; Central Committee of the Korean Workers' Party | country=North Korea
Organization | Politburo of the Workers' Party of Korea | Politburo of the WPK; WPK Politburo; Political Bureau of the WPK Central Committee | country=North Korea
Organization | Central Military Commission of the Workers' Party of Korea | Central Military Commission of the WPK; WPK Central Military Commission | country=North Korea
Organization | Communist Party of Vietnam | CPV; Vietnamese Communist Party; Vietnam Communist Party | country=Vietnam
Organization | Politburo of the Communist Party of Vietnam | Politburo of the CPV; CPV Politburo; Vietnamese Politburo | country=Vietnam
Organization | Lao People's Revolutionary Party | LPRP; Lao People's Revolutionary Party of Laos | country=Laos
Organization | Mongolian People's Revolutionary Party | MPRP; Mongolian People's Party | country=Mongolia
Organization | Communist Party of Cuba | Cuban Communist Party; Partido Comunista de Cuba | country=Cuba
Organization | Socialist Unity Party of Germany | SED; Sozialistische Einheitspartei Deutschlands; East German Communist Party | country=German Democratic Republic
Organization | Polish United Workers' Party | PZPR; Polish Communist Party | country=Poland
Organization | Solidarność | Solidarnosc; Independent Self-Governing Trade Union Solidarity; Solidarity trade union | country=Poland
Organization | Communist Party of Czechoslovakia | KSČ; Czechoslovak Communist Party | country=Czechoslovakia
Organization | Hungarian Socialist Workers' Party | MSZMP; Hungarian Communist Party | country=Hungary
Organization | Romanian Communist Party | Communist Party of Romania | country=Romania
Organization | Bulgarian Communist Party | BKP; Communist Party of Bulgaria | country=Bulgaria
Organization | Party of Labour of Albania | Albanian Party of Labour; Party of Labor of Albania | country=Albania
Organization | League of Communists of Yugoslavia | LCY; SKJ; Yugoslav League of Communists; Savez komunista Jugoslavije | country=Yugoslavia
Organization | Socialist Party of Serbia | SPS; Serbian Socialist Party | country=Serbia
Organization | Party of Democratic Action | SDA; Stranka demokratske akcije | country=Bosnia and Herzegovina
Organization | United Russia | United Russia party | country=Russia
Organization | Communist Party of the Russian Federation | CPRF; Russian Communist Party | country=Russia
Organization | Liberal Democratic Party of Russia | LDPR | country=Russia
Organization | Party of Regions | Ukrainian Party of Regions | country=Ukraine
Organization | Georgian Dream | Georgian Dream party; Georgian Dream – Democratic Georgia | country=Georgia
Organization | Republican People's Party | CHP; Cumhuriyet Halk Partisi; Turkish Republican People's Party | country=Turkey
Organization | Ba'ath Party of Syria | Syrian Ba'ath Party; Syrian Baath Party; Syrian Ba'th Party; Arab Socialist Ba'ath Party of Syria; Ba'ath Party in Syria; Arab Socialist Ba'ath Party – Syria Region; Arab Socialist Baath Party of Syria | country=Syria
Organization | Ba'ath Party of Iraq | Iraqi Ba'ath Party; Iraqi Baath Party; Iraqi Ba'th Party; Arab Socialist Ba'ath Party of Iraq; Ba'ath Party in Iraq; Arab Socialist Ba'ath Party – Iraq Region; Arab Socialist Baath Party of Iraq | country=Iraq
Organization | Iraqi National Congress |  | country=Iraq
Organization | Islamic Republican Party | IRP; Islamic Republican Party of Iran | country=Iran
Organization | Likud | Likud party; Likud-National Liberal Movement | country=Israel
Organization | Israeli Labor Party | Israel Labor Party; Labor Party of Israel; Israeli Labour Party; HaAvoda; Avoda | country=Israel
Organization | Alignment (Israel) | Ma'arakh; HaMa'arakh; Labor Alignment; Israeli Alignment | country=Israel
Organization | Future Movement (Lebanon) | Tayyar al-Mustaqbal; Lebanese Future Movement; Future Movement of Lebanon; Future Movement party | country=Lebanon
Organization | Progressive Socialist Party | Lebanese Progressive Socialist Party | country=Lebanon
Organization | Muslim Brotherhood | Society of the Muslim Brothers; Ikhwan; al-Ikhwan al-Muslimun; Egyptian Muslim Brotherhood | country=Egypt
Organization | Freedom and Justice Party | Egyptian Freedom and Justice Party | country=Egypt
Organization | Wafd Party | New Wafd Party; Wafd | country=Egypt
Organization | Democratic Constitutional Rally | Rassemblement Constitutionnel Démocratique; Constitutional Democratic Rally | country=Tunisia
Organization | Neo Destour | Neo-Destour Party; Socialist Destourian Party; Parti Socialiste Destourien | country=Tunisia
Organization | Istiqlal Party | Istiqlal; Moroccan Istiqlal Party | country=Morocco
Organization | Indian National Congress | Congress party of India; Indian Congress Party | country=India
Organization | Bharatiya Janata Party | BJP | country=India
Organization | Pakistan Peoples Party | Pakistan People's Party; Pakistan Peoples' Party | country=Pakistan
Organization | Pakistan Muslim League (N) | PML N; Pakistan Muslim League-Nawaz; Pakistan Muslim League Nawaz | country=Pakistan
Organization | Pakistan Tehreek-e-Insaf | Pakistan Tehrik-e-Insaf; Tehreek-e-Insaf | country=Pakistan
Organization | Sri Lanka Freedom Party | SLFP | country=Sri Lanka
Organization | United National Party | UNP | country=Sri Lanka
Organization | Sri Lanka Podujana Peramuna | Podujana Peramuna; Sri Lanka People's Front | country=Sri Lanka
Organization | Kuomintang | KMT; Chinese Nationalist Party; Nationalist Party of China | country=Taiwan
Organization | Democratic Progressive Party of Taiwan | Taiwan's Democratic Progressive Party; Taiwanese Democratic Progressive Party | country=Taiwan
Organization | Liberal Democratic Party of Japan | LDP; Japanese Liberal Democratic Party; Jiyū Minshutō; Jimintō | country=Japan
Organization | United Malays National Organisation | UMNO; United Malays National Organization | country=Malaysia
Organization | Barisan Nasional | National Front of Malaysia; Malaysian National Front | country=Malaysia
Organization | Golkar | Golongan Karya; Party of the Functional Groups; Golkar Party | country=Indonesia
Organization | Indonesian Democratic Party of Struggle | PDI P; Partai Demokrasi Indonesia Perjuangan | country=Indonesia
Organization | Union Solidarity and Development Party | USDP | country=Myanmar
Organization | Burma Socialist Programme Party | BSPP; Burma Socialist Program Party | country=Myanmar
Organization | Institutional Revolutionary Party | PRI; Partido Revolucionario Institucional | country=Mexico
Organization | National Action Party of Mexico | Partido Acción Nacional; Mexican National Action Party | country=Mexico
Organization | National Regeneration Movement | Morena; Movimiento Regeneración Nacional | country=Mexico
Organization | American Popular Revolutionary Alliance | APRA; Alianza Popular Revolucionaria Americana; Peruvian Aprista Party; Partido Aprista Peruano | country=Peru
Organization | Justicialist Party | Partido Justicialista; Peronist Party | country=Argentina
Organization | Movement for Socialism (Bolivia) | MAS IPSP; Movement for Socialism of Bolivia; Bolivian Movement for Socialism; Movimiento al Socialismo-Instrumento Político por la Soberanía de los Pueblos | country=Bolivia
Organization | United National Independence Party | UNIP | country=Zambia
Organization | Movement for Multi-Party Democracy | MMD; Movement for Multiparty Democracy | country=Zambia
Organization | National Resistance Movement | NRM; Ugandan National Resistance Movement | country=Uganda
Organization | Prosperity Party | Ethiopian Prosperity Party | country=Ethiopia
Organization | Workers' Party of Ethiopia | WPE | country=Ethiopia
Organization | National Congress Party of Sudan | Sudanese National Congress Party | country=Sudan
Organization | Cameroon People's Democratic Movement | CPDM; Rassemblement démocratique du peuple camerounais; RDPC | country=Cameroon
Organization | Rally of the Togolese People | RPT; Rassemblement du peuple togolais | country=Togo
Organization | Sierra Leone People's Party |  | country=Sierra Leone

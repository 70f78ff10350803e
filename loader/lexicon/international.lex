# International and regional bodies, their organs, missions and the armed
# forces and armed groups of conflicts worldwide.
#
# Conventions of this file:
# - parent= names the body an organ or mission belongs to, by the exact
#   canonical name of its entry. UN organs follow the UN System Chart: the
#   principal organs belong to the United Nations, funds and programmes to
#   the General Assembly that created them, peace operations and political
#   missions to the Security Council that mandates them, departments and
#   offices to the Secretariat. Specialised agencies and related
#   organisations (WHO, FAO, IAEA, IOM…) are autonomous and have no parent.
# - An organ's canonical name is its body's canonical name and the organ's
#   own ("ECOWAS Commission", "Gulf Cooperation Council Ministerial
#   Council"), which is how the extractor finds the organ a communiqué of
#   that body names bare ("the Ministerial Council"); bodies best known by
#   their acronym (ECOWAS, IGAD, SADC, OSCE, OAS, ASEAN) are named by it.
# - A body's bare noun in its own communiqués ("the Commission", "the
#   Secretariat") is read as its one part whose name ends with that noun;
#   a bare "Parliament" is more often a national one, so the parliaments
#   of bodies have no parent (Pan-African, Arab) or a name that does not
#   end with the noun (Parliament of the Economic Community of West
#   African States).
# - No bare generic noun is an alias ("the Council", "Assembly", "Mission"),
#   nor a name several bodies share ("Permanent Council", "Ministerial
#   Council", "Executive Council", "Assembly of Heads of State and
#   Government", "National Unity Government"): those are written with
#   their body. Nor is an acronym another well-known body uses ("SNA" is
#   the Syrian National Army in bodies.lex, not the Somali National Army;
#   "CPC", "NPA", "NRC", "DPR" are left out).
# - "the Alliance" is NATO's in bodies.lex, and the matcher prefers the
#   match that starts first: a name starting with "Alliance" has its "the"
#   form too. "The Commonwealth" is not an alias: it starts the names of
#   several states ("the Commonwealth of Dominica").
# - "Summit" names are left out: "the ECOWAS Summit" is usually a meeting,
#   which the extractor finds as one.
# - Acronyms written with a hyphen ("SPLM-IO") are written here with a
#   space ("SPLM IO"): an all-capital alias is compared with the letters of
#   the text, and the hyphen is not a token (see lexicon.go's match).
#   Slashed forms ("SPLM/A-IO") cannot match, so the bare "SPLM", which
#   would match inside them, is left out.
# - A name with a comma cannot match the text (the comma stays a token
#   between its words): it is kept for the graph, and the body is found by
#   a shorter alias ("SADC Organ") or its acronym. Likewise a name with a
#   dotted initial ("Amina J. Mohammed" in people-world.lex).
# - Mixed-case acronyms whose letters spell an English word ("LeT", "JeM")
#   are left out, since they would be matched in any case.

# --- The United Nations: principal organs (UN Security Council, UN General
# Assembly and the United Nations are in bodies.lex; aliases added here)
Organization | United Nations | United Nations Organization
Organization | UN Security Council | Security Council of the United Nations
Organization | UN General Assembly | General Assembly of the United Nations; UNGA
Organization | Economic and Social Council | ECOSOC; UN Economic and Social Council; United Nations Economic and Social Council | parent=United Nations
Organization | UN Secretariat | United Nations Secretariat; Secretariat of the United Nations | parent=United Nations
Organization | International Court of Justice | ICJ; World Court | parent=United Nations
Organization | Trusteeship Council | UN Trusteeship Council; United Nations Trusteeship Council | parent=United Nations

# Subsidiary bodies of the General Assembly and the Security Council
Organization | UN Human Rights Council | UNHRC
Organization | Peacebuilding Commission | UN Peacebuilding Commission; United Nations Peacebuilding Commission | parent=United Nations
Organization | Counter-Terrorism Committee | Security Council Counter-Terrorism Committee; UN Counter-Terrorism Committee
Organization | International Law Commission | UN International Law Commission | parent=UN General Assembly
Organization | Independent International Commission of Inquiry on Ukraine | Commission of Inquiry on Ukraine; UN Commission of Inquiry on Ukraine | parent=UN Human Rights Council
Organization | Independent International Fact-Finding Mission on Myanmar | Fact-Finding Mission on Myanmar | parent=UN Human Rights Council
Organization | Independent Investigative Mechanism for Myanmar | IIMM | parent=UN Human Rights Council
Organization | Commission on Human Rights in South Sudan | UN Commission on Human Rights in South Sudan | parent=UN Human Rights Council
Organization | Independent International Fact-Finding Mission on Venezuela | Fact-Finding Mission on Venezuela | parent=UN Human Rights Council
Organization | International, Impartial and Independent Mechanism | IIIM; International Impartial and Independent Mechanism on Syria | parent=UN General Assembly
Organization | International Criminal Tribunal for the former Yugoslavia | ICTY; Yugoslavia Tribunal | parent=UN Security Council
Organization | International Criminal Tribunal for Rwanda | ICTR; Rwanda Tribunal | parent=UN Security Council
Organization | International Residual Mechanism for Criminal Tribunals | IRMCT; Residual Mechanism; UN Residual Mechanism | parent=UN Security Council

# Departments and offices of the Secretariat
Organization | Office for the Coordination of Humanitarian Affairs | United Nations Office for the Coordination of Humanitarian Affairs; UN Office for the Coordination of Humanitarian Affairs | parent=UN Secretariat
Organization | Office of the United Nations High Commissioner for Human Rights | OHCHR; Office of the High Commissioner for Human Rights; UN Human Rights Office; UN Human Rights; UN Human Rights Office of the High Commissioner | parent=UN Secretariat
Organization | Department of Political and Peacebuilding Affairs | DPPA; UN Department of Political and Peacebuilding Affairs; Department of Political Affairs | parent=UN Secretariat
Organization | Department of Peace Operations | DPO; UN Department of Peace Operations; Department of Peacekeeping Operations; DPKO | parent=UN Secretariat
Organization | Executive Office of the Secretary-General | EOSG | parent=UN Secretariat
Organization | UN Office for Disarmament Affairs | United Nations Office for Disarmament Affairs; UNODA | parent=UN Secretariat
Organization | UN Office of Counter-Terrorism | United Nations Office of Counter-Terrorism; UNOCT | parent=UN Secretariat
Organization | UN Office on Drugs and Crime | United Nations Office on Drugs and Crime; UNODC | parent=UN Secretariat
Organization | United Nations Office at Geneva | UNOG; UN Office at Geneva | parent=UN Secretariat
Organization | United Nations Office at Nairobi | UNON; UN Office at Nairobi | parent=UN Secretariat
Organization | United Nations Office at Vienna | UNOV; UN Office at Vienna | parent=UN Secretariat
Organization | UN Mine Action Service | United Nations Mine Action Service; UNMAS | parent=Department of Peace Operations
Organization | Office of the Special Envoy of the Secretary-General for Yemen | OSESGY; Office of the UN Special Envoy for Yemen | parent=UN Secretariat
Organization | Office of the UN Special Coordinator for the Middle East Peace Process | UNSCO; United Nations Special Coordinator Office for the Middle East Peace Process; Office of the United Nations Special Coordinator for the Middle East Peace Process | parent=UN Secretariat
Organization | Office of the UN Special Coordinator for Lebanon | UNSCOL; Office of the United Nations Special Coordinator for Lebanon | parent=UN Secretariat

# Funds and programmes (subsidiary organs of the General Assembly)
Organization | UNHCR | Office of the United Nations High Commissioner for Refugees; Office of the UN High Commissioner for Refugees | parent=UN General Assembly
Organization | UNICEF | UN Children's Fund; United Nations International Children's Emergency Fund | parent=UN General Assembly
Organization | World Food Programme | UN World Food Programme; United Nations World Food Programme; UN World Food Program
Organization | United Nations Development Programme | UNDP; UN Development Programme; United Nations Development Program; UN Development Program | parent=UN General Assembly
Organization | United Nations Population Fund | UNFPA; UN Population Fund | parent=UN General Assembly
Organization | United Nations Environment Programme | UNEP; UN Environment Programme; UN Environment | parent=UN General Assembly
Organization | UN-Habitat | United Nations Human Settlements Programme; UN Human Settlements Programme | parent=UN General Assembly
Organization | UN Women | United Nations Entity for Gender Equality and the Empowerment of Women | parent=UN General Assembly
Organization | UNRWA | United Nations Relief and Works Agency for Palestine Refugees in the Near East; UN Relief and Works Agency for Palestine Refugees in the Near East; UN Relief and Works Agency; United Nations Relief and Works Agency | parent=UN General Assembly
Organization | United Nations Conference on Trade and Development | UNCTAD; UN Conference on Trade and Development | parent=UN General Assembly
Organization | United Nations Office for Project Services | UNOPS; UN Office for Project Services
Organization | United Nations University | UN University

# Regional commissions (of the Economic and Social Council)
Organization | United Nations Economic Commission for Africa | UNECA; ECA; UN Economic Commission for Africa; Economic Commission for Africa | parent=Economic and Social Council
Organization | Economic and Social Commission for Western Asia | ESCWA; UN ESCWA; United Nations Economic and Social Commission for Western Asia | parent=Economic and Social Council
Organization | Economic and Social Commission for Asia and the Pacific | ESCAP; UN ESCAP; United Nations Economic and Social Commission for Asia and the Pacific | parent=Economic and Social Council
Organization | Economic Commission for Latin America and the Caribbean | ECLAC; UN ECLAC; United Nations Economic Commission for Latin America and the Caribbean | parent=Economic and Social Council
Organization | United Nations Economic Commission for Europe | UNECE; UN Economic Commission for Europe; Economic Commission for Europe | parent=Economic and Social Council

# Specialised agencies and related organisations (autonomous: no parent)
Organization | World Health Organization | WHO; World Health Organisation
Organization | Food and Agriculture Organization | FAO; Food and Agriculture Organization of the United Nations; Food and Agriculture Organisation; UN Food and Agriculture Organization
Organization | UNESCO | United Nations Educational, Scientific and Cultural Organization; UN Educational, Scientific and Cultural Organization; United Nations Educational, Scientific and Cultural Organisation
Organization | International Labour Organization | ILO; International Labor Organization; International Labour Organisation
Organization | International Monetary Fund | IMF
Organization | World Bank | World Bank Group
Organization | International Fund for Agricultural Development | IFAD
Organization | United Nations Industrial Development Organization | UNIDO
Organization | International Civil Aviation Organization | ICAO
Organization | International Maritime Organization | IMO
Organization | International Telecommunication Union | ITU
Organization | World Meteorological Organization | WMO
Organization | International Atomic Energy Agency | IAEA
Organization | International Organization for Migration | IOM; UN Migration; International Organisation for Migration
Organization | World Trade Organization | WTO; World Trade Organisation
Organization | Comprehensive Nuclear-Test-Ban Treaty Organization | CTBTO
Organization | Permanent Court of Arbitration | PCA
Organization | Special Tribunal for Lebanon | STL
Organization | Special Court for Sierra Leone | SCSL

# Peace operations (mandated by the Security Council)
Organization | MONUSCO | United Nations Organization Stabilization Mission in the Democratic Republic of the Congo; UN Organization Stabilization Mission in the Democratic Republic of the Congo; UN Stabilization Mission in the DRC; United Nations Stabilization Mission in the Democratic Republic of the Congo | parent=UN Security Council
Organization | MONUC | United Nations Organization Mission in the Democratic Republic of the Congo; UN Organization Mission in the Democratic Republic of the Congo | parent=UN Security Council
Organization | MINUSMA | United Nations Multidimensional Integrated Stabilization Mission in Mali; UN Multidimensional Integrated Stabilization Mission in Mali | parent=UN Security Council
Organization | MINUSCA | United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic; UN Multidimensional Integrated Stabilization Mission in the Central African Republic | parent=UN Security Council
Organization | UNMISS | United Nations Mission in South Sudan; UN Mission in South Sudan; United Nations Mission in the Republic of South Sudan | parent=UN Security Council
Organization | UNMIS | United Nations Mission in Sudan; UN Mission in Sudan | parent=UN Security Council
Organization | UNAMID | African Union-United Nations Hybrid Operation in Darfur; AU-UN Hybrid Operation in Darfur; African Union-UN Hybrid Operation in Darfur | parent=UN Security Council
Organization | UNISFA | United Nations Interim Security Force for Abyei; UN Interim Security Force for Abyei | parent=UN Security Council
Organization | UNIFIL | United Nations Interim Force in Lebanon; UN Interim Force in Lebanon | parent=UN Security Council
Organization | UNFICYP | United Nations Peacekeeping Force in Cyprus; UN Peacekeeping Force in Cyprus | parent=UN Security Council
Organization | UNDOF | United Nations Disengagement Observer Force; UN Disengagement Observer Force | parent=UN Security Council
Organization | UNTSO | United Nations Truce Supervision Organization; UN Truce Supervision Organization | parent=UN Security Council
Organization | UNMIK | United Nations Interim Administration Mission in Kosovo; UN Interim Administration Mission in Kosovo | parent=UN Security Council
Organization | MINURSO | United Nations Mission for the Referendum in Western Sahara; UN Mission for the Referendum in Western Sahara | parent=UN Security Council
Organization | UNMOGIP | United Nations Military Observer Group in India and Pakistan; UN Military Observer Group in India and Pakistan | parent=UN Security Council
Organization | MINUSTAH | United Nations Stabilization Mission in Haiti; UN Stabilization Mission in Haiti | parent=UN Security Council
Organization | UNMIL | United Nations Mission in Liberia; UN Mission in Liberia | parent=UN Security Council
Organization | UNOCI | United Nations Operation in Côte d'Ivoire; UN Operation in Côte d'Ivoire | parent=UN Security Council
Organization | UNSMIS | United Nations Supervision Mission in Syria; UN Supervision Mission in Syria | parent=UN Security Council
# Special political missions (mandated by the Security Council)
Organization | UNSMIL | United Nations Support Mission in Libya; UN Support Mission in Libya | parent=UN Security Council
Organization | UNAMA | United Nations Assistance Mission in Afghanistan; UN Assistance Mission in Afghanistan | parent=UN Security Council
Organization | UNAMI | United Nations Assistance Mission for Iraq; UN Assistance Mission for Iraq | parent=UN Security Council
Organization | UNITAMS | United Nations Integrated Transition Assistance Mission in Sudan; UN Integrated Transition Assistance Mission in Sudan | parent=UN Security Council
Organization | BINUH | United Nations Integrated Office in Haiti; UN Integrated Office in Haiti | parent=UN Security Council
Organization | UNMHA | United Nations Mission to support the Hodeidah Agreement; UN Mission to Support the Hodeidah Agreement | parent=UN Security Council
Organization | UNVMC | United Nations Verification Mission in Colombia; UN Verification Mission in Colombia | parent=UN Security Council
Organization | UNSOM | United Nations Assistance Mission in Somalia; UN Assistance Mission in Somalia | parent=UN Security Council
Organization | UNTMIS | United Nations Transitional Assistance Mission in Somalia; UN Transitional Assistance Mission in Somalia | parent=UN Security Council
Organization | UNSOS | United Nations Support Office in Somalia; UN Support Office in Somalia | parent=UN Security Council
Organization | UNOWAS | United Nations Office for West Africa and the Sahel; UN Office for West Africa and the Sahel | parent=UN Security Council
Organization | UNOCA | United Nations Regional Office for Central Africa; UN Regional Office for Central Africa | parent=UN Security Council
Organization | UNIOGBIS | United Nations Integrated Peacebuilding Office in Guinea-Bissau; UN Integrated Peacebuilding Office in Guinea-Bissau | parent=UN Security Council
Organization | UNOAU | United Nations Office to the African Union; UN Office to the African Union | parent=UN Secretariat

# The Red Cross and Red Crescent Movement and humanitarian organisations
Organization | International Federation of Red Cross and Red Crescent Societies | IFRC; International Federation of the Red Cross and Red Crescent Societies
Organization | Médecins Sans Frontières | Doctors Without Borders; MSF
Organization | International Crisis Group

# --- The African Union
Organization | African Union | AU
Organization | Organisation of African Unity | Organization of African Unity; OAU
Organization | African Union Assembly | Assembly of the African Union; AU Assembly; Assembly of Heads of State and Government of the African Union; Assembly of the AU | parent=African Union
Organization | African Union Executive Council | Executive Council of the African Union; AU Executive Council; Executive Council of the AU | parent=African Union
Organization | Peace and Security Council | AU Peace and Security Council; African Union Peace and Security Council; Peace and Security Council of the African Union; Peace and Security Council of the AU; PSC; AU PSC; AUPSC | parent=African Union
Organization | African Union Commission | AU Commission; AUC; Commission of the African Union; Commission of the AU | parent=African Union
Organization | Pan-African Parliament | PAP
Organization | African Court on Human and Peoples' Rights | African Court; AfCHPR | parent=African Union
Organization | African Commission on Human and Peoples' Rights | ACHPR | parent=African Union
Organization | Panel of the Wise | AU Panel of the Wise; African Union Panel of the Wise | parent=African Union
Organization | African Union High-Level Implementation Panel | AUHIP; AU High-Level Implementation Panel | parent=African Union
Organization | African Standby Force | | parent=African Union
Organization | AUDA-NEPAD | African Union Development Agency; NEPAD; New Partnership for Africa's Development | parent=African Union
Organization | AMISOM | African Union Mission in Somalia; AU Mission in Somalia | parent=African Union
Organization | ATMIS | African Union Transition Mission in Somalia; AU Transition Mission in Somalia | parent=African Union
Organization | AUSSOM | African Union Support and Stabilization Mission in Somalia; AU Support and Stabilization Mission in Somalia | parent=African Union

# --- Regional economic communities and other African bodies
Organization | ECOWAS | Economic Community of West African States; CEDEAO
Organization | ECOWAS Authority of Heads of State and Government | Authority of Heads of State and Government; Authority of Heads of State and Government of ECOWAS; ECOWAS Authority; Authority of ECOWAS Heads of State and Government; Authority of Heads of State and Government of the Economic Community of West African States | parent=ECOWAS
Organization | ECOWAS Council of Ministers | Council of Ministers of ECOWAS | parent=ECOWAS
Organization | ECOWAS Mediation and Security Council | Mediation and Security Council | parent=ECOWAS
Organization | ECOWAS Commission | Commission of the Economic Community of West African States; Commission of ECOWAS | parent=ECOWAS
Organization | Parliament of the Economic Community of West African States | ECOWAS Parliament; Parliament of ECOWAS | parent=ECOWAS
Organization | ECOWAS Court of Justice | Community Court of Justice; ECOWAS Community Court of Justice | parent=ECOWAS
Organization | ECOWAS Standby Force | | parent=ECOWAS
Organization | ECOMOG | ECOWAS Monitoring Group; ECOWAS Ceasefire Monitoring Group | parent=ECOWAS
Organization | ECOMIG | ECOWAS Mission in The Gambia; ECOWAS Mission in Gambia | parent=ECOWAS
Organization | West African Economic and Monetary Union | WAEMU; UEMOA
Organization | Alliance of Sahel States | the Alliance of Sahel States; AES; Alliance des États du Sahel; the Alliance des États du Sahel; Confederation of Sahel States
Organization | G5 Sahel | Group of Five for the Sahel; G5S
Organization | G5 Sahel Joint Force | Joint Force of the G5 Sahel; FC G5S | parent=G5 Sahel
Organization | Lake Chad Basin Commission | LCBC
Organization | Multinational Joint Task Force | MNJTF | parent=Lake Chad Basin Commission
Organization | SADC | Southern African Development Community
Organization | SADC Organ on Politics, Defence and Security Cooperation | Organ on Politics, Defence and Security Cooperation; SADC Organ | parent=SADC
Organization | SADC Secretariat | Secretariat of the Southern African Development Community | parent=SADC
Organization | SAMIM | SADC Mission in Mozambique | parent=SADC
Organization | SAMIDRC | SADC Mission in the Democratic Republic of Congo; SADC Mission in the Democratic Republic of the Congo; SADC Mission in the DRC | parent=SADC
Organization | IGAD | Intergovernmental Authority on Development
Organization | IGAD Assembly of Heads of State and Government | IGAD Assembly; Assembly of Heads of State and Government of IGAD; Assembly of IGAD Heads of State and Government | parent=IGAD
Organization | IGAD Council of Ministers | Council of Ministers of IGAD | parent=IGAD
Organization | IGAD Secretariat | | parent=IGAD
Organization | Reconstituted Joint Monitoring and Evaluation Commission | RJMEC
Organization | CTSAMVM | Ceasefire and Transitional Security Arrangements Monitoring and Verification Mechanism
Organization | East African Community | EAC
Organization | East African Legislative Assembly | EALA | parent=East African Community
Organization | East African Court of Justice | EACJ | parent=East African Community
Organization | East African Community Secretariat | EAC Secretariat | parent=East African Community
Organization | East African Community Regional Force | EACRF; EAC Regional Force | parent=East African Community
Organization | ECCAS | Economic Community of Central African States; CEEAC
Organization | ECCAS Commission | Commission of ECCAS | parent=ECCAS
Organization | Economic and Monetary Community of Central Africa | CEMAC
Organization | International Conference on the Great Lakes Region | ICGLR
Organization | Common Market for Eastern and Southern Africa | COMESA
Organization | Arab Maghreb Union | AMU; UMA; Maghreb Arab Union

# --- The Arab and Islamic world (League of Arab States, OIC and GCC are in
# bodies.lex; organs and aliases added here)
Organization | League of Arab States | League of the Arab States
Organization | League of Arab States General Secretariat | Arab League General Secretariat; General Secretariat of the League of Arab States; General Secretariat of the Arab League; Arab League Secretariat | parent=League of Arab States
Organization | Arab Parliament
Organization | Organisation of Islamic Cooperation | Organization of the Islamic Conference
Organization | Organisation of Islamic Cooperation Council of Foreign Ministers | OIC Council of Foreign Ministers; Council of Foreign Ministers of the OIC; Council of Foreign Ministers of the Organisation of Islamic Cooperation; Council of Foreign Ministers of the Organization of Islamic Cooperation; OIC CFM | parent=Organisation of Islamic Cooperation
Organization | Islamic Summit | Islamic Summit Conference | parent=Organisation of Islamic Cooperation
Organization | Organisation of Islamic Cooperation General Secretariat | OIC General Secretariat; General Secretariat of the OIC; General Secretariat of the Organisation of Islamic Cooperation | parent=Organisation of Islamic Cooperation
Organization | Gulf Cooperation Council Ministerial Council | GCC Ministerial Council; Ministerial Council of the Gulf Cooperation Council; Ministerial Council of the GCC; Ministerial Council of the Cooperation Council for the Arab States of the Gulf | parent=Gulf Cooperation Council
Organization | Gulf Cooperation Council Supreme Council | GCC Supreme Council; Supreme Council of the Gulf Cooperation Council; Supreme Council of the GCC; Supreme Council of the Cooperation Council for the Arab States of the Gulf | parent=Gulf Cooperation Council
Organization | Gulf Cooperation Council General Secretariat | GCC General Secretariat; GCC Secretariat General; GCC Secretariat; General Secretariat of the Gulf Cooperation Council; Secretariat General of the Gulf Cooperation Council | parent=Gulf Cooperation Council
Organization | Peninsula Shield Force | Peninsula Shield; Peninsula Shield Forces | parent=Gulf Cooperation Council
Organization | Coalition to Restore Legitimacy in Yemen | Saudi-led coalition; Arab Coalition; Arab coalition in Yemen; Coalition to Support Legitimacy in Yemen
Organization | Union for the Mediterranean

# --- Europe
Organization | European Council | EUCO
Organization | Council of the European Union | Council of Ministers of the European Union; EU Council of Ministers
Organization | Foreign Affairs Council | EU Foreign Affairs Council; Foreign Affairs Council of the European Union | parent=Council of the European Union
Organization | General Affairs Council | EU General Affairs Council | parent=Council of the European Union
Organization | Political and Security Committee | EU Political and Security Committee | parent=Council of the European Union
Organization | European Commission | EU Commission; Commission of the European Union
Organization | European External Action Service | EEAS; EU External Action Service | parent=European Union
Organization | Court of Justice of the European Union | CJEU; European Court of Justice; ECJ | parent=European Union
Organization | European Central Bank | ECB | parent=European Union
Organization | EUFOR Althea | EUFOR; European Union Force Althea; Operation Althea | parent=European Union
Organization | EULEX Kosovo | EULEX; European Union Rule of Law Mission in Kosovo; EU Rule of Law Mission in Kosovo | parent=European Union
Organization | EU Monitoring Mission in Georgia | EUMM; EUMM Georgia; European Union Monitoring Mission in Georgia | parent=European Union
Organization | EU Mission in Armenia | EUMA; European Union Mission in Armenia | parent=European Union
Organization | EU Advisory Mission Ukraine | EUAM Ukraine; European Union Advisory Mission Ukraine | parent=European Union
Organization | EUNAVFOR MED Irini | Operation Irini; EUNAVFOR MED; EU Operation Irini | parent=European Union
Organization | EUNAVFOR Atalanta | Operation Atalanta; EU Operation Atalanta | parent=European Union
Organization | EUNAVFOR Aspides | Operation Aspides; EU Operation Aspides | parent=European Union
Organization | EU Training Mission in Mali | EUTM Mali; European Union Training Mission in Mali | parent=European Union
Organization | EU Border Assistance Mission in Libya | EUBAM Libya | parent=European Union
Organization | EU Border Assistance Mission at Rafah | EUBAM Rafah | parent=European Union
Organization | North Atlantic Council | NAC
Organization | NATO Military Committee | Military Committee of NATO | parent=NATO
Organization | Supreme Headquarters Allied Powers Europe | SHAPE | parent=NATO
Organization | Kosovo Force | KFOR | parent=NATO
Organization | International Security Assistance Force | ISAF | parent=NATO
Organization | Resolute Support Mission | Resolute Support; Operation Resolute Support | parent=NATO
Organization | NATO Parliamentary Assembly | NATO PA | parent=NATO
Organization | NATO-Russia Council | | parent=NATO
Organization | NATO-Ukraine Council | | parent=NATO
Organization | OSCE | Organization for Security and Co-operation in Europe; Organisation for Security and Co-operation in Europe; Organization for Security and Cooperation in Europe; Organisation for Security and Cooperation in Europe
Organization | Conference on Security and Co-operation in Europe | CSCE; Conference on Security and Cooperation in Europe
Organization | OSCE Permanent Council | Permanent Council of the OSCE; Permanent Council of the Organization for Security and Co-operation in Europe | parent=OSCE
Organization | OSCE Ministerial Council | Ministerial Council of the OSCE | parent=OSCE
Organization | OSCE Minsk Group | Minsk Group; Minsk Group of the OSCE | parent=OSCE
Organization | Office for Democratic Institutions and Human Rights | ODIHR; OSCE Office for Democratic Institutions and Human Rights; OSCE ODIHR | parent=OSCE
Organization | OSCE Special Monitoring Mission to Ukraine | Special Monitoring Mission to Ukraine; OSCE Special Monitoring Mission; Special Monitoring Mission; SMM; OSCE SMM | parent=OSCE
Organization | OSCE High Commissioner on National Minorities | High Commissioner on National Minorities; HCNM | parent=OSCE
Organization | Trilateral Contact Group | Trilateral Contact Group on Ukraine; TCG
Organization | Normandy Format | Normandy Four; Normandy format talks
Organization | Council of Europe
Organization | Committee of Ministers of the Council of Europe | Council of Europe Committee of Ministers | parent=Council of Europe
Organization | Parliamentary Assembly of the Council of Europe | PACE; Council of Europe Parliamentary Assembly | parent=Council of Europe
Organization | European Court of Human Rights | ECtHR; Strasbourg Court | parent=Council of Europe
Organization | Venice Commission | European Commission for Democracy through Law | parent=Council of Europe

# --- Eurasia, Asia and the Pacific
Organization | Collective Security Treaty Organization | CSTO; Collective Security Treaty Organisation
Organization | Shanghai Cooperation Organisation | SCO; Shanghai Cooperation Organization
Organization | Commonwealth of Independent States | CIS
Organization | Eurasian Economic Union | EAEU; Eurasian Union
Organization | ASEAN | Association of Southeast Asian Nations; Association of South-East Asian Nations
Organization | ASEAN Secretariat | Secretariat of ASEAN | parent=ASEAN
Organization | ASEAN Regional Forum | ARF | parent=ASEAN
Organization | ASEAN Intergovernmental Commission on Human Rights | AICHR | parent=ASEAN
Organization | East Asia Summit
Organization | Pacific Islands Forum | PIF
Organization | Pacific Islands Forum Secretariat | PIFS | parent=Pacific Islands Forum
Organization | South Asian Association for Regional Cooperation | SAARC
Organization | Quadrilateral Security Dialogue

# --- The Americas
Organization | OAS | Organization of American States; Organisation of American States; OEA
Organization | OAS Permanent Council | Permanent Council of the OAS; Permanent Council of the Organization of American States | parent=OAS
Organization | OAS General Assembly | General Assembly of the OAS; General Assembly of the Organization of American States | parent=OAS
Organization | Inter-American Commission on Human Rights | IACHR | parent=OAS
Organization | Inter-American Court of Human Rights | | parent=OAS
Organization | CARICOM | Caribbean Community
Organization | Community of Latin American and Caribbean States | CELAC
Organization | Mercosur | MERCOSUR; Mercosul; Southern Common Market
Organization | Union of South American Nations | UNASUR
Organization | Bolivarian Alliance for the Peoples of Our America | ALBA
Organization | Central American Integration System | SICA
Organization | Andean Community
Organization | Lima Group

# --- Global groupings
Organization | G7 | Group of 7
Organization | G8 | Group of Eight; G-8
Organization | G20 | Group of Twenty; G-20; Group of 20
Organization | BRICS
Organization | Commonwealth of Nations
Organization | Commonwealth Secretariat | | parent=Commonwealth of Nations
Organization | Non-Aligned Movement | NAM
Organization | Organisation internationale de la Francophonie | OIF; International Organisation of La Francophonie; La Francophonie
Organization | Middle East Quartet | Quartet on the Middle East

# --- Armed forces, armed groups and political-military movements
# Horn of Africa and Sudan
Organization | Al-Shabaab | al-Shabab; Harakat al-Shabaab al-Mujahideen; Harakat al-Shabab al-Mujahidin; Shabaab
Organization | Somali National Army | Somali National Armed Forces
Organization | Sudanese Armed Forces | SAF; Sudan Armed Forces; Sudanese army
Organization | Rapid Support Forces | RSF
Organization | Sovereignty Council | Transitional Sovereignty Council; Sovereign Council; Sudan Sovereignty Council
Organization | Forces of Freedom and Change | FFC; Forces for Freedom and Change; Freedom and Change Forces
Organization | Justice and Equality Movement | JEM
Organization | Sudan Liberation Movement | SLM; Sudan Liberation Army
Organization | Sudan People's Liberation Movement-North | SPLM N; SPLM-North
Organization | Sudan People's Liberation Movement
Organization | Sudan People's Liberation Movement-in-Opposition | SPLM IO; Sudan People's Liberation Army-in-Opposition; SPLA IO
Organization | Sudan People's Liberation Army | SPLA
Organization | South Sudan People's Defence Forces | SSPDF; South Sudan People's Defense Forces
Organization | Tigray People's Liberation Front | TPLF
Organization | Tigray Defense Forces | TDF; Tigray Defence Forces
Organization | Ethiopian National Defense Force | ENDF; Ethiopian National Defence Force; Ethiopian National Defence Forces; Ethiopian National Defense Forces
Organization | Eritrean Defence Forces | Eritrean Defense Forces
Organization | Oromo Liberation Army | OLA
Organization | Fano | Fano militia; Amhara Fano
# Great Lakes
Organization | Armed Forces of the Democratic Republic of the Congo | FARDC; Forces Armées de la République Démocratique du Congo; Congolese Armed Forces
Organization | M23 | March 23 Movement; Mouvement du 23 mars; M23 movement
Organization | Alliance Fleuve Congo | the Alliance Fleuve Congo; AFC; Congo River Alliance
Organization | Democratic Forces for the Liberation of Rwanda | FDLR; Forces Démocratiques de Libération du Rwanda
Organization | Allied Democratic Forces | ADF
Organization | CODECO | Cooperative for the Development of Congo; Coopérative pour le développement du Congo
Organization | Rwanda Defence Force | RDF; Rwanda Defense Force; Rwandan Defence Force
Organization | Uganda People's Defence Force | UPDF; Uganda People's Defence Forces; Uganda People's Defense Force
Organization | Kenya Defence Forces | KDF; Kenya Defense Forces
Organization | South African National Defence Force | SANDF
Organization | Burundi National Defence Force | FDNB; Burundi National Defense Force
# Central Africa
Organization | Central African Armed Forces | FACA
Organization | Coalition of Patriots for Change
Organization | Seleka | ex-Seleka
Organization | Anti-balaka
Organization | Wagner Group | PMC Wagner; Wagner PMC; Wagner private military company
Organization | Africa Corps | Russian Africa Corps
# West Africa and the Sahel
Organization | Boko Haram | Jama'atu Ahlis Sunna Lidda'awati wal-Jihad
Organization | ISWAP | Islamic State West Africa Province; Islamic State's West Africa Province; Islamic State in West Africa Province; IS West Africa Province
Organization | Islamic State Sahel Province | Islamic State in the Greater Sahara; ISGS; IS Sahel; Islamic State Sahel
Organization | JNIM | Jama'at Nusrat al-Islam wal-Muslimin; Group for the Support of Islam and Muslims; GSIM
Organization | Al-Qaeda in the Islamic Maghreb | AQIM; al-Qaida in the Islamic Maghreb
Organization | Ansarul Islam | Ansaroul Islam
Organization | Coordination of Azawad Movements | CMA; Coordination des Mouvements de l'Azawad
Organization | National Movement for the Liberation of Azawad | MNLA
Organization | Indigenous People of Biafra | IPOB
# Military juntas of the Sahel and West Africa
Organization | National Council for the Safeguard of the Homeland | CNSP; Conseil national pour la sauvegarde de la patrie
Organization | National Committee for the Salvation of the People | Comité national pour le salut du peuple
Organization | Patriotic Movement for Safeguard and Restoration | MPSR; Mouvement patriotique pour la sauvegarde et la restauration
Organization | National Committee of Reconciliation and Development | CNRD; Comité national du rassemblement pour le développement
# North Africa and Libya
Organization | Libyan National Army | LNA; Libyan Arab Armed Forces; LAAF
Organization | Government of National Accord | GNA
Organization | High Council of State | Libyan High Council of State
# Middle East
Organization | Houthis | Houthi; Houthi movement; Houthi militia; Houthi militias; Houthi rebels; Ansar Allah; Ansarallah; Ansarullah
Organization | Presidential Leadership Council | Yemen's Presidential Leadership Council; Yemeni Presidential Leadership Council
Organization | Southern Transitional Council | STC
Organization | Al-Qaeda in the Arabian Peninsula | AQAP; al-Qaida in the Arabian Peninsula
Organization | Hamas | Islamic Resistance Movement; Harakat al-Muqawama al-Islamiya
Organization | Izz ad-Din al-Qassam Brigades | al-Qassam Brigades; Qassam Brigades; Izz al-Din al-Qassam Brigades; Ezzedine al-Qassam Brigades | parent=Hamas
Organization | Palestinian Islamic Jihad | PIJ; Islamic Jihad; Islamic Jihad Movement in Palestine
Organization | Fatah
Organization | Palestine Liberation Organization | PLO
Organization | Palestinian Authority | Palestinian National Authority; PNA
Organization | Amal Movement
Organization | Lebanese Armed Forces | LAF; Lebanese Army
Organization | Popular Mobilization Forces | PMF; Popular Mobilisation Forces; Popular Mobilization Units; PMU; Hashd al-Shaabi; al-Hashd al-Shaabi
Organization | Kata'ib Hezbollah | Kata'ib Hizballah
Organization | Peshmerga | Kurdish Peshmerga
Organization | Kurdistan Regional Government | KRG
# Afghanistan and South Asia
Organization | Taliban | Taleban; Afghan Taliban; Islamic Emirate of Afghanistan
Organization | Haqqani Network
Organization | Islamic State Khorasan Province | ISKP; ISIS K; Islamic State Khorasan; ISIS-Khorasan
Organization | Tehrik-i-Taliban Pakistan | TTP; Tehreek-e-Taliban Pakistan; Pakistani Taliban
Organization | Balochistan Liberation Army | BLA; Baloch Liberation Army
Organization | Lashkar-e-Taiba | Lashkar-e-Tayyiba
Organization | Jaish-e-Mohammed | Jaish-e-Muhammad
Organization | Liberation Tigers of Tamil Eelam | LTTE; Tamil Tigers
# Myanmar
Organization | Tatmadaw | Myanmar Armed Forces; Myanmar military; Burmese military
Organization | State Administration Council | Myanmar's State Administration Council
Organization | National Unity Government of Myanmar | NUG; Myanmar's National Unity Government
Organization | National League for Democracy | NLD
Organization | Arakan Army
Organization | Kachin Independence Army
Organization | Karen National Union | KNU
Organization | Myanmar National Democratic Alliance Army | MNDAA
Organization | Ta'ang National Liberation Army | TNLA
Organization | Three Brotherhood Alliance
Organization | People's Defence Force | People's Defense Force
# South-East Asia
Organization | Moro Islamic Liberation Front | MILF
Organization | Moro National Liberation Front | MNLF
Organization | New People's Army
Organization | Abu Sayyaf | Abu Sayyaf Group
# Latin America and the Caribbean
Organization | ELN | National Liberation Army; National Liberation Army of Colombia; Ejército de Liberación Nacional
Organization | FARC-EP | FARC; FARC EP; Revolutionary Armed Forces of Colombia; Revolutionary Armed Forces of Colombia-People's Army; Fuerzas Armadas Revolucionarias de Colombia
Organization | Segunda Marquetalia | Second Marquetalia
Organization | Clan del Golfo | Gulf Clan; Autodefensas Gaitanistas de Colombia; Ejército Gaitanista de Colombia
Organization | Viv Ansanm
# Europe and Eurasia
Organization | Donetsk People's Republic | so-called Donetsk People's Republic
Organization | Luhansk People's Republic | Lugansk People's Republic; so-called Luhansk People's Republic

# Movements, armed groups, parties and de facto authorities of the conflicts
# and peace processes of 1960-2024, by region; the armed wing of a movement
# has it as parent.
# Southern Africa: liberation movements, their armed wings and parties
# ("PLAN" and "MK" are left out: a word, and the 2023 party's acronym)
Organization | Polisario Front | Frente POLISARIO; Frente Polisario; POLISARIO; Popular Front for the Liberation of Saguia el-Hamra and Río de Oro; Frente Popular de Liberación de Saguía el Hamra y Río de Oro
Organization | Sahrawi People's Liberation Army | | parent=Polisario Front
Organization | People's Movement for the Liberation of Angola | MPLA; Popular Movement for the Liberation of Angola; Movimento Popular de Libertação de Angola
Organization | UNITA | National Union for the Total Independence of Angola; União Nacional para a Independência Total de Angola
Organization | National Liberation Front of Angola | FNLA; Frente Nacional de Libertação de Angola
Organization | Front for the Liberation of the Enclave of Cabinda | FLEC; Frente para a Libertação do Enclave de Cabinda
Organization | SWAPO | South West Africa People's Organisation; South West Africa People's Organization; SWAPO Party
Organization | People's Liberation Army of Namibia | | parent=SWAPO
Organization | African National Congress | ANC
Organization | Umkhonto we Sizwe | uMkhonto weSizwe; Spear of the Nation | parent=African National Congress
Organization | uMkhonto weSizwe Party | MK Party; uMkhonto weSizwe Political Party
Organization | Inkatha Freedom Party | IFP; Inkatha
Organization | National Party of South Africa | South African National Party; Nasionale Party
Organization | South African Communist Party | SACP
Organization | Azanian People's Liberation Army | APLA
Organization | Zimbabwe African National Union | ZANU
Organization | Zimbabwe African National Liberation Army | ZANLA | parent=Zimbabwe African National Union
Organization | Zimbabwe African People's Union | ZAPU
Organization | Zimbabwe People's Revolutionary Army | ZIPRA; ZPRA | parent=Zimbabwe African People's Union
Organization | ZANU-PF | ZANU PF; Zimbabwe African National Union-Patriotic Front; Zimbabwe African National Union - Patriotic Front
Organization | Movement for Democratic Change | MDC; MDC T; MDC Alliance
Organization | FRELIMO | Mozambique Liberation Front; Frente de Libertação de Moçambique; Frelimo Party
Organization | RENAMO | Mozambican National Resistance; Mozambique National Resistance; Mozambique National Resistance Movement; Mozambican National Resistance Movement; Resistência Nacional Moçambicana
Organization | Chama Cha Mapinduzi | CCM; Chama cha Mapinduzi Party
Organization | Civic United Front | CUF
Organization | Party of National Unity | PNU
Organization | Orange Democratic Movement | ODM
Organization | Kenya African National Union | KANU
Organization | Malawi Congress Party | MCP
# West Africa: the wars of Liberia, Sierra Leone, Côte d'Ivoire and Guinea-Bissau
# ("MEND" and "ADF" are left out: a word, and the Allied Democratic
# Forces'; an all-capital "MODEL" is matched only as written)
Organization | Revolutionary United Front | RUF
Organization | National Patriotic Front of Liberia | NPFL
Organization | Independent National Patriotic Front of Liberia | INPFL
Organization | United Liberation Movement of Liberia for Democracy | ULIMO
Organization | Liberians United for Reconciliation and Democracy | LURD
Organization | Movement for Democracy in Liberia | MODEL
Organization | Forces Nouvelles | Forces Nouvelles de Côte d'Ivoire; Forces Nouvelles of Côte d'Ivoire
Organization | Republican Forces of Côte d'Ivoire | FRCI; Forces Républicaines de Côte d'Ivoire
Organization | Rally of the Republicans | RDR; Rassemblement des Républicains
Organization | Ivorian Popular Front | FPI; Front Populaire Ivoirien
Organization | Democratic Party of Côte d'Ivoire | PDCI; PDCI RDA; Parti Démocratique de Côte d'Ivoire
Organization | African Party for the Independence of Guinea and Cape Verde | PAIGC; Partido Africano da Independência da Guiné e Cabo Verde
Organization | Movement of Democratic Forces of Casamance | MFDC; Mouvement des Forces Démocratiques de Casamance
Organization | Movement for Oneness and Jihad in West Africa | MUJAO; Movement for Unity and Jihad in West Africa
Organization | Ansar Dine | Ansar Eddine; Ansar al-Din
Organization | High Council for the Unity of Azawad | HCUA; Haut Conseil pour l'Unité de l'Azawad
Organization | Arab Movement of Azawad | Mouvement Arabe de l'Azawad
Organization | Imghad Tuareg and Allies Self-Defence Group | GATIA; Groupe d'Autodéfense Touareg Imghad et Alliés
Organization | Movement for the Emancipation of the Niger Delta
Organization | Niger Delta Avengers
Organization | Ambazonia Defence Forces | Ambazonia Defense Forces
# Great Lakes and Central Africa (the Rally for Congolese Democracy is left to
# context: its acronym RCD is also that of Tunisia's Constitutional
# Democratic Rally, and a name without it would split from "RCD")
Organization | Rwandan Patriotic Front | Rwandese Patriotic Front; RPF; Front Patriotique Rwandais; FPR
Organization | Rwandan Patriotic Army | Rwandese Patriotic Army; RPA | parent=Rwandan Patriotic Front
Organization | Interahamwe | Interahamwe militia
Organization | Impuzamugambi
Organization | National Republican Movement for Democracy and Development | MRND; Mouvement Républicain National pour la Démocratie et le Développement
Organization | CNDD-FDD | CNDD FDD; National Council for the Defence of Democracy-Forces for the Defence of Democracy; Conseil National pour la Défense de la Démocratie-Forces pour la Défense de la Démocratie
Organization | Palipehutu-FNL | Palipehutu FNL; FNL; National Forces of Liberation; Forces Nationales de Libération; Party for the Liberation of the Hutu People
Organization | Front for Democracy in Burundi | FRODEBU; Front pour la Démocratie au Burundi
Organization | Union for National Progress | UPRONA; Union pour le Progrès National
Organization | Mai-Mai | Mayi-Mayi; Mai-Mai militia; Mai-Mai militias; Mayi-Mayi militia
Organization | Raia Mutomboki
Organization | Movement for the Liberation of the Congo | MLC; Movement for the Liberation of Congo; Mouvement de Libération du Congo
Organization | National Congress for the Defence of the People | CNDP; Congrès National pour la Défense du Peuple; National Congress for the Defense of the People
Organization | Alliance of Democratic Forces for the Liberation of Congo-Zaire | the Alliance of Democratic Forces for the Liberation of Congo-Zaire; AFDL; Alliance des Forces Démocratiques pour la Libération du Congo-Zaïre
Organization | Union for Democracy and Social Progress | UDPS; Union pour la Démocratie et le Progrès Social
Organization | Lord's Resistance Army | LRA
Organization | Uganda National Liberation Army | UNLA
Organization | Popular Front for the Renaissance of the Central African Republic | FPRC; Front Populaire pour la Renaissance de la Centrafrique
Organization | FROLINAT | National Liberation Front of Chad; Front de Libération Nationale du Tchad
Organization | Union of Forces for Democracy and Development | UFDD; Union des Forces pour la Démocratie et le Développement
# Horn of Africa and Sudan ("ASWJ" is also Pakistan's Ahle Sunnat Wal
# Jamaat's, "ELF" the Earth Liberation Front's)
Organization | Janjaweed | Janjawid; Janjaweed militia; Janjaweed militias
Organization | Sudan Revolutionary Front | SRF
Organization | National Umma Party | Umma Party
Organization | Eritrean People's Liberation Front | EPLF
Organization | Eritrean Liberation Front
Organization | People's Front for Democracy and Justice | PFDJ
Organization | Oromo Liberation Front | OLF
Organization | Ogaden National Liberation Front | ONLF
Organization | Ethiopian People's Revolutionary Democratic Front | EPRDF
Organization | Derg | Dergue; Provisional Military Administrative Council
Organization | Somali National Movement | SNM
Organization | Union of Islamic Courts | Islamic Courts Union
Organization | Hizbul Islam | Hizb al-Islam
Organization | Ahlu Sunna Wal Jama'a | Ahlu Sunnah Wal Jamaa
Organization | Front for the Restoration of Unity and Democracy | FRUD; Front pour la Restauration de l'Unité et de la Démocratie
# North Africa (the FIS and AIS acronyms are left out: the International Ski
# Federation's and the ships' Automatic Identification System's; Algeria's
# FLN is left to context: its English name, which texts spell out before the
# acronym, is one several fronts share)
Organization | Islamic Salvation Front | Front Islamique du Salut
Organization | Islamic Salvation Army | Armée Islamique du Salut | parent=Islamic Salvation Front
Organization | Armed Islamic Group | GIA; Groupe Islamique Armé; Armed Islamic Group of Algeria
Organization | Salafist Group for Preaching and Combat | GSPC; Groupe Salafiste pour la Prédication et le Combat
Organization | Ennahda | Ennahda Movement; Ennahdha; Ennahdha Movement; Ennahda Party
Organization | Nidaa Tounes | Nidaa Tunis; Nidaa Tounes party
Organization | Tunisian General Labour Union | UGTT; Union Générale Tunisienne du Travail
Organization | Ansar al-Sharia | Ansar al-Shari'a; Ansar al-Sharia in Libya; Ansar al-Sharia in Tunisia
Organization | Libya Dawn | Fajr Libya; Libya Dawn coalition
Organization | National Transitional Council of Libya | Libyan National Transitional Council
# Middle East ("SLA" is the Sudan Liberation Army's). Names matched in any
# case that are also a phrase in lower case ("Lebanese forces", "the future
# movement of", "popular resistance committees", Uganda's "national
# resistance movement") are left to context, which needs their capitals.
Organization | Popular Front for the Liberation of Palestine | PFLP
Organization | Popular Front for the Liberation of Palestine-General Command | PFLP GC; Popular Front for the Liberation of Palestine - General Command
Organization | Democratic Front for the Liberation of Palestine | DFLP
Organization | Al-Aqsa Martyrs' Brigades | al-Aqsa Martyrs Brigades; Al-Aqsa Martyrs' Brigade
Organization | Al-Quds Brigades | Saraya al-Quds | parent=Palestinian Islamic Jihad
Organization | Israel Defense Forces | IDF; Israel Defence Forces; Israeli Defense Forces; Israeli Defence Forces
Organization | Kataeb Party | Kataeb; Phalange; Lebanese Phalanges; Lebanese Kataeb Party; Phalangists
Organization | South Lebanon Army | Army of South Lebanon
Organization | Free Patriotic Movement | FPM
Organization | Marada Movement | Marada
Organization | Kurdistan Democratic Party | KDP; Partiya Demokrat a Kurdistanê
Organization | Patriotic Union of Kurdistan | PUK
Organization | Democratic Party of Iranian Kurdistan | PDKI; KDPI; Kurdish Democratic Party of Iran
Organization | Gorran Movement | Gorran; Movement for Change in Kurdistan
Organization | Kurdistan Free Life Party | PJAK
Organization | Supreme Council for the Islamic Revolution in Iraq | SCIRI; Islamic Supreme Council of Iraq; ISCI
Organization | Badr Organization | Badr Organisation; Badr Brigade; Badr Brigades; Badr Corps
Organization | Mahdi Army | Jaysh al-Mahdi; Jaish al-Mahdi
Organization | Saraya al-Salam | | parent=Mahdi Army
Organization | Asa'ib Ahl al-Haq | Asaib Ahl al-Haq; League of the Righteous
Organization | Islamic Dawa Party | Dawa Party; Hizb al-Da'wa al-Islamiyya
Organization | Sons of Iraq | Awakening Councils; Sahwa Councils; Anbar Awakening
Organization | People's Mojahedin Organization of Iran | MEK; PMOI; Mojahedin-e Khalq; Mujahedin-e Khalq; People's Mujahedin of Iran; MKO
Organization | Jaish al-Adl | Jaysh al-Adl
Organization | Al-Islah | Islah; Yemeni Congregation for Reform; Islah Party
Organization | Fatah al-Islam
Organization | Al-Wefaq | Al-Wefaq National Islamic Society; Wefaq
# Afghanistan and South Asia (the NRF, CPP, CPI, NDF, BNP, TNA and IMU
# acronyms are left out: other bodies use them; names in parentheses are kept for the graph
# and found by their aliases)
Organization | Hezb-e Islami | Hezb-i-Islami; Hizb-i-Islami; Hizb-e-Islami; Hezb-e Islami Gulbuddin; Hizb-i-Islami Gulbuddin; HIG
Organization | Jamiat-e Islami | Jamiat-i-Islami; Jamiat-e-Islami Afghanistan; Jamiat-i Islami
Organization | Hezb-e Wahdat | Hizb-i-Wahdat; Hezb-e Wahdat-e Islami
Organization | Junbish-e Milli | Junbish-i-Milli; Junbish; National Islamic Movement of Afghanistan
Organization | United Islamic Front for the Salvation of Afghanistan | Northern Alliance; United Islamic Front
Organization | National Resistance Front of Afghanistan
Organization | People's Democratic Party of Afghanistan | PDPA
Organization | Hizbul Mujahideen | Hizb-ul-Mujahideen; Hizbul Mujahidin
Organization | Jammu Kashmir Liberation Front | JKLF; Jammu and Kashmir Liberation Front
Organization | All Parties Hurriyat Conference | Hurriyat Conference; APHC; All Party Hurriyat Conference
Organization | Muttahida Qaumi Movement | MQM
Organization | Communist Party of Nepal (Maoist) | CPN Maoist; CPN M; Unified Communist Party of Nepal (Maoist); UCPN Maoist; UCPN M; Communist Party of Nepal (Maoist Centre); CPN Maoist Centre
Organization | People's Liberation Army of Nepal | Nepal People's Liberation Army | parent=Communist Party of Nepal (Maoist)
Organization | Communist Party of Nepal (Unified Marxist-Leninist) | CPN UML
Organization | Nepali Congress | Nepali Congress Party
Organization | Communist Party of India (Maoist) | CPI Maoist; Naxalites
Organization | United Liberation Front of Asom | ULFA; United Liberation Front of Assam; ULFA I
Organization | National Socialist Council of Nagaland
Organization | National Socialist Council of Nagaland (Isak-Muivah) | NSCN IM; NSCN Isak-Muivah
Organization | National Socialist Council of Nagaland (Khaplang) | NSCN K; NSCN Khaplang
Organization | Parbatya Chattagram Jana Samhati Samiti | PCJSS; Chittagong Hill Tracts People's Solidarity Association
Organization | Shanti Bahini | | parent=Parbatya Chattagram Jana Samhati Samiti
Organization | Awami League | Bangladesh Awami League
Organization | Bangladesh Nationalist Party
Organization | Bangladesh Jamaat-e-Islami | Jamaat-e-Islami Bangladesh
Organization | Tamil National Alliance
Organization | Janatha Vimukthi Peramuna | JVP; People's Liberation Front of Sri Lanka
Organization | Eelam People's Revolutionary Liberation Front | EPRLF
Organization | Tamil Eelam Liberation Organization | TELO; Tamil Eelam Liberation Organisation
Organization | People's Liberation Organisation of Tamil Eelam | PLOTE; People's Liberation Organization of Tamil Eelam
Organization | Jamaat-ul-Mujahideen Bangladesh | JMB
Organization | National Democratic Front of Bodoland | NDFB
Organization | National Liberation Front of Tripura | NLFT
Organization | Islamic Movement of Uzbekistan
Organization | Hizb ut-Tahrir | Hizb-ut-Tahrir
Organization | United Tajik Opposition | UTO
# South-East Asia and the Pacific (the BRA, CNRT and OPM acronyms are left out)
Organization | Khmer Rouge | Khmers Rouges; Party of Democratic Kampuchea; Communist Party of Kampuchea; National Army of Democratic Kampuchea
Organization | FUNCINPEC | National United Front for an Independent, Neutral, Peaceful and Cooperative Cambodia; Front Uni National pour un Cambodge Indépendant, Neutre, Pacifique et Coopératif
Organization | Khmer People's National Liberation Front | KPNLF
Organization | Cambodian People's Party
Organization | Viet Cong | Vietcong; National Front for the Liberation of South Vietnam; National Liberation Front of South Vietnam
Organization | Pathet Lao
Organization | Fretilin | Revolutionary Front for an Independent East Timor; Frente Revolucionária de Timor-Leste Independente
Organization | Falintil | Armed Forces for the National Liberation of East Timor; Forças Armadas de Libertação Nacional de Timor-Leste
Organization | Free Aceh Movement | GAM; Gerakan Aceh Merdeka; Aceh Independence Movement
Organization | Free Papua Movement | Organisasi Papua Merdeka
Organization | West Papua National Liberation Army | TPNPB; Tentara Pembebasan Nasional Papua Barat
Organization | National Democratic Front of the Philippines | NDFP
Organization | Communist Party of the Philippines
Organization | Bangsamoro Islamic Freedom Fighters | BIFF
Organization | Barisan Revolusi Nasional | BRN; BRN Coordinate
Organization | Patani United Liberation Organisation | PULO; Patani United Liberation Organization
Organization | Bougainville Revolutionary Army
Organization | Isatabu Freedom Movement
Organization | Malaita Eagle Force
Organization | Kanak and Socialist National Liberation Front | FLNKS; Front de Libération Nationale Kanak et Socialiste
Organization | Bougainville Interim Government
# Myanmar
Organization | Kachin Independence Organisation | KIO; Kachin Independence Organization
Organization | Karen National Liberation Army | KNLA | parent=Karen National Union
Organization | Democratic Karen Buddhist Army | DKBA; Democratic Karen Benevolent Army
Organization | Restoration Council of Shan State | RCSS
Organization | United Wa State Army | UWSA
Organization | Chin National Front | CNF
Organization | Karenni National Progressive Party | KNPP
Organization | New Mon State Party | NMSP
Organization | All Burma Students' Democratic Front | ABSDF
# Latin America (the AUC and ARENA acronyms are left out: the African
# Union Commission's, and a word)
Organization | Farabundo Martí National Liberation Front | FMLN; Frente Farabundo Martí para la Liberación Nacional
Organization | Nationalist Republican Alliance | Alianza Republicana Nacionalista
Organization | Guatemalan National Revolutionary Unity | URNG; Unidad Revolucionaria Nacional Guatemalteca
Organization | Sandinista National Liberation Front | FSLN; Frente Sandinista de Liberación Nacional; Sandinista Front; Sandinistas
Organization | Nicaraguan Resistance | Contras; Contra rebels; Resistencia Nicaragüense
Organization | Shining Path | Sendero Luminoso; Communist Party of Peru-Shining Path; PCP SL
Organization | Túpac Amaru Revolutionary Movement | MRTA; Movimiento Revolucionario Túpac Amaru; Tupac Amaru Revolutionary Movement
Organization | Zapatista Army of National Liberation | EZLN; Ejército Zapatista de Liberación Nacional; Zapatista National Liberation Army; Zapatistas
Organization | 19th of April Movement | M 19; Movimiento 19 de Abril; April 19 Movement
Organization | United Self-Defense Forces of Colombia | Autodefensas Unidas de Colombia; United Self-Defence Forces of Colombia
Organization | Manuel Rodríguez Patriotic Front | FPMR; Frente Patriótico Manuel Rodríguez
Organization | Tupamaros | Tupamaros National Liberation Movement; Movimiento de Liberación Nacional-Tupamaros
Organization | Montoneros
Organization | Popular Revolutionary Army of Mexico | Ejército Popular Revolucionario
Organization | Fanmi Lavalas | Lavalas Family
Organization | United Socialist Party of Venezuela | PSUV; Partido Socialista Unido de Venezuela
Organization | Unitary Platform of Venezuela | Plataforma Unitaria; Unitary Platform
Organization | Democratic Unity Roundtable | Mesa de la Unidad Democrática
# Europe: Northern Ireland, the Basque Country, Corsica (the UDA acronym
# is left out: Kenya's United Democratic Alliance uses it; "IRA" is the Provisional IRA, as in texts of 1969-2005)
Organization | Provisional Irish Republican Army | Provisional IRA; PIRA; IRA; Irish Republican Army; Provos
Organization | Real IRA | Real Irish Republican Army; RIRA
Organization | Continuity IRA | Continuity Irish Republican Army; CIRA
Organization | Official IRA | Official Irish Republican Army
Organization | Irish National Liberation Army | INLA
Organization | Ulster Volunteer Force | UVF
Organization | Ulster Defence Association | Ulster Defense Association
Organization | Ulster Freedom Fighters | UFF
Organization | Loyalist Volunteer Force | LVF
Organization | Sinn Féin | Sinn Fein
Organization | Social Democratic and Labour Party | SDLP
Organization | Ulster Unionist Party | UUP
Organization | Democratic Unionist Party | DUP
Organization | Progressive Unionist Party | PUP
Organization | Alliance Party of Northern Ireland | the Alliance Party of Northern Ireland
Organization | Northern Ireland Women's Coalition
Organization | ETA | Euskadi Ta Askatasuna; Basque Homeland and Liberty
Organization | Batasuna | Herri Batasuna
Organization | National Liberation Front of Corsica | FLNC; Front de Libération Nationale Corse; Corsican National Liberation Front
# The Balkans ("UÇK" is both the Kosovo and the Macedonian Albanian army's,
# and "National Liberation Army" the ELN's, so neither is an alias)
Organization | Kosovo Liberation Army | KLA; Ushtria Çlirimtare e Kosovës
Organization | National Liberation Army of Macedonia | Albanian National Liberation Army; Ushtria Çlirimtare Kombëtare
Organization | Liberation Army of Preševo, Medveđa and Bujanovac | UCPMB; Liberation Army of Presevo, Medvedja and Bujanovac; Ushtria Çlirimtare e Preshevës, Medvegjës dhe Bujanocit
Organization | Democratic League of Kosovo | LDK; Lidhja Demokratike e Kosovës
Organization | Vetëvendosje | Vetevendosje Movement; Self-Determination Movement
Organization | Army of Republika Srpska | VRS; Bosnian Serb Army; Vojska Republike Srpske
Organization | Army of the Republic of Bosnia and Herzegovina | ARBiH; Bosnian Army
Organization | Croatian Defence Council | HVO; Hrvatsko Vijeće Obrane; Croatian Defense Council
Organization | Yugoslav People's Army | JNA; Jugoslovenska Narodna Armija
Organization | Republic of Serbian Krajina | Republika Srpska Krajina
Organization | Croatian Democratic Union | HDZ; Hrvatska Demokratska Zajednica
Organization | VMRO-DPMNE | VMRO DPMNE
# The Caucasus, Moldova and Cyprus: de facto authorities
Organization | Chechen Republic of Ichkeria | Ichkeria; Republic of Ichkeria
Organization | Caucasus Emirate | Imarat Kavkaz
Organization | Republic of Abkhazia | de facto authorities of Abkhazia; Abkhaz de facto authorities; Abkhazian de facto authorities
Organization | Republic of South Ossetia | de facto authorities of South Ossetia; South Ossetian de facto authorities; Republic of South Ossetia-the State of Alania
Organization | Pridnestrovian Moldavian Republic | Transnistrian Moldovan Republic; Transnistrian authorities; de facto authorities of Transnistria
Organization | Republic of Artsakh | Nagorno-Karabakh Republic; NKR; de facto authorities of Nagorno-Karabakh
Organization | Nagorno-Karabakh Defence Army | Artsakh Defence Army; Nagorno-Karabakh Defense Army; Artsakh Defense Army
Organization | Turkish Republic of Northern Cyprus | TRNC
Organization | EOKA | National Organisation of Cypriot Fighters

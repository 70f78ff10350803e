# Bodies of the Syrian opposition
Organization | Syrian Coalition | Syrian National Coalition; National Coalition of Syrian Revolution and Opposition Forces; National Coalition for Syrian Revolutionary and Opposition Forces; Syrian Opposition Coalition; National Coalition; SOC; SNC Coalition
Organization | Syrian Coalition General Assembly | Syrian Coalition's General Assembly; General Assembly of the Syrian Coalition; Syrian National Coalition General Assembly; Syrian National Coalition's General Assembly; General Assembly of the Syrian National Coalition; General Assembly of the National Coalition of Syrian Revolution and Opposition Forces | parent=Syrian Coalition
Organization | Syrian Coalition Political Committee | Syrian Coalition's political committee; political committee of the Syrian Coalition; Syrian National Coalition political committee; Syrian National Coalition's political committee; political committee of the Syrian National Coalition | parent=Syrian Coalition
Organization | Syrian Coalition General Secretariat | Syrian Coalition's General Secretariat; General Secretariat of the Syrian Coalition | parent=Syrian Coalition
Organization | Syrian Negotiations Commission | Syrian Negotiation Commission; High Negotiations Committee; Syrian High Negotiations Committee; HNC; Negotiations Commission; SNC
Organization | Syrian Interim Government | SIG; Interim Government
Organization | Assistance Coordination Unit | ACU
Organization | Syrian National Army | SNA
Organization | National Front for Liberation | NFL
Organization | Syrian Civil Defence | Syria Civil Defence; Syrian Civil Defense; White Helmets; Civil Defence
Organization | Constitutional Committee | Syrian Constitutional Committee
Organization | Free Syrian Army | FSA
# The government side and armed groups
Organization | Assad regime | Syrian regime; Assad's regime; the regime; regime of Bashar al-Assad; Assad government; Syrian government | country=Syria
Organization | Al-Qaida | al-Qaeda; Al-Qaeda; al-Qaida
Organization | Hay'at Tahrir al-Sham | Hayat Tahrir al-Sham; Tahrir al-Sham; HTS; Jabhat al-Nusra; Nusra Front; al-Nusra Front
Organization | ISIS | Islamic State; ISIL; Daesh; Da'esh; ISIL/Daesh; Islamic State of Iraq and the Levant; Islamic State in Iraq and the Levant; Islamic State of Iraq and Syria; Islamic State in Iraq and Syria
Organization | Syrian Democratic Forces | SDF
Organization | People's Protection Units | YPG
Organization | Kurdistan Workers' Party | PKK
Organization | Democratic Union Party | PYD
Organization | Hezbollah | Hizbullah; Hizballah; Lebanese Hezbollah
Organization | Islamic Revolutionary Guard Corps | IRGC; Revolutionary Guards
Organization | Wagner Group | Wagner
# International and regional bodies
Organization | United Nations | UN; U.N.
Organization | UN Security Council | United Nations Security Council; Security Council; UNSC | parent=United Nations
Organization | UN General Assembly | United Nations General Assembly | parent=United Nations
Organization | UN Human Rights Council | United Nations Human Rights Council; Human Rights Council | parent=United Nations
Organization | Office for the Coordination of Humanitarian Affairs | OCHA; UN OCHA
Organization | UNHCR | United Nations High Commissioner for Refugees; UN Refugee Agency
Organization | UNICEF | United Nations Children's Fund
Organization | World Food Programme | WFP; World Food Program
Organization | Independent International Commission of Inquiry on the Syrian Arab Republic | Commission of Inquiry on Syria; UN Commission of Inquiry
Organization | Organisation for the Prohibition of Chemical Weapons | Organization for the Prohibition of Chemical Weapons; OPCW
Organization | Joint Investigative Mechanism | OPCW-UN Joint Investigative Mechanism; JIM
Organization | International Criminal Court | ICC
Organization | League of Arab States | Arab League; LAS
Organization | Council of the League of Arab States | Arab League Council; Council of the Arab League | parent=League of Arab States
Organization | Organisation of Islamic Cooperation | Organization of Islamic Cooperation; OIC; Organisation of the Islamic Conference
Organization | European Union | EU
Organization | Council of the European Union | EU Council; Council of the EU | parent=European Union
Organization | European Council |  | parent=European Union
Organization | European Commission |  | parent=European Union
Organization | European Parliament |  | parent=European Union
Organization | NATO | North Atlantic Treaty Organization; North Atlantic Treaty Organisation
Organization | North Atlantic Council |  | parent=NATO
Organization | G7 | Group of Seven; G-7
Organization | Gulf Cooperation Council | GCC; Cooperation Council for the Arab States of the Gulf
Organization | Astana Group | Astana guarantors; guarantor states of the Astana format; Astana format
Organization | Small Group on Syria | Small Group
Organization | Global Coalition against Daesh | Global Coalition to Defeat ISIS; International Coalition against ISIS
Organization | Amnesty International
Organization | Human Rights Watch | HRW
Organization | Syrian Network for Human Rights | SNHR
Organization | International Committee of the Red Cross | ICRC; Red Cross

# Places of conflicts worldwide, 1960-2024, that communiqués name and the
# gazetteer cannot know or knows under another spelling: towns and villages
# below its 15,000 people where massacres, battles and attacks happened,
# refugee and IDP camps, crossings and bridges, bases, prisons and other
# sites, mountains, passes, valleys, islands and enclaves, lines of control,
# and the names a conflict gives its own regions. Each name was checked
# against the gazetteer: a town it holds under the spelling texts use is not
# here ("Kidal", "Bunia", "Sirte"); one it holds under another spelling is,
# with that spelling as an alias ("Galkayo": "Gaalkacyo"), as is one whose
# name it gives to another place ("Qana" is Egypt's Qena there).
#
# A lexicon place is matched whatever the case and with no word of place
# around it, so no name here is an English word, a given or family name in
# common use, or a word of many longer names. Such places are here only in
# a longer form that is not ("Zamzam camp", "Erez crossing", "Abu Musa
# Island"), or are left to the gazetteer and the place nouns, which want a
# word of place around them ("in Bor", "the Swat valley", "Gali district";
# "Beni", "Yei", "Bender", "Leer", "Pale", "Palma" likewise). A region
# keeps its place noun only where texts always write it so ("Nuba
# Mountains", "A Shau Valley"), as the place nouns' rule drops it ("Galwan"
# for "the Galwan valley"); a camp or a site keeps it ("Kalma camp").
#
# Middle East and North Africa
Place | Deir al-Balah | Deir el-Balah; Dayr al-Balah | placeType=city; country=Palestine
Place | Bureij | Bureij camp; al-Bureij | placeType=camp; country=Palestine
Place | Maghazi camp | al-Maghazi; Maghazi refugee camp | placeType=camp; country=Palestine
Place | Shati camp | al-Shati camp; Shati refugee camp | placeType=camp; country=Palestine
Place | Shujaiya | Shuja'iyya; Shejaiya; Shujaiyya; Shejaiyya | placeType=site; country=Palestine
Place | Kerem Shalom | Kerem Shalom crossing | placeType=site; country=Israel
Place | Erez crossing | Beit Hanoun crossing | placeType=site; country=Israel
Place | Rafah crossing | Rafah border crossing | placeType=site; country=Palestine
Place | Allenby Bridge | King Hussein Bridge | placeType=site; country=Jordan
Place | Philadelphi corridor | Philadelphi Route | placeType=region; country=Palestine
Place | Netzarim corridor | | placeType=region; country=Palestine
Place | Jenin refugee camp | Jenin camp | placeType=camp; country=Palestine
Place | Nur Shams | Nur Shams camp | placeType=camp; country=Palestine
Place | Balata camp | Balata refugee camp | placeType=camp; country=Palestine
Place | Qalandia | Qalandiya; Qalandia checkpoint | placeType=site; country=Palestine
Place | Hebron | Al-Khalil | placeType=city; country=Palestine
Place | Huwara | Hawara | placeType=town; country=Palestine
Place | Masafer Yatta | | placeType=region; country=Palestine
Place | Silwan | | placeType=site; country=Palestine
Place | Sheikh Jarrah | | placeType=site; country=Palestine
Place | Gaza City | | placeType=city; country=Palestine
Place | Qana | | placeType=town; country=Lebanon
Place | Bint Jbeil | Bint Jubayl | placeType=town; country=Lebanon
Place | Marjayoun | Marjeyoun; Marjayun | placeType=town; country=Lebanon
Place | Khiam | al-Khiam | placeType=town; country=Lebanon
Place | Shatila | Chatila; Shatila camp | placeType=camp; country=Lebanon
Place | Nahr al-Bared | Nahr el-Bared; Nahr al-Bared camp | placeType=camp; country=Lebanon
Place | Ain al-Hilweh | Ain el-Hilweh; Ein el-Hilweh; Ain al-Helweh | placeType=camp; country=Lebanon
Place | Tel al-Zaatar | Tal al-Zaatar; Tel al-Za'tar | placeType=camp; country=Lebanon
Place | Burj al-Barajneh | Bourj el-Barajneh; Burj el-Barajneh | placeType=camp; country=Lebanon
Place | Dahiyeh | Dahieh; Dahiya; southern suburbs of Beirut | placeType=region; country=Lebanon
Place | Baiji | Bayji | placeType=town; country=Iraq
Place | Camp Speicher | | placeType=site; country=Iraq
Place | Makhmour | Makhmur; Makhmour camp | placeType=camp; country=Iraq
Place | Jurf al-Sakhar | Jurf al-Nasr | placeType=town; country=Iraq
Place | Qandil Mountains | Mount Qandil; Qandil mountain range | placeType=region; country=Iraq
Place | Faw Peninsula | Fao Peninsula; al-Faw peninsula | placeType=region; country=Iraq
Place | Shatt al-Arab | Arvand Rud; Shatt al-Arab waterway | placeType=region; country=Iraq
Place | Al-Tanf | Tanf; al-Tanf garrison | placeType=site; country=Syria
Place | Houla | al-Houla | placeType=town; country=Syria
Place | Baghuz | al-Baghuz | placeType=town; country=Syria
Place | Ain Issa | Ayn Issa | placeType=town; country=Syria
Place | Tell Rifaat | Tal Rifaat; Tall Rifaat | placeType=town; country=Syria
Place | Rojava | | placeType=region; country=Syria
Place | Mokha | al-Mokha; Mocha port | placeType=town; country=Yemen
Place | Bab al-Mandab | Bab el-Mandeb; Bab al-Mandeb; Bab el-Mandeb Strait | placeType=region; country=Yemen
Place | Socotra | | placeType=region; country=Yemen
Place | Ras Lanuf | | placeType=town; country=Libya
Place | Brega | Marsa al-Brega; Marsa Brega | placeType=town; country=Libya
Place | Es Sider | Es Sider terminal; al-Sidra | placeType=site; country=Libya
Place | Gulf of Sidra | Gulf of Sirte | placeType=region; country=Libya
Place | Jufra | al-Jufra | placeType=region; country=Libya
Place | Kufra | al-Kufra; Kufrah | placeType=town; country=Libya
Place | Mitiga | Mitiga airport; Mitiga International Airport | placeType=site; country=Libya
Place | Al-Watiya | Watiya; Al-Watiya air base; Watiya air base | placeType=site; country=Libya
Place | Sharara oil field | El Sharara; El Sharara oil field | placeType=site; country=Libya
Place | Aouzou Strip | Aozou Strip; Aouzou | placeType=region; country=Chad
Place | Sheikh Zuweid | Sheikh Zuwayed | placeType=town; country=Egypt
Place | Guerguerat | El Guerguerat; Guerguerat crossing | placeType=site; country=Western Sahara
Place | Gdeim Izik | | placeType=camp; country=Western Sahara
Place | Tifariti | | placeType=town; country=Western Sahara
Place | In Amenas | | placeType=town; country=Algeria
Place | Mount Chaambi | Jebel Chaambi; Chaambi | placeType=region; country=Tunisia
Place | Greater and Lesser Tunbs | Greater Tunb; Lesser Tunb; Tunb islands | placeType=region; country=Iran
Place | Varosha | | placeType=town; country=Cyprus
Place | Roboski | Uludere | placeType=town; country=Turkey
Place | Abu Musa Island | | placeType=region; country=Iran
# Africa
Place | Tessalit | | placeType=town; country=Mali
Place | Aguelhok | Aguelhoc; Aguel'hoc | placeType=town; country=Mali
Place | Konna | | placeType=town; country=Mali
Place | Sevare | Sévaré | placeType=town; country=Mali
Place | Boulkessi | | placeType=town; country=Mali
Place | Ogossagou | | placeType=town; country=Mali
Place | Sobane Da | Sobane-Kou; Sobane | placeType=town; country=Mali
Place | Tinzaouaten | Tin Zaouaten; Tinzawaten | placeType=town; country=Mali
Place | Inates | Inatès | placeType=town; country=Niger
Place | Tongo Tongo | | placeType=town; country=Niger
Place | Bosso | | placeType=town; country=Niger
Place | Solhan | | placeType=town; country=Burkina Faso
Place | Seytenga | | placeType=town; country=Burkina Faso
Place | Barsalogho | | placeType=town; country=Burkina Faso
Place | Arbinda | | placeType=town; country=Burkina Faso
Place | Yirgou | | placeType=town; country=Burkina Faso
Place | Baga | | placeType=town; country=Nigeria
Place | Chibok | | placeType=town; country=Nigeria
Place | Dapchi | | placeType=town; country=Nigeria
Place | Sambisa Forest | Sambisa | placeType=region; country=Nigeria
Place | Bakassi | Bakassi Peninsula | placeType=region; country=Cameroon
Place | Niger Delta | | placeType=region; country=Nigeria
Place | Ogoniland | | placeType=region; country=Nigeria
Place | Biafra | | placeType=region; country=Nigeria
Place | Ambazonia | | placeType=region; country=Cameroon
Place | Kolofata | | placeType=town; country=Cameroon
Place | Birao | | placeType=town; country=Central African Republic
Place | PK5 | PK-5 | placeType=region; country=Central African Republic
Place | Heglig | Panthou | placeType=site; country=Sudan
Place | Kauda | | placeType=town; country=Sudan
Place | Jebel Marra | Jabal Marra | placeType=region; country=Sudan
Place | Tawila | | placeType=town; country=Sudan
Place | Zalingei | | placeType=city; country=Sudan
Place | El Geneina | Geneina; Al Geneina; Al-Jeneina | placeType=city; country=Sudan
Place | Ain Siro | | placeType=region; country=Sudan
Place | Kalma camp | | placeType=camp; country=Sudan
Place | Abu Shouk | Abu Shouk camp | placeType=camp; country=Sudan
Place | Zamzam camp | Zam Zam camp | placeType=camp; country=Sudan
Place | Muhajeriya | Muhajiriya; Muhajeria | placeType=town; country=Sudan
Place | Sortony | | placeType=camp; country=Sudan
Place | Nuba Mountains | | placeType=region; country=Sudan
Place | Kurmuk | | placeType=town; country=Sudan
Place | Bentiu | | placeType=town; country=South Sudan
Place | Pibor | | placeType=town; country=South Sudan
Place | Kapoeta | | placeType=town; country=South Sudan
Place | Rubkona | | placeType=town; country=South Sudan
Place | Akobo | | placeType=town; country=South Sudan
Place | Renk | | placeType=town; country=South Sudan
Place | Kajo Keji | Kajo-Keji | placeType=town; country=South Sudan
Place | Nimule | | placeType=town; country=South Sudan
Place | Yida | Yida camp | placeType=camp; country=South Sudan
Place | Bahr el Ghazal | Bahr al-Ghazal; Greater Bahr el Ghazal | placeType=region; country=South Sudan
Place | Equatoria | Greater Equatoria | placeType=region; country=South Sudan
Place | Greater Upper Nile | | placeType=region; country=South Sudan
Place | Badme | | placeType=town; country=Eritrea
Place | Zalambessa | Zalanbessa | placeType=town; country=Ethiopia
Place | Tsorona | | placeType=town; country=Eritrea
Place | Humera | | placeType=town; country=Ethiopia
Place | Mai Kadra | Mai-Kadra; Maikadra | placeType=town; country=Ethiopia
Place | Metekel | | placeType=region; country=Ethiopia
Place | Wollega | Welega; Wellega | placeType=region; country=Ethiopia
Place | Western Tigray | | placeType=region; country=Ethiopia
Place | Welkait | Wolkait; Wolqayt | placeType=region; country=Ethiopia
Place | Hitsats | Hitsats camp | placeType=camp; country=Ethiopia
Place | Shimelba | Shimelba camp | placeType=camp; country=Ethiopia
Place | Mai Aini | Mai Aini camp; Mai Ayni | placeType=camp; country=Ethiopia
Place | Ras Doumeira | Ras Dumeira | placeType=region; country=Djibouti
Place | Galkayo | Gaalkacyo | placeType=city; country=Somalia
Place | Bulo Burde | Buloburde; Bulo Burte | placeType=town; country=Somalia
Place | El Adde | El-Adde | placeType=town; country=Somalia
Place | Bakara Market | Bakaara Market; Bakara market | placeType=site; country=Somalia
Place | Las Anod | Laascaanood; Lasanod | placeType=city; country=Somalia
Place | Dhusamareb | Dhuusamareeb; Dusmareb | placeType=town; country=Somalia
Place | Dadaab | Dadaab camps; Dadaab refugee camp | placeType=camp; country=Kenya
Place | Kakuma refugee camp | Kakuma camp | placeType=camp; country=Kenya
Place | Manda Bay | Camp Simba | placeType=site; country=Kenya
Place | Mount Elgon | Mt Elgon; Mt. Elgon | placeType=region; country=Kenya
Place | Barlonyo | | placeType=town; country=Uganda
Place | Pader | | placeType=town; country=Uganda
Place | Karamoja | | placeType=region; country=Uganda
Place | Walikale | | placeType=town; country=Democratic Republic of the Congo
Place | Kiwanja | | placeType=town; country=Democratic Republic of the Congo
Place | Masisi | | placeType=town; country=Democratic Republic of the Congo
Place | Kitshanga | Kitchanga | placeType=town; country=Democratic Republic of the Congo
Place | Minova | | placeType=town; country=Democratic Republic of the Congo
Place | Bunagana | | placeType=town; country=Democratic Republic of the Congo
Place | Oicha | | placeType=town; country=Democratic Republic of the Congo
Place | Eringeti | | placeType=town; country=Democratic Republic of the Congo
Place | Nyiragongo | Mount Nyiragongo | placeType=region; country=Democratic Republic of the Congo
Place | Virunga | Virunga National Park; Virunga park | placeType=region; country=Democratic Republic of the Congo
Place | Kahuzi-Biega | Kahuzi-Biega National Park | placeType=region; country=Democratic Republic of the Congo
Place | Mugunga | Mugunga camp | placeType=camp; country=Democratic Republic of the Congo
Place | Kibumba | Kibumba camp | placeType=camp; country=Democratic Republic of the Congo
Place | Ruzizi Plain | Ruzizi plain; Ruzizi | placeType=region; country=Democratic Republic of the Congo
Place | Fizi | | placeType=town; country=Democratic Republic of the Congo
Place | Shabunda | | placeType=town; country=Democratic Republic of the Congo
Place | Kasika | | placeType=town; country=Democratic Republic of the Congo
Place | Tingi-Tingi | Tingi Tingi camp | placeType=camp; country=Democratic Republic of the Congo
Place | Kibeho | Kibeho camp | placeType=town; country=Rwanda
Place | Nyarubuye | | placeType=town; country=Rwanda
Place | Ntarama | | placeType=town; country=Rwanda
Place | Murambi | | placeType=town; country=Rwanda
Place | Bisesero | | placeType=region; country=Rwanda
Place | Cuito Cuanavale | | placeType=town; country=Angola
Place | Jamba | | placeType=town; country=Angola
Place | Mavinga | | placeType=town; country=Angola
Place | Cassinga | Kassinga | placeType=town; country=Angola
Place | Afungi | Afungi peninsula | placeType=site; country=Mozambique
Place | Ovamboland | Owamboland | placeType=region; country=Namibia
Place | Sharpeville | | placeType=town; country=South Africa
Place | Boipatong | | placeType=town; country=South Africa
Place | Bisho | Bhisho | placeType=town; country=South Africa
Place | Kailahun | | placeType=town; country=Sierra Leone
Place | Kono | Kono District | placeType=region; country=Sierra Leone
Place | Nahibly | Nahibly camp | placeType=camp; country=Ivory Coast
Place | Zone of Confidence | zone de confiance | placeType=region; country=Ivory Coast
# Europe and the Caucasus
Place | Srebrenica | | placeType=town; country=Bosnia and Herzegovina
Place | Žepa | Zepa | placeType=town; country=Bosnia and Herzegovina
Place | Omarska | Omarska camp | placeType=camp; country=Bosnia and Herzegovina
Place | Trnopolje | Trnopolje camp | placeType=camp; country=Bosnia and Herzegovina
Place | Keraterm | Keraterm camp | placeType=camp; country=Bosnia and Herzegovina
Place | Foča | Foca | placeType=town; country=Bosnia and Herzegovina
Place | Višegrad | Visegrad | placeType=town; country=Bosnia and Herzegovina
Place | Zvornik | | placeType=town; country=Bosnia and Herzegovina
Place | Bratunac | | placeType=town; country=Bosnia and Herzegovina
Place | Potočari | Potocari | placeType=town; country=Bosnia and Herzegovina
Place | Ahmići | Ahmici | placeType=town; country=Bosnia and Herzegovina
Place | Posavina corridor | Posavina | placeType=region; country=Bosnia and Herzegovina
Place | Markale | Markale market | placeType=site; country=Bosnia and Herzegovina
Place | Mount Igman | Igman | placeType=region; country=Bosnia and Herzegovina
Place | Herceg-Bosna | Herzeg-Bosnia | placeType=region; country=Bosnia and Herzegovina
Place | Knin | | placeType=town; country=Croatia
Place | Krajina | Serb Krajina | placeType=region; country=Croatia
Place | Eastern Slavonia | | placeType=region; country=Croatia
Place | Western Slavonia | | placeType=region; country=Croatia
Place | Slavonia | | placeType=region; country=Croatia
Place | Ovčara | Ovcara | placeType=site; country=Croatia
Place | Medak Pocket | | placeType=region; country=Croatia
Place | Račak | Racak; Recak | placeType=town; country=Kosovo
Place | Drenica | Drenica valley | placeType=region; country=Kosovo
Place | Prekaz | Donji Prekaz | placeType=town; country=Kosovo
Place | Preševo | Presevo | placeType=town; country=Serbia
Place | Preševo Valley | Presevo Valley | placeType=region; country=Serbia
Place | Bujanovac | | placeType=town; country=Serbia
Place | Kodori Gorge | Kodori Valley; Upper Kodori | placeType=region; country=Georgia
Place | Pankisi Gorge | Pankisi; Pankisi Valley | placeType=region; country=Georgia
Place | Akhalgori | Leningor | placeType=town; country=Georgia
Place | Inguri | Enguri; Inguri River; Enguri River | placeType=region; country=Georgia
Place | Stepanakert | Khankendi | placeType=city; country=Azerbaijan
Place | Lachin corridor | Lachin Corridor | placeType=region; country=Azerbaijan
Place | Lachin | Berdzor | placeType=town; country=Azerbaijan
Place | Hadrut | | placeType=town; country=Azerbaijan
Place | Martakert | Aghdara | placeType=town; country=Azerbaijan
Place | Samashki | | placeType=town; country=Russia
Place | Tighina | | placeType=city; country=Moldova
Place | Soledar | | placeType=town; country=Ukraine
Place | Vuhledar | Ugledar | placeType=town; country=Ukraine
Place | Zaporizhzhia Nuclear Power Plant | Zaporizhzhia nuclear power plant; Zaporizhzhia NPP; Zaporizhzhya Nuclear Power Plant | placeType=site; country=Ukraine
Place | Kakhovka Dam | Kakhovka dam; Kakhovka hydroelectric dam | placeType=site; country=Ukraine
Place | Snake Island | Zmiinyi Island | placeType=region; country=Ukraine
Place | Krynky | | placeType=town; country=Ukraine
Place | Robotyne | | placeType=town; country=Ukraine
Place | Azovstal | Azovstal steelworks; Azovstal plant | placeType=site; country=Ukraine
Place | Olenivka | | placeType=town; country=Ukraine
Place | Kerch Strait | | placeType=region; country=Ukraine
Place | Crimean Bridge | Kerch Bridge | placeType=site; country=Ukraine
Place | Sea of Azov | Azov Sea | placeType=region
Place | Chasiv Yar | | placeType=town; country=Ukraine
Place | Marinka | Maryinka | placeType=town; country=Ukraine
Place | Novorossiya | | placeType=region; country=Ukraine
Place | Lurgan | | placeType=town; country=United Kingdom
Place | Crossmaglen | | placeType=town; country=United Kingdom
Place | South Armagh | | placeType=region; country=United Kingdom
Place | Enniskillen | | placeType=town; country=United Kingdom
Place | Bogside | | placeType=region; country=United Kingdom
Place | Shankill | Shankill Road | placeType=region; country=United Kingdom
Place | Ardoyne | | placeType=region; country=United Kingdom
Place | Maze Prison | Long Kesh; HM Prison Maze | placeType=site; country=United Kingdom
Place | Nagorno-Karabakh | Artsakh | placeType=region; country=Azerbaijan
# Asia and the Pacific
Place | Musa Qala | Musa Qaleh; Musa Qalah | placeType=town; country=Afghanistan
Place | Sangin | | placeType=town; country=Afghanistan
Place | Marjah | | placeType=town; country=Afghanistan
Place | Nad-e Ali | Nad Ali; Nad-e-Ali | placeType=town; country=Afghanistan
Place | Garmsir | | placeType=town; country=Afghanistan
Place | Kajaki | Kajaki Dam | placeType=site; country=Afghanistan
Place | Bagram | Bagram Air Base; Bagram airbase; Bagram airfield | placeType=site; country=Afghanistan
Place | Camp Bastion | | placeType=site; country=Afghanistan
Place | Tora Bora | | placeType=region; country=Afghanistan
Place | Shah-i-Kot | Shahi Kot; Shah-i-Kot Valley | placeType=region; country=Afghanistan
Place | Korengal | Korengal Valley | placeType=region; country=Afghanistan
Place | Spin Boldak | Spin Buldak | placeType=town; country=Afghanistan
Place | Torkham | Torkham crossing | placeType=site; country=Afghanistan
Place | Tarin Kowt | Tarinkot; Tirin Kot | placeType=town; country=Afghanistan
Place | Salang Pass | Salang Tunnel; Salang | placeType=site; country=Afghanistan
Place | Wakhan Corridor | Wakhan | placeType=region; country=Afghanistan
Place | Qala-i-Jangi | Qala-e-Jangi; Qala Jangi | placeType=site; country=Afghanistan
Place | Pul-i-Charkhi | Pul-e-Charkhi; Pul-e Charkhi | placeType=site; country=Afghanistan
Place | Miranshah | Miran Shah; Miramshah | placeType=town; country=Pakistan
Place | Wana | | placeType=town; country=Pakistan
Place | Bajaur | Bajaur Agency | placeType=region; country=Pakistan
Place | Tirah | Tirah Valley | placeType=region; country=Pakistan
Place | Kurram | Kurram Agency | placeType=region; country=Pakistan
Place | Orakzai Agency | Orakzai District | placeType=region; country=Pakistan
Place | Mohmand Agency | Mohmand District | placeType=region; country=Pakistan
Place | Parachinar | | placeType=town; country=Pakistan
Place | Lal Masjid | Red Mosque | placeType=site; country=Pakistan
Place | Federally Administered Tribal Areas | FATA | placeType=region; country=Pakistan
Place | Siachen | Siachen Glacier | placeType=region; country=India
Place | Drass | Dras | placeType=town; country=India
Place | Line of Control | | placeType=region; country=India
Place | Pahalgam | | placeType=town; country=India
Place | Kupwara | | placeType=town; country=India
Place | Kunan Poshpora | Kunan-Poshpora | placeType=town; country=India
Place | Galwan | Galwan Valley | placeType=region; country=India
Place | Doklam | Donglang | placeType=region; country=Bhutan
Place | Depsang | Depsang Plains | placeType=region; country=India
Place | Pangong Tso | Pangong Lake; Pangong | placeType=region; country=India
Place | Aksai Chin | | placeType=region; country=China
Place | Tawang | | placeType=town; country=India
Place | Sukma | | placeType=town; country=India
Place | Bastar | | placeType=region; country=India
Place | Naxalbari | | placeType=town; country=India
Place | Golden Temple | Harmandir Sahib | placeType=site; country=India
Place | Khalistan | | placeType=region; country=India
Place | Kilinochchi | | placeType=town; country=Sri Lanka
Place | Mullivaikkal | Mullivaikal | placeType=town; country=Sri Lanka
Place | Puthukkudiyiruppu | Puthukudiyiruppu | placeType=town; country=Sri Lanka
Place | Elephant Pass | | placeType=site; country=Sri Lanka
Place | Muhamalai | | placeType=site; country=Sri Lanka
Place | Mutur | Muttur | placeType=town; country=Sri Lanka
Place | Pooneryn | Poonakary | placeType=town; country=Sri Lanka
Place | Tamil Eelam | | placeType=region; country=Sri Lanka
Place | Rolpa | | placeType=region; country=Nepal
Place | Kutupalong | Kutupalong camp | placeType=camp; country=Bangladesh
Place | Balukhali | Balukhali camp | placeType=camp; country=Bangladesh
Place | Bhasan Char | | placeType=region; country=Bangladesh
Place | Maungdaw | | placeType=town; country=Myanmar
Place | Buthidaung | | placeType=town; country=Myanmar
Place | Laiza | | placeType=town; country=Myanmar
Place | Hpakant | Hpakan | placeType=town; country=Myanmar
Place | Kokang | | placeType=region; country=Myanmar
Place | Kawthoolei | | placeType=region; country=Myanmar
Place | Karenni | | placeType=region; country=Myanmar
Place | Tula Toli | Tu Lar Tu Li | placeType=town; country=Myanmar
Place | Mae La | Mae La camp | placeType=camp; country=Thailand
Place | Krue Se | Krue Se Mosque; Kru Ze | placeType=site; country=Thailand
Place | Temple of Preah Vihear | Preah Vihear temple | placeType=site; country=Cambodia
Place | Anlong Veng | | placeType=town; country=Cambodia
Place | Tuol Sleng | | placeType=site; country=Cambodia
Place | Choeung Ek | | placeType=site; country=Cambodia
Place | Khe Sanh | | placeType=town; country=Vietnam
Place | Ia Drang | Ia Drang Valley | placeType=region; country=Vietnam
Place | A Shau Valley | A Shau | placeType=region; country=Vietnam
Place | Gulf of Tonkin | Tonkin Gulf | placeType=region; country=Vietnam
Place | Ho Chi Minh Trail | | placeType=region; country=Vietnam
Place | Plain of Jars | | placeType=region; country=Laos
Place | Spratly Islands | Spratlys; Nansha Islands | placeType=region
Place | Paracel Islands | Paracels; Xisha Islands | placeType=region
Place | Scarborough Shoal | Huangyan Island | placeType=region
Place | Second Thomas Shoal | Ayungin Shoal; Ren'ai Reef | placeType=region
Place | Mischief Reef | | placeType=region
Place | Senkaku Islands | Senkakus; Diaoyu Islands | placeType=region
Place | Kuril Islands | Kurils; Southern Kurils; Kuriles | placeType=region
Place | Dokdo | Takeshima; Liancourt Rocks | placeType=region
Place | Yeonpyeong | Yeonpyeong Island | placeType=region; country=South Korea
Place | Northern Limit Line | | placeType=region
Place | Taiwan Strait | | placeType=region
Place | Marawi | Marawi City | placeType=city; country=Philippines
Place | Mamasapano | | placeType=town; country=Philippines
Place | Camp Abubakar | | placeType=site; country=Philippines
Place | Liguasan Marsh | | placeType=region; country=Philippines
Place | Balibo | | placeType=town; country=Timor-Leste
Place | Nduga | | placeType=region; country=Indonesia
Place | Intan Jaya | | placeType=region; country=Indonesia
Place | Panguna | Panguna mine | placeType=site; country=Papua New Guinea
Place | Ouvéa | Ouvea | placeType=region; country=France
Place | Vorukh | Vorukh exclave | placeType=town; country=Tajikistan
Place | Sokh | Sokh exclave | placeType=region; country=Uzbekistan
# The Americas
Place | Caguán | Caguan; San Vicente del Caguán; San Vicente del Caguan | placeType=region; country=Colombia
Place | Bojayá | Bojaya | placeType=town; country=Colombia
Place | San José de Apartadó | San Jose de Apartado | placeType=town; country=Colombia
Place | Urabá | Uraba | placeType=region; country=Colombia
Place | Mapiripán | Mapiripan | placeType=town; country=Colombia
Place | El Salado | | placeType=town; country=Colombia
Place | Toribío | Toribio | placeType=town; country=Colombia
Place | Marquetalia | | placeType=region; country=Colombia
Place | La Uribe | | placeType=town; country=Colombia
Place | Sumapaz | | placeType=region; country=Colombia
Place | Paramillo | Nudo de Paramillo | placeType=region; country=Colombia
Place | Montes de María | Montes de Maria | placeType=region; country=Colombia
Place | La Gabarra | | placeType=town; country=Colombia
Place | VRAEM | VRAE | placeType=region; country=Peru
Place | Huallaga | Upper Huallaga; Huallaga Valley; Alto Huallaga | placeType=region; country=Peru
Place | Lucanamarca | | placeType=town; country=Peru
Place | Accomarca | | placeType=town; country=Peru
Place | Uchuraccay | | placeType=town; country=Peru
Place | Barrios Altos | | placeType=site; country=Peru
Place | La Cantuta | | placeType=site; country=Peru
Place | El Frontón | El Fronton | placeType=site; country=Peru
Place | Tiwintza | Tiwinza | placeType=site; country=Ecuador
Place | El Mozote | | placeType=town; country=El Salvador
Place | Guazapa | Guazapa volcano | placeType=region; country=El Salvador
Place | Perquín | Perquin | placeType=town; country=El Salvador
Place | Ixcán | Ixcan | placeType=region; country=Guatemala
Place | Ixil Triangle | Ixil region | placeType=region; country=Guatemala
Place | Dos Erres | Las Dos Erres | placeType=town; country=Guatemala
Place | Río Coco | Rio Coco; Coco River | placeType=region; country=Nicaragua
Place | Soto Cano | Soto Cano Air Base; Palmerola | placeType=site; country=Honduras
Place | Acteal | | placeType=town; country=Mexico
Place | Lacandon Jungle | Selva Lacandona; Lacandón Jungle | placeType=region; country=Mexico
Place | Ayotzinapa | | placeType=site; country=Mexico
Place | Tlatelolco | Plaza de las Tres Culturas | placeType=site; country=Mexico
Place | Guantánamo Bay | Guantanamo Bay; Guantánamo Bay Naval Base; Guantanamo Bay naval base | placeType=site; country=Cuba
Place | Bay of Pigs | Playa Girón; Playa Giron | placeType=region; country=Cuba
Place | Cité Soleil | Cite Soleil | placeType=region; country=Haiti
Place | Goose Green | | placeType=town; country=Falkland Islands
Place | Port Stanley | | placeType=town; country=Falkland Islands
Place | Mount Tumbledown | | placeType=region; country=Falkland Islands
Place | Beagle Channel | | placeType=region
Place | Villa Grimaldi | | placeType=site; country=Chile
Place | Ñancahuazú | Nancahuazu | placeType=region; country=Bolivia
Place | La Higuera | | placeType=town; country=Bolivia
Place | Essequibo | Guayana Esequiba | placeType=region; country=Guyana

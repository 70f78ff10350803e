# Venues where meetings, audiences, signings and summits are held or were
# held, 1945-2025: the official residences and offices of heads of state and
# government, state guesthouses, the buildings of foreign ministries and
# parliaments that texts name, the seats of international and regional
# bodies by their building names, and the conference centres and hotels
# where peace talks and summits sat. A meeting is found again by its place,
# so a venue must be read whole: "Villa Somalia", not "Villa"; "Palacio de
# la Moncloa", not "Palacio". Each entry gives its usual English and local
# forms; the state is the one the venue lies in.
#
# A lexicon place is matched whatever the case and with no word of place
# around it, so what follows is left out:
# - names communiqués and the press use for a government or a body rather
#   than for its building: the White House, the Kremlin, Downing Street
#   (and Number 10), the Élysée, Matignon, the Quai d'Orsay, the Farnesina,
#   the Itamaraty, Zhongnanhai, the Pentagon, Whitehall, the Blue House
#   (Cheong Wa Dae), Foggy Bottom, the Casa Rosada, La Moncloa, Malacañang,
#   Planalto, Bankova, Rosenbad, Stormont, the Binnenhof, Capitol Hill,
#   Parliament Hill, South Block, Raisina Hill, the Kantei, Aso Rock, Los
#   Pinos, Baluwatar, Baabda and the Ballhausplatz. Those with a form that
#   names the building are here only in it ("Élysée Palace", "Grand Kremlin
#   Palace", "Palacio de la Moncloa", "Malacañang Palace", "Palácio do
#   Planalto", "Hôtel Matignon", "Palazzo della Farnesina");
# - names many states share, which the extractor reads from the text around
#   them: Government House, State House, Parliament House, Presidential
#   Palace, National Palace, Palacio Nacional, Palace of the Republic,
#   Palais du Peuple, Republican Palace, Casa Presidencial, Executive
#   Mansion, Government Palace, Federal Chancellery, Istana Negara,
#   Friendship Hall, Grand Palace, Imperial Palace, the Ministry of Foreign
#   Affairs; and names two venues bear in different states: Palais de la
#   Nation (Brussels and Kinshasa), Palace of Independence (Minsk and
#   Astana), Independence Palace, Al-Salam Palace (Baghdad and Jeddah),
#   Mariinsky Palace (Kyiv and Saint Petersburg), House of Soviets, Hotel
#   Beau-Rivage, Corinthia Hotel, Shangri-La Hotel; "Peace Palace" is The
#   Hague's, though Phnom Penh's Vimean Santepheap bears the name too;
# - names that are also a town, a person or a common word alone, which are
#   here only in a longer form: "Rambouillet", "Hillsborough", "Meseberg",
#   "Carthage", "Olivos", "Etoudi", "Koulouba", "Chequers", "the Lodge",
#   "the Beehive", "the Istana", "J1", "the Arg".
# - names that hold a body's name and are its only mention in many texts
#   ("United Nations Headquarters", "UN Security Council Chamber"), or a
#   state's where the venue has another form ("Myanmar International
#   Convention Centre"); here are only "Security Council Chamber",
#   "General Assembly Hall" and the like, which texts write alone;
# - venues that texts name inside a room's name ("the Hall of Mirrors of
#   the Primate's Palace"): the context reads the whole phrase, and an
#   entry would cut it short.
# A venue whose name holds a town's ("Kigali Convention Centre", "Bogor
# Palace") is read whole: a place of the lexicon inside a longer name is
# left to that name.
#
# International and regional bodies
Place | Palais des Nations | Palace of Nations; Palace of the Nations | placeType=site; country=Switzerland
Place | Palais Wilson | | placeType=site; country=Switzerland
Place | Centre William Rappard | William Rappard Centre | placeType=site; country=Switzerland
Place | Maison de la Paix | | placeType=site; country=Switzerland
Place | Geneva International Conference Centre | Centre International de Conférences Genève; CICG; International Conference Centre Geneva | placeType=site; country=Switzerland
Place | General Assembly Hall | | placeType=site; country=United States
Place | Security Council Chamber | Security Council chamber | placeType=site; country=United States
Place | Economic and Social Council Chamber | ECOSOC Chamber | placeType=site; country=United States
Place | Trusteeship Council Chamber | | placeType=site; country=United States
Place | North Lawn Building | | placeType=site; country=United States
Place | Vienna International Centre | United Nations Office at Vienna complex | placeType=site; country=Austria
Place | UN City | UN City Copenhagen | placeType=site; country=Denmark
Place | Peace Palace | Vredespaleis | placeType=site; country=Netherlands
Place | Africa Hall | | placeType=site; country=Ethiopia
Place | Nelson Mandela Hall | Mandela Hall | placeType=site; country=Ethiopia
Place | African Union Conference Center | African Union Conference Centre; AU Conference Center; AU Conference Centre; African Union Conference Center and Office Complex; AUCC | placeType=site; country=Ethiopia
Place | Julius Nyerere Peace and Security Building | Julius Nyerere Building; AU Peace and Security Building | placeType=site; country=Ethiopia
Place | Cité de l'Union Africaine | Cité de l'OUA; OAU Village; Cite de l'Union Africaine | placeType=site; country=Democratic Republic of the Congo
Place | Berlaymont | Berlaymont building | placeType=site; country=Belgium
Place | Justus Lipsius building | Justus Lipsius | placeType=site; country=Belgium
Place | Europa building | | placeType=site; country=Belgium
Place | Charlemagne building | | placeType=site; country=Belgium
Place | Paul-Henri Spaak building | Paul Henri Spaak building | placeType=site; country=Belgium
Place | Altiero Spinelli building | | placeType=site; country=Belgium
Place | Espace Léopold | | placeType=site; country=Belgium
Place | Louise Weiss building | | placeType=site; country=France
Place | Palais de l'Europe | Palace of Europe | placeType=site; country=France
Place | European Convention Center Luxembourg | European Convention Centre Luxembourg; ECCL | placeType=site; country=Luxembourg
Place | Hofburg | Hofburg Palace; Vienna Hofburg; Hofburg Congress Centre | placeType=site; country=Austria
Place | Austria Center Vienna | | placeType=site; country=Austria
Place | Pan American Union Building | House of the Americas; OAS Main Building | placeType=site; country=United States
Place | Hall of the Americas | | placeType=site; country=United States
Place | Simón Bolívar Room | Simon Bolivar Room; Salón Simón Bolívar | placeType=site; country=United States
Place | Marlborough House | | placeType=site; country=United Kingdom
Place | Château de la Muette | Chateau de la Muette | placeType=site; country=France
Place | Apostolic Palace | Palazzo Apostolico | placeType=site; country=Vatican City
Place | Clementine Hall | Sala Clementina | placeType=site; country=Vatican City
Place | Paul VI Audience Hall | Paul VI Hall | placeType=site; country=Vatican City
Place | Domus Sanctae Marthae | Casa Santa Marta | placeType=site; country=Vatican City
#
# Conference venues and hotels of peace talks and summits
Place | Camp David | | placeType=site; country=United States
Place | Wright-Patterson Air Force Base | Wright-Patterson AFB; Wright Patterson Air Force Base | placeType=site; country=United States
Place | Wye River Conference Center | Wye River Plantation; Wye Plantation; Wye River Conference Centre | placeType=site; country=United States
Place | United States Naval Academy | US Naval Academy; U.S. Naval Academy | placeType=site; country=United States
Place | Sunnylands | Sunnylands estate; Annenberg Retreat at Sunnylands | placeType=site; country=United States
Place | Mar-a-Lago | Mar a Lago | placeType=site; country=United States
Place | Joint Base Elmendorf-Richardson | Elmendorf-Richardson | placeType=site; country=United States
Place | Waldorf Astoria New York | Waldorf-Astoria Hotel; Waldorf Astoria Hotel | placeType=site; country=United States
Place | Lancaster House | | placeType=site; country=United Kingdom
Place | Sunningdale Park | | placeType=site; country=United Kingdom
Place | Leeds Castle | | placeType=site; country=United Kingdom
Place | Gleneagles Hotel | | placeType=site; country=United Kingdom
Place | Lough Erne Resort | | placeType=site; country=United Kingdom
Place | Carbis Bay Hotel | | placeType=site; country=United Kingdom
Place | Château de Rambouillet | Chateau de Rambouillet; Rambouillet Castle; Rambouillet Château | placeType=site; country=France
Place | Kléber International Conference Centre | Centre de conférences internationales Kléber; Kleber International Conference Centre; Kléber Centre; Kleber Centre; Avenue Kléber conference centre | placeType=site; country=France
Place | Château de La Celle-Saint-Cloud | Chateau de La Celle-Saint-Cloud; La Celle-Saint-Cloud château | placeType=site; country=France
Place | Hôtel du Palais | Hotel du Palais | placeType=site; country=France
Place | Palace of Versailles | Château de Versailles; Chateau de Versailles; Versailles Palace | placeType=site; country=France
Place | Palais de Chaillot | Chaillot Palace | placeType=site; country=France
Place | Beau-Rivage Palace | Beau Rivage Palace; Beau-Rivage Palace Hotel | placeType=site; country=Switzerland
Place | Villa La Grange | Parc La Grange villa | placeType=site; country=Switzerland
Place | Fleur d'Eau | Villa Fleur d'Eau; Château Fleur d'Eau | placeType=site; country=Switzerland
Place | InterContinental Geneva | Hotel InterContinental Geneva | placeType=site; country=Switzerland
Place | Montreux Palace | Fairmont Le Montreux Palace; Le Montreux Palace | placeType=site; country=Switzerland
Place | Bürgenstock Resort | Burgenstock Resort | placeType=site; country=Switzerland
Place | Congress Centre Davos | Davos Congress Centre; Davos Congress Center | placeType=site; country=Switzerland
Place | Palais Coburg | Palais Coburg Hotel | placeType=site; country=Austria
Place | Schönbrunn Palace | Schloss Schönbrunn; Schonbrunn Palace | placeType=site; country=Austria
Place | Belvedere Palace | Schloss Belvedere; Upper Belvedere | placeType=site; country=Austria
Place | Petersberg Hotel | Hotel Petersberg; Petersberg Guest House; Gästehaus Petersberg; Steigenberger Grandhotel Petersberg | placeType=site; country=Germany
Place | Schloss Elmau | Elmau Castle | placeType=site; country=Germany
Place | Cecilienhof | Cecilienhof Palace; Schloss Cecilienhof | placeType=site; country=Germany
Place | Hotel Bayerischer Hof | Bayerischer Hof | placeType=site; country=Germany
Place | Hotel Adlon | Adlon Kempinski; Hotel Adlon Kempinski | placeType=site; country=Germany
Place | World Conference Center Bonn | WCCB; World Conference Centre Bonn | placeType=site; country=Germany
Place | Höfði House | Hofdi House; Höfði; Hofdi | placeType=site; country=Iceland
Place | Harpa Concert Hall | Harpa Conference Centre; Harpa Concert Hall and Conference Centre | placeType=site; country=Iceland
Place | Finlandia Hall | Finlandia-talo | placeType=site; country=Finland
Place | Bella Center | Bella Centre | placeType=site; country=Denmark
Place | Livadia Palace | | placeType=site; country=Ukraine
Place | Viskuli | Viskuli government residence; Viskuli residence; Viskuli lodge; Viskuli hunting lodge; Viskuli State Residence | placeType=site; country=Belarus
Place | Rixos President Hotel | Rixos President Astana; Rixos President Hotel Astana | placeType=site; country=Kazakhstan
Place | Palace of Peace and Reconciliation | Pyramid of Peace | placeType=site; country=Kazakhstan
Place | Çırağan Palace | Ciragan Palace; Çırağan Palace Kempinski | placeType=site; country=Turkey
Place | Ledra Palace | Ledra Palace Hotel | placeType=site; country=Cyprus
Place | Mena House | Mena House Hotel; Mena House Oberoi; Marriott Mena House | placeType=site; country=Egypt
Place | Sharm El-Sheikh International Convention Centre | Sharm El Sheikh International Convention Center; Sharm el-Sheikh Convention Centre | placeType=site; country=Egypt
Place | Maritim Jolie Ville | Maritim Jolie Ville Resort | placeType=site; country=Egypt
Place | Al-Masa Hotel | Al Masa Hotel; Almasa Hotel | placeType=site; country=Egypt
Place | Sheraton Grand Doha | Sheraton Doha; Sheraton Doha Hotel | placeType=site; country=Qatar
Place | Emirates Palace | Emirates Palace Hotel | placeType=site; country=United Arab Emirates
Place | Expo City Dubai | | placeType=site; country=United Arab Emirates
Place | King Abdulaziz International Conference Center | King Abdulaziz International Conference Centre | placeType=site; country=Saudi Arabia
Place | King Hussein Bin Talal Convention Centre | King Hussein Bin Talal Convention Center | placeType=site; country=Jordan
Place | King David Hotel | | placeType=site; country=Israel
Place | Rixos Al Nasr | Rixos al-Nasr; Rixos Al Nasr Hotel | placeType=site; country=Libya
Place | Club des Pins | | placeType=site; country=Algeria
Place | Abdelatif Rahal International Conference Centre | Centre International de Conférences Abdelatif Rahal; CIC Abdelatif Rahal | placeType=site; country=Algeria
Place | Kenyatta International Convention Centre | Kenyatta International Conference Centre; KICC | placeType=site; country=Kenya
Place | Bomas of Kenya | | placeType=site; country=Kenya
Place | Safari Park Hotel | | placeType=site; country=Kenya
Place | Speke Resort Munyonyo | Munyonyo Commonwealth Resort; Speke Resort and Conference Centre | placeType=site; country=Uganda
Place | Arusha International Conference Centre | Arusha International Conference Center | placeType=site; country=Tanzania
Place | Ngurdoto Mountain Lodge | | placeType=site; country=Tanzania
Place | Mount Meru Hotel | | placeType=site; country=Tanzania
Place | Julius Nyerere International Convention Centre | JNICC; Julius Nyerere International Convention Center | placeType=site; country=Tanzania
Place | Kigali Convention Centre | Kigali Convention Center | placeType=site; country=Rwanda
Place | Intare Conference Arena | | placeType=site; country=Rwanda
Place | Kintélé International Conference Centre | Centre international de conférences de Kintélé; Kintele International Conference Centre | placeType=site; country=Republic of the Congo
Place | Sipopo Conference Centre | Sipopo Conference Center; Sipopo | placeType=site; country=Equatorial Guinea
Place | Shehu Musa Yar'Adua Centre | Yar'Adua Centre; Shehu Yar'Adua Centre | placeType=site; country=Nigeria
Place | Transcorp Hilton Abuja | Transcorp Hilton | placeType=site; country=Nigeria
Place | Bamako International Conference Centre | Centre International de Conférences de Bamako | placeType=site; country=Mali
Place | Hôtel Ivoire | Hotel Ivoire; Sofitel Abidjan Hôtel Ivoire | placeType=site; country=Ivory Coast
Place | Abdou Diouf International Conference Centre | Centre International de Conférences Abdou Diouf; CICAD | placeType=site; country=Senegal
Place | King Fahd Palace Hotel | King Fahd Palace | placeType=site; country=Senegal
Place | Sir Dawda Kairaba Jawara International Conference Centre | Sir Dawda Kairaba Jawara Conference Centre | placeType=site; country=Gambia
Place | Bintumani Hotel | Bintumani Conference Centre | placeType=site; country=Sierra Leone
Place | Peduase Lodge | | placeType=site; country=Ghana
Place | Mulungushi International Conference Centre | Mulungushi Conference Centre; Mulungushi International Conference Center | placeType=site; country=Zambia
Place | Harare International Conference Centre | | placeType=site; country=Zimbabwe
Place | Bingu International Conference Centre | Bingu International Convention Centre | placeType=site; country=Malawi
Place | Joaquim Chissano International Conference Centre | Joaquim Chissano Conference Centre | placeType=site; country=Mozambique
Place | Sandton Convention Centre | Sandton Convention Center | placeType=site; country=South Africa
Place | Inkosi Albert Luthuli International Convention Centre | Durban International Convention Centre; Durban ICC | placeType=site; country=South Africa
Place | Vigyan Bhavan | | placeType=site; country=India
Place | Bharat Mandapam | | placeType=site; country=India
Place | Jinnah Convention Centre | Jinnah Convention Center | placeType=site; country=Pakistan
Place | Bandaranaike Memorial International Conference Hall | BMICH | placeType=site; country=Sri Lanka
Place | Philippine International Convention Center | Philippine International Convention Centre | placeType=site; country=Philippines
Place | Gedung Merdeka | Merdeka Building | placeType=site; country=Indonesia
Place | Bali Nusa Dua Convention Center | Nusa Dua Convention Center; Bali International Convention Centre | placeType=site; country=Indonesia
Place | Apurva Kempinski | Apurva Kempinski Bali | placeType=site; country=Indonesia
Place | Putrajaya International Convention Centre | Putrajaya International Convention Center | placeType=site; country=Malaysia
Place | Capella Hotel | Capella Singapore; Capella Hotel Singapore | placeType=site; country=Singapore
Place | Metropole Hotel Hanoi | Sofitel Legend Metropole; Sofitel Legend Metropole Hanoi; Metropole Hanoi | placeType=site; country=Vietnam
Place | Ba Dinh Hall | Ba Đình Hall | placeType=site; country=Vietnam
Place | Diaoyutai State Guesthouse | Diaoyutai State Guest House | placeType=site; country=China
Place | Great Hall of the People | | placeType=site; country=China
Place | China National Convention Center | China National Convention Centre | placeType=site; country=China
Place | Yanqi Lake International Convention Center | Yanqi Lake International Conference Center | placeType=site; country=China
Place | Grand Prince Hotel Hiroshima | | placeType=site; country=Japan
Place | Peace House | Panmunjom Peace House | placeType=site; country=South Korea
Place | Tongilgak | Unification Pavilion | placeType=site; country=North Korea
Place | Panmungak | Panmun Pavilion | placeType=site; country=North Korea
Place | Chapultepec Castle | Castillo de Chapultepec | placeType=site; country=Mexico
Place | El Laguito | El Laguito protocol house | placeType=site; country=Cuba
Place | Havana Convention Center | Palacio de Convenciones de La Habana; Havana Convention Palace; Havana Conference Center | placeType=site; country=Cuba
Place | Fairmont Le Manoir Richelieu | Manoir Richelieu | placeType=site; country=Canada
Place | Borgo Egnazia | | placeType=site; country=Italy
#
# Europe: residences, offices, guesthouses, parliaments, foreign ministries
Place | Buckingham Palace | | placeType=site; country=United Kingdom
Place | Windsor Castle | | placeType=site; country=United Kingdom
Place | Balmoral Castle | | placeType=site; country=United Kingdom
Place | Palace of Westminster | | placeType=site; country=United Kingdom
Place | Hillsborough Castle | | placeType=site; country=United Kingdom
Place | Stormont Castle | | placeType=site; country=United Kingdom
Place | Stormont House | | placeType=site; country=United Kingdom
Place | Chequers Court | | placeType=site; country=United Kingdom
Place | Dorneywood | | placeType=site; country=United Kingdom
Place | Blenheim Palace | | placeType=site; country=United Kingdom
Place | Áras an Uachtaráin | Aras an Uachtarain | placeType=site; country=Ireland
Place | Leinster House | | placeType=site; country=Ireland
Place | Iveagh House | | placeType=site; country=Ireland
Place | Farmleigh | Farmleigh House | placeType=site; country=Ireland
Place | Dublin Castle | | placeType=site; country=Ireland
Place | Élysée Palace | Elysee Palace; Palais de l'Élysée; Palais de l'Elysee | placeType=site; country=France
Place | Hôtel Matignon | Hotel Matignon | placeType=site; country=France
Place | Hôtel de Marigny | Hotel de Marigny | placeType=site; country=France
Place | Hôtel de Brienne | Hotel de Brienne | placeType=site; country=France
Place | Palais Bourbon | | placeType=site; country=France
Place | Palais du Luxembourg | Luxembourg Palace | placeType=site; country=France
Place | Fort de Brégançon | Fort de Bregancon; Brégançon; Bregancon | placeType=site; country=France
Place | Palacio de la Moncloa | Moncloa Palace; Palace of Moncloa; Palacio de Moncloa | placeType=site; country=Spain
Place | Palacio de la Zarzuela | Zarzuela Palace | placeType=site; country=Spain
Place | Royal Palace of Madrid | Palacio Real de Madrid | placeType=site; country=Spain
Place | Palacio de Santa Cruz | Santa Cruz Palace | placeType=site; country=Spain
Place | Palacio de Viana | Viana Palace | placeType=site; country=Spain
Place | Palacio Real de El Pardo | El Pardo Palace; Palacio de El Pardo | placeType=site; country=Spain
Place | IFEMA | IFEMA Madrid | placeType=site; country=Spain
Place | Palácio de Belém | Palacio de Belem; Belém Palace; Belem Palace | placeType=site; country=Portugal
Place | Palácio de São Bento | Palacio de Sao Bento; São Bento Palace; Sao Bento Palace; São Bento Mansion | placeType=site; country=Portugal
Place | Palácio das Necessidades | Palacio das Necessidades; Necessidades Palace | placeType=site; country=Portugal
Place | Jerónimos Monastery | Mosteiro dos Jerónimos; Jeronimos Monastery | placeType=site; country=Portugal
Place | Palazzo Chigi | | placeType=site; country=Italy
Place | Quirinal Palace | Palazzo del Quirinale | placeType=site; country=Italy
Place | Palazzo della Farnesina | Farnesina Palace | placeType=site; country=Italy
Place | Palazzo Montecitorio | | placeType=site; country=Italy
Place | Palazzo Madama | | placeType=site; country=Italy
Place | Villa Madama | | placeType=site; country=Italy
Place | Villa Doria Pamphilj | Villa Pamphilj; Villa Pamphili | placeType=site; country=Italy
Place | Egmont Palace | Palais d'Egmont | placeType=site; country=Belgium
Place | Royal Palace of Brussels | Palais Royal de Bruxelles | placeType=site; country=Belgium
Place | Val Duchesse | Château de Val-Duchesse; Chateau de Val Duchesse; Val-Duchesse | placeType=site; country=Belgium
Place | Catshuis | | placeType=site; country=Netherlands
Place | Ridderzaal | | placeType=site; country=Netherlands
Place | Noordeinde Palace | Paleis Noordeinde | placeType=site; country=Netherlands
Place | Huis ten Bosch Palace | Paleis Huis ten Bosch | placeType=site; country=Netherlands
Place | World Forum The Hague | World Forum Convention Center | placeType=site; country=Netherlands
Place | Grand Ducal Palace | Palais grand-ducal | placeType=site; country=Luxembourg
Place | Schloss Bellevue | Bellevue Palace | placeType=site; country=Germany
Place | Reichstag building | | placeType=site; country=Germany
Place | Villa Borsig | | placeType=site; country=Germany
Place | Schloss Meseberg | Meseberg Palace; Meseberg Castle | placeType=site; country=Germany
Place | Palais Schaumburg | | placeType=site; country=Germany
Place | Villa Hammerschmidt | | placeType=site; country=Germany
Place | Federal Palace | | placeType=site; country=Switzerland
Place | Lohn Country Residence | Landsitz Lohn; Lohn country seat | placeType=site; country=Switzerland
Place | Christiansborg Palace | | placeType=site; country=Denmark
Place | Amalienborg Palace | Amalienborg | placeType=site; country=Denmark
Place | Marienborg | | placeType=site; country=Denmark
Place | Eigtveds Pakhus | Eigtved's Pakhus | placeType=site; country=Denmark
Place | Victoria Terrasse | | placeType=site; country=Norway
Place | Arvfurstens Palats | Arvfurstens palats | placeType=site; country=Sweden
Place | Sager House | Sagerska huset; Sagerska palatset | placeType=site; country=Sweden
Place | Harpsund | | placeType=site; country=Sweden
Place | Stockholm Palace | Royal Palace of Stockholm | placeType=site; country=Sweden
Place | Mäntyniemi | Mantyniemi | placeType=site; country=Finland
Place | Kesäranta | Kesaranta | placeType=site; country=Finland
Place | Königstedt Manor | Königstedt; Konigstedt Manor | placeType=site; country=Finland
Place | Smolna | Government Banquet Hall Smolna | placeType=site; country=Finland
Place | Bessastaðir | Bessastadir | placeType=site; country=Iceland
Place | Belweder | Belweder Palace; Belwederski Palace | placeType=site; country=Poland
Place | Łazienki Palace | Lazienki Palace; Palace on the Isle | placeType=site; country=Poland
Place | Radziwiłł Palace | Radziwill Palace; Koniecpolski Palace | placeType=site; country=Poland
Place | Prague Castle | Pražský hrad; Prazsky hrad | placeType=site; country=Czechia
Place | Czernin Palace | Černínský palác; Cerninsky palac | placeType=site; country=Czechia
Place | Straka Academy | Strakova akademie | placeType=site; country=Czechia
Place | Kramář's Villa | Kramářova vila; Kramar's Villa; Kramar Villa | placeType=site; country=Czechia
Place | Grassalkovich Palace | | placeType=site; country=Slovakia
Place | Sándor Palace | Sandor Palace; Sándor-palota | placeType=site; country=Hungary
Place | Hungarian Parliament Building | Országház; Orszaghaz | placeType=site; country=Hungary
Place | Cotroceni Palace | Palatul Cotroceni | placeType=site; country=Romania
Place | Victoria Palace | Palatul Victoria | placeType=site; country=Romania
Place | Palace of the Parliament | Palatul Parlamentului | placeType=site; country=Romania
Place | Boyana Residence | | placeType=site; country=Bulgaria
Place | Euxinograd | Euxinograd Palace | placeType=site; country=Bulgaria
Place | Maximos Mansion | Megaro Maximou; Maximou Mansion | placeType=site; country=Greece
Place | Zappeion | Zappeion Hall; Zappeion Megaron | placeType=site; country=Greece
Place | Palace of Serbia | Palata Srbija | placeType=site; country=Serbia
Place | Beli Dvor | | placeType=site; country=Serbia
Place | Novi Dvor | | placeType=site; country=Serbia
Place | Banski Dvori | | placeType=site; country=Croatia
Place | Brdo Castle | Brdo pri Kranju; Brdo Congress Centre; Grad Brdo | placeType=site; country=Slovenia
Place | Villa Gorica | Vila Gorica | placeType=site; country=Montenegro
Place | Palace of Brigades | Pallati i Brigadave | placeType=site; country=Albania
Place | Kadriorg Palace | | placeType=site; country=Estonia
Place | Stenbock House | Stenbocki maja | placeType=site; country=Estonia
Place | Toompea Castle | | placeType=site; country=Estonia
Place | Riga Castle | Rīgas pils | placeType=site; country=Latvia
#
# Russia, Ukraine, the Caucasus and Central Asia
Place | Grand Kremlin Palace | Bolshoi Kremlin Palace; Great Kremlin Palace | placeType=site; country=Russia
Place | State Kremlin Palace | Kremlin Palace of Congresses; Kremlin Palace | placeType=site; country=Russia
Place | Novo-Ogaryovo | Novo-Ogarevo; Novo Ogaryovo; Novo Ogarevo | placeType=site; country=Russia
Place | Bocharov Ruchei | Bocharov Ruchey | placeType=site; country=Russia
Place | Konstantinovsky Palace | Konstantin Palace; Constantine Palace | placeType=site; country=Russia
Place | Tauride Palace | | placeType=site; country=Russia
Place | Spiridonovka Palace | Spiridonovka mansion; Spiridonovka House | placeType=site; country=Russia
Place | House with Chimeras | Horodecki House | placeType=site; country=Ukraine
Place | Mariinskyi Palace | | placeType=site; country=Ukraine
Place | Orbeliani Palace | | placeType=site; country=Georgia
Place | Avlabari Presidential Residence | Avlabari Palace | placeType=site; country=Georgia
Place | Gulustan Palace | | placeType=site; country=Azerbaijan
Place | Ak Orda | Akorda; Ak Orda Presidential Palace; Akorda Presidential Palace | placeType=site; country=Kazakhstan
Place | Kuksaroy | Kuksaroy residence; Kuksaroy Presidential Residence | placeType=site; country=Uzbekistan
Place | Palace of International Forums | | placeType=site; country=Uzbekistan
Place | Ala-Archa State Residence | Ala Archa State Residence | placeType=site; country=Kyrgyzstan
Place | Kokhi Millat | | placeType=site; country=Tajikistan
Place | Oguzkhan Palace | Oguzhan Presidential Palace; Oguzkhan Presidential Palace | placeType=site; country=Turkmenistan
Place | Ruhyyet Palace | Palace of Spirituality | placeType=site; country=Turkmenistan
#
# Middle East and North Africa
Place | Dolmabahçe Palace | Dolmabahce Palace; Dolmabahçe Working Office; Dolmabahce Office | placeType=site; country=Turkey
Place | Vahdettin Pavilion | Vahdettin Mansion; Vahdettin Köşkü; Vahdettin Kosku | placeType=site; country=Turkey
Place | Çankaya Mansion | Cankaya Mansion; Çankaya Köşkü; Cankaya Kosku; Çankaya Palace; Cankaya Palace | placeType=site; country=Turkey
Place | Beştepe Presidential Complex | Bestepe Presidential Complex; Beştepe Presidential Palace; Bestepe Presidential Palace | placeType=site; country=Turkey
Place | Beit Aghion | | placeType=site; country=Israel
Place | Beit HaNassi | Beit Hanasi | placeType=site; country=Israel
Place | Muqata'a | Muqataa; Mukataa; Mukata'a; Muqata'a compound | placeType=site; country=Palestine
Place | Raghadan Palace | | placeType=site; country=Jordan
Place | Al-Husseiniya Palace | Husseiniya Palace; Al Husseiniya Palace; Husseiniyeh Palace | placeType=site; country=Jordan
Place | Basman Palace | Al-Basman Palace; Al Basman Palace | placeType=site; country=Jordan
Place | Baabda Palace | Baabda Presidential Palace | placeType=site; country=Lebanon
Place | Grand Serail | Grand Sérail | placeType=site; country=Lebanon
Place | Ain el-Tineh | Ain al-Tineh; Ain el-Tine; Ain al-Tina | placeType=site; country=Lebanon
Place | Tishreen Palace | Tishrin Palace; Teshreen Palace | placeType=site; country=Syria
Place | Qasr al-Shaab | Qasr al-Sha'ab | placeType=site; country=Syria
Place | Muhajireen Palace | al-Muhajireen Palace; Muhajirin Palace | placeType=site; country=Syria
Place | Al-Faw Palace | Al Faw Palace | placeType=site; country=Iraq
Place | Bayan Palace | Al-Bayan Palace | placeType=site; country=Kuwait
Place | Seif Palace | Al-Seif Palace; Al Seif Palace | placeType=site; country=Kuwait
Place | Dasman Palace | | placeType=site; country=Kuwait
Place | Al-Yamamah Palace | Al Yamamah Palace; Yamamah Palace | placeType=site; country=Saudi Arabia
Place | Al-Safa Palace | Al Safa Palace; Safa Palace | placeType=site; country=Saudi Arabia
Place | Irqah Palace | Al-Irqah Palace; Al Irqah Palace | placeType=site; country=Saudi Arabia
Place | Lusail Palace | | placeType=site; country=Qatar
Place | Qasr Al Watan | Qasr al-Watan | placeType=site; country=United Arab Emirates
Place | Al Shati Palace | Qasr Al Shati; Al-Shati Palace | placeType=site; country=United Arab Emirates
Place | Al Mushrif Palace | Mushrif Palace; Qasr Al Mushrif | placeType=site; country=United Arab Emirates
Place | Sakhir Palace | | placeType=site; country=Bahrain
Place | Gudaibiya Palace | Al-Gudaibiya Palace; Qudaibiya Palace | placeType=site; country=Bahrain
Place | Al-Safriya Palace | Safriya Palace | placeType=site; country=Bahrain
Place | Al Alam Palace | Al-Alam Palace; Alam Palace | placeType=site; country=Oman
Place | Bait Al Barakah | Bait al-Barakah; Bait Al Barakah Palace; Al Baraka Palace | placeType=site; country=Oman
Place | Maashiq Palace | Al-Maashiq Palace; Ma'ashiq Palace; al-Ma'ashiq | placeType=site; country=Yemen
Place | Sa'dabad Palace | Saadabad Palace; Sadabad Palace; Sa'dabad Complex | placeType=site; country=Iran
Place | Niavaran Palace | Niavaran Complex | placeType=site; country=Iran
Place | Golestan Palace | | placeType=site; country=Iran
Place | Al-Ittihadiya Palace | Ittihadiya Palace; Al Ittihadiya Palace; Heliopolis Palace; Itihadiya Palace | placeType=site; country=Egypt
Place | Abdeen Palace | Abdin Palace | placeType=site; country=Egypt
Place | Koubba Palace | Al-Qubba Palace; Qubba Palace; Kubbeh Palace | placeType=site; country=Egypt
Place | Montaza Palace | Al-Montaza Palace | placeType=site; country=Egypt
Place | Tahrir Palace | | placeType=site; country=Egypt
Place | Bab al-Azizia | Bab al-Aziziya; Bab al-Azizia compound; Bab al-Aziziyah | placeType=site; country=Libya
Place | Carthage Palace | Carthage Presidential Palace | placeType=site; country=Tunisia
Place | Dar Dhiafa | Dar Dhiafa of Carthage | placeType=site; country=Tunisia
Place | Bardo Palace | | placeType=site; country=Tunisia
Place | El Mouradia Palace | El-Mouradia Palace; Mouradia Palace | placeType=site; country=Algeria
Place | Djenane El Mithak | Djenane el-Mithak; Djenane El Mithak residence | placeType=site; country=Algeria
#
# Africa south of the Sahara
Place | Villa Somalia | | placeType=site; country=Somalia
Place | Halane | Halane compound; Halane base camp | placeType=site; country=Somalia
Place | Menelik Palace | Menelik II Palace; Imperial Palace of Menelik | placeType=site; country=Ethiopia
Place | Jubilee Palace | | placeType=site; country=Ethiopia
Place | Ghion Hotel | | placeType=site; country=Ethiopia
Place | Sheraton Addis | Sheraton Addis Hotel | placeType=site; country=Ethiopia
Place | Harambee House | | placeType=site; country=Kenya
Place | Village Urugwiro | Urugwiro Village | placeType=site; country=Rwanda
Place | Ntare Rushatsi House | Ntare Rushatsi Palace | placeType=site; country=Burundi
Place | Palais de Marbre | | placeType=site; country=Democratic Republic of the Congo
Place | Fleuve Congo Hotel | | placeType=site; country=Democratic Republic of the Congo
Place | Palais Rénovation | Palais de la Rénovation; Palais Renovation | placeType=site; country=Gabon
Place | Palais du Bord de Mer | | placeType=site; country=Gabon
Place | Unity Palace | Palais de l'Unité; Palais de l'Unite | placeType=site; country=Cameroon
Place | Palais Toumaï | Palais Toumai; Toumaï Palace; Toumai Palace | placeType=site; country=Chad
Place | Palais de la Renaissance | | placeType=site; country=Central African Republic
Place | Aso Villa | Aso Rock Villa; Aso Rock Presidential Villa | placeType=site; country=Nigeria
Place | Dodan Barracks | | placeType=site; country=Nigeria
Place | Koulouba Palace | Palais de Koulouba | placeType=site; country=Mali
Place | Kosyam Palace | Palais de Kosyam; Kosyam | placeType=site; country=Burkina Faso
Place | Jubilee House | Golden Jubilee House | placeType=site; country=Ghana
Place | Flagstaff House | | placeType=site; country=Ghana
Place | Osu Castle | Fort Christiansborg | placeType=site; country=Ghana
Place | Palais de Lomé | Palais de Lome | placeType=site; country=Togo
Place | Palais de la Marina | | placeType=site; country=Benin
Place | Sékhoutouréya Palace | Palais Sékhoutouréya; Sekhoutoureya Palace; Sékhoutouréya; Sekhoutoureya | placeType=site; country=Guinea
Place | Palácio da Cidade Alta | Cidade Alta Palace; Palacio da Cidade Alta | placeType=site; country=Angola
Place | Futungo de Belas | | placeType=site; country=Angola
Place | Ponta Vermelha Palace | Palácio da Ponta Vermelha; Palacio da Ponta Vermelha | placeType=site; country=Mozambique
Place | Munhumutapa Building | | placeType=site; country=Zimbabwe
Place | Kamuzu Palace | | placeType=site; country=Malawi
Place | Sanjika Palace | | placeType=site; country=Malawi
Place | Union Buildings | | placeType=site; country=South Africa
Place | Mahlamba Ndlopfu | | placeType=site; country=South Africa
Place | Genadendal Residence | | placeType=site; country=South Africa
Place | Tuynhuys | | placeType=site; country=South Africa
Place | O. R. Tambo Building | OR Tambo Building; O.R. Tambo Building | placeType=site; country=South Africa
Place | Groote Schuur | Groote Schuur estate | placeType=site; country=South Africa
Place | Lozitha Palace | Lozitha Royal Residence | placeType=site; country=Eswatini
Place | Iavoloha Palace | Iavoloha | placeType=site; country=Madagascar
Place | Ambohitsorohitra Palace | | placeType=site; country=Madagascar
Place | Beit-Salam | Beit Salam | placeType=site; country=Comoros
#
# South and East Asia and the Pacific
Place | Rashtrapati Bhavan | | placeType=site; country=India
Place | Hyderabad House | | placeType=site; country=India
Place | Jawaharlal Nehru Bhawan | Jawaharlal Nehru Bhavan | placeType=site; country=India
Place | Sansad Bhavan | | placeType=site; country=India
Place | Aiwan-e-Sadr | Aiwan-i-Sadr; Aiwan e Sadr | placeType=site; country=Pakistan
Place | Gul Khana Palace | Gulkhana Palace | placeType=site; country=Afghanistan
Place | Darul Aman Palace | Dar ul-Aman Palace; Darulaman Palace | placeType=site; country=Afghanistan
Place | Sapidar Palace | | placeType=site; country=Afghanistan
Place | Hotel Inter-Continental Kabul | Kabul Intercontinental; Intercontinental Hotel Kabul; InterContinental Kabul | placeType=site; country=Afghanistan
Place | Bangabhaban | Bangabhavan; Bangabhaban Palace | placeType=site; country=Bangladesh
Place | Ganabhaban | Gonobhaban; Ganabhaban Palace | placeType=site; country=Bangladesh
Place | Jatiya Sangsad Bhaban | Jatiya Sangsad Bhavan | placeType=site; country=Bangladesh
Place | Padma State Guest House | Padma State Guesthouse | placeType=site; country=Bangladesh
Place | Temple Trees | | placeType=site; country=Sri Lanka
Place | Singha Durbar | | placeType=site; country=Nepal
Place | Sheetal Niwas | Shital Niwas; Sital Niwas | placeType=site; country=Nepal
Place | Narayanhiti Palace | Narayanhity Palace | placeType=site; country=Nepal
Place | Tashichho Dzong | Tashichhodzong | placeType=site; country=Bhutan
Place | Muleeaage | Muliaage | placeType=site; country=Maldives
Place | Chitralada Palace | Chitralada Royal Villa | placeType=site; country=Thailand
Place | Santi Maitri Building | | placeType=site; country=Thailand
Place | Reunification Palace | | placeType=site; country=Vietnam
Place | Malacañang Palace | Malacanang Palace | placeType=site; country=Philippines
Place | Merdeka Palace | Istana Merdeka | placeType=site; country=Indonesia
Place | Bogor Palace | Istana Bogor; Bogor Presidential Palace | placeType=site; country=Indonesia
Place | Perdana Putra | | placeType=site; country=Malaysia
Place | Seri Perdana | | placeType=site; country=Malaysia
Place | Wisma Putra | | placeType=site; country=Malaysia
Place | Istana Nurul Iman | Nurul Iman Palace | placeType=site; country=Brunei
Place | Akasaka Palace | State Guest House Akasaka Palace; Akasaka State Guest House | placeType=site; country=Japan
Place | Iikura Guest House | Iikura Annex | placeType=site; country=Japan
Place | Kyoto State Guest House | | placeType=site; country=Japan
Place | Kumsusan Palace of the Sun | Kumsusan Memorial Palace | placeType=site; country=North Korea
Place | Paekhwawon State Guesthouse | Paekhwawon Guest House; Paekhwawon | placeType=site; country=North Korea
Place | Mansudae Assembly Hall | | placeType=site; country=North Korea
Place | Kirribilli House | | placeType=site; country=Australia
Place | Premier House | | placeType=site; country=New Zealand
#
# The Americas
Place | Oval Office | | placeType=site; country=United States
Place | Roosevelt Room | | placeType=site; country=United States
Place | Eisenhower Executive Office Building | Old Executive Office Building; Eisenhower Executive Office | placeType=site; country=United States
Place | Blair House | | placeType=site; country=United States
Place | Harry S Truman Building | Harry S. Truman Building; Truman Building | placeType=site; country=United States
Place | United States Capitol | U.S. Capitol; US Capitol | placeType=site; country=United States
Place | Rideau Hall | | placeType=site; country=Canada
Place | 24 Sussex Drive | | placeType=site; country=Canada
Place | Lester B. Pearson Building | Pearson Building; Lester B Pearson Building | placeType=site; country=Canada
Place | Palacio Nacional de la Cultura | National Palace of Culture | placeType=site; country=Guatemala
Place | Palacio de las Garzas | Palace of the Herons | placeType=site; country=Panama
Place | Casa de Nariño | Casa de Narino; Palacio de Nariño; Palacio de Narino; Nariño Palace; Narino Palace | placeType=site; country=Colombia
Place | Palacio de San Carlos | San Carlos Palace | placeType=site; country=Colombia
Place | Palacio de Miraflores | Miraflores Palace | placeType=site; country=Venezuela
Place | Fuerte Tiuna | | placeType=site; country=Venezuela
Place | Palacio Federal Legislativo | Federal Legislative Palace | placeType=site; country=Venezuela
Place | Palacio de Carondelet | Carondelet Palace | placeType=site; country=Ecuador
Place | Palacio de Torre Tagle | Torre Tagle Palace | placeType=site; country=Peru
Place | Palacio Quemado | Burnt Palace | placeType=site; country=Bolivia
Place | Casa Grande del Pueblo | | placeType=site; country=Bolivia
Place | Palacio de La Moneda | La Moneda Palace | placeType=site; country=Chile
Place | Palacio San Martín | Palacio San Martin; San Martín Palace; San Martin Palace | placeType=site; country=Argentina
Place | Quinta de Olivos | Quinta Presidencial de Olivos; Olivos Presidential Residence | placeType=site; country=Argentina
Place | Torre Ejecutiva | | placeType=site; country=Uruguay
Place | Palacio Santos | Santos Palace | placeType=site; country=Uruguay
Place | Palacio de López | Palacio de Lopez; López Palace; Lopez Palace | placeType=site; country=Paraguay
Place | Palácio do Planalto | Palacio do Planalto; Planalto Palace | placeType=site; country=Brazil
Place | Palácio da Alvorada | Palacio da Alvorada; Alvorada Palace | placeType=site; country=Brazil
Place | Itamaraty Palace | Palácio Itamaraty; Palacio Itamaraty | placeType=site; country=Brazil
Place | Palácio do Jaburu | Palacio do Jaburu; Jaburu Palace | placeType=site; country=Brazil
Place | Palace of the Revolution | Palacio de la Revolución; Palacio de la Revolucion | placeType=site; country=Cuba
Place | Villa d'Accueil | | placeType=site; country=Haiti
Place | Jamaica House | | placeType=site; country=Jamaica
Place | Ilaro Court | | placeType=site; country=Barbados
